import { describe, expect, it } from 'vitest';
import { lastRoleBefore, latestRole, roleAt, roleTimeline } from './role-at-date';

const waltz = [
  { title: 'U.S. national security adviser', organisation: 'White House', from: '2025-01-20', to: '2025-05-01' },
  { title: 'U.S. ambassador to the United Nations', from: '2025-09-19' },
];

describe('roleAt', () => {
  it('finds the role whose period contains the date', () => {
    expect(roleAt(waltz, '2025-02-28')?.title).toBe('U.S. national security adviser');
    expect(roleAt(waltz, '2025-10-01')?.title).toBe('U.S. ambassador to the United Nations');
  });
  it('counts both ends of a period as held', () => {
    expect(roleAt(waltz, '2025-01-20')?.title).toBe('U.S. national security adviser');
    expect(roleAt(waltz, '2025-05-01')?.title).toBe('U.S. national security adviser');
    expect(roleAt(waltz, '2025-09-19')?.title).toBe('U.S. ambassador to the United Nations');
  });
  it('returns null between roles and before the first', () => {
    expect(roleAt(waltz, '2025-06-15')).toBeNull();
    expect(roleAt(waltz, '2024-12-31')).toBeNull();
  });
  it('prefers the role that started last where periods overlap', () => {
    const roles = [
      { title: 'Senator', from: '2003-01-03' },
      { title: 'Committee chair', from: '2025-01-03' },
    ];
    expect(roleAt(roles, '2025-03-01')?.title).toBe('Committee chair');
    expect(roleAt(roles, '2010-03-01')?.title).toBe('Senator');
  });
});

describe('latestRole / lastRoleBefore', () => {
  it('prefers an open role', () => {
    expect(latestRole(waltz)?.title).toBe('U.S. ambassador to the United Nations');
    expect(latestRole([...waltz].reverse())?.title).toBe('U.S. ambassador to the United Nations');
  });
  it('falls back to the role that ended last', () => {
    const closed = [
      { title: 'A', from: '2010-01-01', to: '2012-01-01' },
      { title: 'B', from: '2012-01-01', to: '2016-01-01' },
    ];
    expect(latestRole(closed)?.title).toBe('B');
    expect(latestRole([])).toBeNull();
  });
  it('finds the last role that ended before a date', () => {
    expect(lastRoleBefore(waltz, '2025-06-15')?.title).toBe('U.S. national security adviser');
    expect(lastRoleBefore(waltz, '2025-03-01')).toBeNull();
  });
});

describe('roleTimeline', () => {
  it('shows then and latest when the role changed (Waltz on 2025-02-28)', () => {
    const t = roleTimeline(waltz, '2025-02-28');
    expect(t.atDate.status).toBe('held');
    expect(t.atDate.role?.title).toBe('U.S. national security adviser');
    expect(t.latest?.title).toBe('U.S. ambassador to the United Nations');
    expect(t.changed).toBe(true);
  });
  it('does not repeat an unchanged role', () => {
    const t = roleTimeline(waltz, '2025-10-01');
    expect(t.atDate.status).toBe('held');
    expect(t.changed).toBe(false);
  });
  it('says "former" between roles', () => {
    const t = roleTimeline(waltz, '2025-06-15');
    expect(t.atDate.status).toBe('former');
    expect(t.atDate.role?.to).toBe('2025-05-01');
    expect(t.changed).toBe(true);
  });
  it('has nothing to say about "then" without an article date', () => {
    const t = roleTimeline(waltz, null);
    expect(t.atDate.status).toBe('unknown');
    expect(t.latest?.title).toBe('U.S. ambassador to the United Nations');
  });
  it('knows a date before every role', () => {
    const t = roleTimeline(waltz, '2020-01-01');
    expect(t.atDate.status).toBe('before');
    expect(t.changed).toBe(true);
  });
});
