import { describe, expect, it } from 'vitest';
import { SHARE_PARAM, shareValueFromHash } from './fragment';

describe('shareValueFromHash', () => {
  it('finds the share value alone, before a text directive, or after another anchor', () => {
    expect(SHARE_PARAM).toBe('bs');
    expect(shareValueFromHash('#bs=1.abc')).toBe('1.abc');
    expect(shareValueFromHash('#bs=1.abc:~:text=Ukraine')).toBe('1.abc');
    expect(shareValueFromHash('#bs=1.abc:~:text=x')).toBe('1.abc');
    expect(shareValueFromHash('#top&bs=1.abc')).toBe('1.abc');
    expect(shareValueFromHash('bs=1.abc')).toBe('1.abc');
  });

  it('finds nothing in other fragments, nor inside a text directive', () => {
    expect(shareValueFromHash('#top')).toBeNull();
    expect(shareValueFromHash('')).toBeNull();
    expect(shareValueFromHash('#:~:text=bs=1.abc')).toBeNull();
  });
});
