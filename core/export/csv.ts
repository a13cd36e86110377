/**
 * RFC 4180 CSV: fields with a comma, quote, CR or LF (or edge spaces) are quoted, quotes doubled, CRLF
 * rows. A text cell that a spreadsheet would read as a formula (starting with = + - @, or a tab or CR
 * before one) gets a leading apostrophe, the OWASP advice: shown as text, never evaluated. Numbers are
 * written as they are (-3 stays a number).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
