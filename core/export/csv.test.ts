import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csv', () => {
  it('quotes only what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' edge')).toBe('" edge"');
    expect(csvField(3)).toBe('3');
    expect(csvField(null)).toBe('');
  });

  it('round-trips through papaparse', () => {
    const rows = [
      [0, 'donald-trump', 'Donald Trump', 'person', 'Trump'],
      [1, 'x', 'Comma, "quoted"', 'concept', 'line\r\nbreak'],
      [2, 'y', 'Зеленський', 'person', '“curly” — dash'],
    ];
    const csv = toCsv(['i', 'id', 'name', 'kind', 'text'], rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([['i', 'id', 'name', 'kind', 'text'], ...rows.map((r) => r.map(String))]);
  });

  it('neutralises text cells a spreadsheet would run as formulas; numbers stay numbers', () => {
    expect(csvField('=HYPERLINK("https://evil.example","x")')).toBe('"\'=HYPERLINK(""https://evil.example"",""x"")"');
    expect(csvField('+1+1')).toBe("'+1+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField(-3)).toBe('-3');
    expect(csvField('a=b')).toBe('a=b');
    const parsed = Papa.parse<string[]>(toCsv(['t'], [['=1+1']]), { skipEmptyLines: true });
    expect(parsed.data).toEqual([['t'], ["'=1+1"]]);
  });
});
