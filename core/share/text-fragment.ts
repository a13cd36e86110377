/**
 * Text Fragments (https://wicg.github.io/scroll-to-text-fragment/): `:~:text=[prefix-,]textStart[,textEnd][,-suffix]`.
 * The directive follows the fragment directive delimiter `:~:` inside the URL fragment, after any ordinary
 * fragment: `ARTICLE_URL#bs=1.xxx:~:text=a&text=b`. Browsers without the extension scroll to and highlight
 * the first directive's passage; Chromium strips the directive from `location.hash`.
 */
import { SHARE_PARAM } from './fragment';

/** Percent-encodes a directive term: everything encodeURIComponent does, plus `-` (and `&`, `,` always). */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface TextDirective {
  start: string;
  end?: string;
  prefix?: string;
  suffix?: string;
}

export function formatTextDirective(d: TextDirective): string {
  const parts: string[] = [];
  if (d.prefix) parts.push(`${encodeTextTerm(d.prefix)}-`);
  parts.push(encodeTextTerm(d.start));
  if (d.end) parts.push(encodeTextTerm(d.end));
  if (d.suffix) parts.push(`-${encodeTextTerm(d.suffix)}`);
  return `text=${parts.join(',')}`;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => collapse(s).split(' ').filter(Boolean);

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  let i = haystack.indexOf(needle);
  while (i !== -1 && n < 2) {
    n++;
    i = haystack.indexOf(needle, i + 1);
  }
  return n;
}

/** Widens [start, end) of `text` to whole words (text fragments match only at word boundaries). */
export function toWordBoundaries(text: string, start: number, end: number): { start: number; end: number } {
  const word = /[\p{L}\p{N}\p{M}]/u;
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s > 0 && word.test(text[s - 1] as string) && word.test(text[s] ?? '')) s--;
  while (e < text.length && word.test(text[e] as string) && word.test(text[e - 1] ?? '')) e++;
  return { start: s, end: e };
}

/** Longest passage written out whole; longer ones become `textStart,textEnd` of a few words each. */
const WHOLE_WORDS = 10;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/**
 * A text directive for `quote` as it occurs in the article text (`prefix`/`suffix`: the text just before
 * and after it). Prefix and suffix are added when the start is not unique in `articleText`.
 */
export function directiveFor(
  quote: string,
  context: { prefix?: string; suffix?: string; articleText?: string } = {},
): TextDirective | null {
  const w = words(quote);
  if (w.length === 0) return null;
  const directive: TextDirective =
    w.length <= WHOLE_WORDS
      ? { start: w.join(' ') }
      : { start: w.slice(0, EDGE_WORDS).join(' '), end: w.slice(-EDGE_WORDS).join(' ') };
  const article = context.articleText ? collapse(context.articleText).toLowerCase() : undefined;
  if (!article || countOccurrences(article, directive.start.toLowerCase()) > 1) {
    // Only whole words: the prefix's first word and the suffix's last word may have been cut.
    const allPre = words(context.prefix ?? '');
    if (/^\S/.test(context.prefix ?? '')) allPre.shift();
    const allSuf = words(context.suffix ?? '');
    if (/\S$/.test(context.suffix ?? '')) allSuf.pop();
    const pre = allPre.slice(-CONTEXT_WORDS);
    const suf = allSuf.slice(0, CONTEXT_WORDS);
    if (pre.length) directive.prefix = pre.join(' ');
    if (suf.length && !directive.end) directive.suffix = suf.join(' ');
  }
  return directive;
}

/** `:~:text=…&text=…` for the given directives (empty string when there are none). */
export function fragmentDirective(directives: TextDirective[]): string {
  if (directives.length === 0) return '';
  return `:~:${directives.map(formatTextDirective).join('&')}`;
}

/** ARTICLE_URL#bs=VALUE:~:text=…, replacing any fragment the article URL had. */
export function buildShareUrl(articleUrl: string, shareValue: string | null, directives: TextDirective[]): string {
  const base = articleUrl.split('#')[0] as string;
  const fragment = (shareValue ? `${SHARE_PARAM}=${shareValue}` : '') + fragmentDirective(directives);
  return fragment ? `${base}#${fragment}` : base;
}
