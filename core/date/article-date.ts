/**
 * The article's publication date from page metadata. Takes the calendar date as the publisher wrote
 * it (2025-02-28T23:30:00-05:00 is February 28 where it was published), not converted to UTC.
 */

/** Candidates in order of trust, as found in the page (see page/dom/metadata.ts). */
export interface DateCandidates {
  jsonLd: string[];
  meta: string[];
  timeElements: string[];
  url: string | null;
}

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})/;
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WRITTEN = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i;
const WRITTEN_DMY = /\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/i;
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/;

function valid(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date string in any common metadata form, as YYYY-MM-DD; null if it is not a real date. */
export function parseDate(value: string): string | null {
  const iso = ISO.exec(value);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$)/.exec(value);
  if (compact) return valid(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const written = WRITTEN.exec(value);
  if (written)
    return valid(Number(written[3]), MONTHS[(written[1] as string).slice(0, 3).toLowerCase()] ?? 0, Number(written[2]));
  const dmy = WRITTEN_DMY.exec(value);
  if (dmy) return valid(Number(dmy[3]), MONTHS[(dmy[2] as string).slice(0, 3).toLowerCase()] ?? 0, Number(dmy[1]));
  return null;
}

export function articleDate(candidates: DateCandidates): string | null {
  for (const list of [candidates.jsonLd, candidates.meta, candidates.timeElements]) {
    for (const value of list) {
      const date = parseDate(value);
      if (date) return date;
    }
  }
  const fromUrl = candidates.url ? URL_DATE.exec(candidates.url) : null;
  return fromUrl ? valid(Number(fromUrl[1]), Number(fromUrl[2]), Number(fromUrl[3])) : null;
}
