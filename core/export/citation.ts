/**
 * Citations in APA 7 style (plain text; the title would be italic in print), used everywhere the
 * sidebar offers "copy citation", for dataset sources and for the page being read.
 */
import type { Source } from '../../data/schema';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-02-28" → "2025, February 28"; null → "n.d.". */
export function apaDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return 'n.d.';
  return `${m[1]}, ${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}`;
}

/** "2025-02-28" → "February 28, 2025". */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}` : iso;
}

/** Ends a citation element with a period unless it already ends with terminal punctuation. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.?!]$/.test(t) ? t : `${t}.`;
}

/**
 * Publisher. (2025, February 28). Title. URL — or, for a page with no date, Publisher. (n.d.). Title.
 * Retrieved November 27, 2026, from URL (APA 7 for undated pages whose content may change). A copy read on
 * another site (`via`) is cited under its real publisher, with the copy named after the title:
 * The Associated Press. (2025, March 1). Title (via KSTP). URL
 */
export function citeSource(
  source: Pick<Source, 'publisher' | 'title' | 'published' | 'retrieved' | 'url' | 'via'>,
): string {
  const title = source.via ? `${source.title.trim()} (via ${source.via.trim()})` : source.title;
  const head = `${sentence(source.publisher)} (${apaDate(source.published ?? null)}). ${sentence(title)}`;
  return source.published === undefined && source.retrieved
    ? `${head} Retrieved ${longDate(source.retrieved)}, from ${source.url}`
    : `${head} ${source.url}`;
}

/** A source's date as the English pages show it: "2025-02-28", or "retrieved 2026-11-27" for an undated page. */
/** The site's name from its URL: "https://www.reuters.com/x" → "reuters.com". */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export interface CitablePage {
  url: string;
  /** The page's title (the tab title); falls back to the site name. */
  title: string | null;
  /** The article's date (YYYY-MM-DD) or null. */
  date: string | null;
}

/**
 * The page being read. APA puts the title first when no author is known: Title. (Date). Site. URL
 * Undated pages get "n.d." and a retrieval date.
 */
export function citePage(page: CitablePage, retrieved: string): string {
  const site = siteName(page.url);
  const title = page.title?.trim() || site;
  const head = `${sentence(title)} (${apaDate(page.date)}). ${sentence(site)}`;
  return page.date ? `${head} ${page.url}` : `${head} Retrieved ${longDate(retrieved)}, from ${page.url}`;
}
