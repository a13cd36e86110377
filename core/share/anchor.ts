/**
 * Anchoring notes in article text with the W3C Web Annotation TextQuoteSelector (exact + prefix +
 * suffix) and a TextPositionSelector hint. Pure: works on the article's text string only.
 *
 * `anchor()` re-attaches a selector after small page changes:
 * 1. every exact occurrence is scored by how much of the prefix/suffix context agrees, minus a small
 *    penalty for its distance from the position hint; the best one wins;
 * 2. when the exact text is gone, the best place where the prefix ends and the suffix starts (with a gap
 *    that resembles the old quote) is used;
 * 3. otherwise the note is an orphan (kept, never dropped, by callers).
 */

const CONTEXT_CHARS = 32;
/** Occurrences of the exact text considered at most (a very common quote on a huge page). */
const MAX_OCCURRENCES = 2000;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** TextPositionSelector start/end in the article text (a hint). */
  position?: { start: number; end: number };
}

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: 'exact' | 'fuzzy' }
  | { status: 'orphan' };

/** The selector for `text[start, end)` with up to `context` characters of prefix and suffix. */
export function describeRange(text: string, start: number, end: number, context = CONTEXT_CHARS): QuoteSelector {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - context), s),
    suffix: text.slice(e, e + context),
    position: { start: s, end: e },
  };
}

/** How many characters at the end of `a` equal the end of `b`. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How many characters at the start of `a` equal the start of `b`. */
function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function occurrences(text: string, needle: string, limit = MAX_OCCURRENCES): number[] {
  const found: number[] = [];
  if (!needle) return found;
  let i = text.indexOf(needle);
  while (i !== -1 && found.length < limit) {
    found.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return found;
}

/** Context agreement (0..1) of an occurrence at [start, end). */
function contextScore(text: string, start: number, end: number, sel: QuoteSelector): number {
  const total = sel.prefix.length + sel.suffix.length;
  if (total === 0) return 1;
  const before = text.slice(Math.max(0, start - sel.prefix.length), start);
  const after = text.slice(end, end + sel.suffix.length);
  return (commonTail(before, sel.prefix) + commonHead(after, sel.suffix)) / total;
}

/** Character-bigram Dice similarity (0..1), for "does this gap still look like the quote". */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

export function anchor(text: string, sel: QuoteSelector): AnchorResult {
  if (!sel.exact) return { status: 'orphan' };
  const hint = sel.position?.start;
  const exact = occurrences(text, sel.exact);
  if (exact.length > 0) {
    let best = -Infinity;
    let bestAt = exact[0] as number;
    for (const at of exact) {
      const ctx = contextScore(text, at, at + sel.exact.length, sel);
      // Distance matters only to break near-ties: at most 0.25 of a full context match.
      const distance = hint === undefined ? 0 : Math.min(1, Math.abs(at - hint) / Math.max(1000, text.length));
      const score = ctx - 0.25 * distance;
      if (score > best) {
        best = score;
        bestAt = at;
      }
    }
    // One occurrence, or some context agrees: trust it.
    if (exact.length === 1 || best > 0 || (sel.prefix.length === 0 && sel.suffix.length === 0)) {
      return { status: 'anchored', start: bestAt, end: bestAt + sel.exact.length, method: 'exact' };
    }
    if (hint !== undefined) {
      return { status: 'anchored', start: bestAt, end: bestAt + sel.exact.length, method: 'exact' };
    }
  }
  return fuzzy(text, sel);
}

/** Where the prefix ends and the suffix begins, with a gap that still resembles the quote. */
function fuzzy(text: string, sel: QuoteSelector): AnchorResult {
  const minContext = 8;
  const starts: number[] = [];
  for (const len of [sel.prefix.length, 16, minContext]) {
    if (len < minContext || len > sel.prefix.length) continue;
    for (const at of occurrences(text, sel.prefix.slice(-len), 200)) starts.push(at + len);
    if (starts.length) break;
  }
  const ends: number[] = [];
  for (const len of [sel.suffix.length, 16, minContext]) {
    if (len < minContext || len > sel.suffix.length) continue;
    ends.push(...occurrences(text, sel.suffix.slice(0, len), 200));
    if (ends.length) break;
  }
  const want = sel.exact.length;
  const hint = sel.position?.start;
  let best: { start: number; end: number; score: number } | undefined;
  const consider = (start: number, end: number) => {
    if (end <= start || end - start > want * 2 + 40 || end - start < Math.max(1, want / 2 - 20)) return;
    const sim = similarity(text.slice(start, end), sel.exact);
    if (sim < 0.5) return;
    const distance = hint === undefined ? 0 : Math.min(1, Math.abs(start - hint) / Math.max(1000, text.length));
    const score = sim - 0.1 * distance;
    if (!best || score > best.score) best = { start, end, score };
  };
  if (starts.length && ends.length) {
    for (const s of starts) for (const e of ends) consider(s, e);
  } else {
    // Only one side survived: assume the quote kept its length.
    for (const s of starts) consider(s, Math.min(text.length, s + want));
    for (const e of ends) consider(Math.max(0, e - want), e);
  }
  if (!best) return { status: 'orphan' };
  return { status: 'anchored', start: best.start, end: best.end, method: 'fuzzy' };
}
