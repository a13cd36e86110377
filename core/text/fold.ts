/**
 * Character folding for matching: one code unit in, one code unit out, so offsets never shift.
 * Lower-cases, strips Latin diacritics, and unifies apostrophes, quotes, dashes and white space.
 */

export const SPACE = 0x20;
/** Stands between blocks of text (paragraphs, list items): never part of a match. */
export const BLOCK_BREAK = 0;
/** Characters folding drops (soft hyphen, zero-width space). */
const DROP = 0xffff;

const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x0060, 0x00b4, 0x2032]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]);
/** Double quotes of every style, so a phrase written with "…" matches „…“, «…» and “…”. */
const QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033]);

const table = new Uint16Array(0x10000);
const known = new Uint8Array(0x10000);

function computeFold(code: number): number {
  if (code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0xa0) return SPACE;
  if (code === 0x2007 || code === 0x202f || (code >= 0x2000 && code <= 0x200a) || code === 0x3000) return SPACE;
  if (code === 0x200b || code === 0x00ad || code === 0xfeff) return DROP;
  if (APOSTROPHES.has(code)) return 0x27;
  if (DASHES.has(code)) return 0x2d;
  if (QUOTES.has(code)) return 0x22;
  const ch = String.fromCharCode(code);
  let lower = ch.toLowerCase();
  if (lower.length !== 1) lower = ch;
  if (code >= 0xc0 && code <= 0x24f) {
    const base = lower.normalize('NFD').charCodeAt(0);
    if (base < 0x80) return base;
  }
  if (lower === 'ё') return 'е'.charCodeAt(0);
  return lower.charCodeAt(0);
}

/** The folded code unit, or DROP. */
function foldCode(code: number): number {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return code + 0x20;
    if (code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) return SPACE;
    return code;
  }
  if (!known[code]) {
    table[code] = computeFold(code);
    known[code] = 1;
  }
  return table[code] as number;
}

const wordTable = new Uint8Array(0x10000);
const wordKnown = new Uint8Array(0x10000);
const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks: what a match must not continue into. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  }
  if (!wordKnown[code]) {
    wordTable[code] = WORD.test(String.fromCharCode(code)) ? 1 : 0;
    wordKnown[code] = 1;
  }
  return wordTable[code] === 1;
}

/**
 * Scripts written without spaces between words (Han, kana, Hangul with its attached particles): a
 * match may start or end beside another letter of these scripts ("トランプ大統領", "젤렌스키는").
 */
export function isUnspacedCode(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x31f0 && code <= 0x31ff) || // katakana phonetic extensions
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xff66 && code <= 0xff9f) || // half-width katakana
    (code >= 0xac00 && code <= 0xd7af) // Hangul syllables
  );
}

/** Arabic letters (the basic block): words there take clitic prefixes ("و", "ب", "ال"). */
export function isArabicCode(code: number): boolean {
  return code >= 0x0620 && code <= 0x064a;
}

/** Fold a phrase (an alias) the same way page text is folded, with runs of space collapsed. */
export function foldPhrase(phrase: string): string {
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < phrase.length; i++) {
    const f = foldCode(phrase.charCodeAt(i));
    if (f === DROP) continue;
    if (f === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    out += String.fromCharCode(f);
  }
  return out.trimEnd();
}

/**
 * Folded text with runs of white space collapsed to one space, plus where each folded unit came from.
 * `breaks` are offsets in `source` where a block boundary stands (a match never spans one).
 */
export interface FoldedText {
  codes: Uint16Array;
  /** For each folded unit, its offset in the source string. */
  origin: Int32Array;
  length: number;
}

/** ASCII folded (lower case; tab, line feed, form feed and carriage return to space). */
const ASCII_FOLD = Uint16Array.from({ length: 0x80 }, (_, c) => foldCode(c));

export function foldText(source: string, breaks?: ArrayLike<number>): FoldedText {
  const n = source.length;
  const nb = breaks?.length ?? 0;
  const codes = new Uint16Array(n + nb + 1);
  const origin = new Int32Array(codes.length);
  let len = 0;
  let last = BLOCK_BREAK;
  let b = 0;
  let nextBreak = nb ? ((breaks as ArrayLike<number>)[0] as number) : -1;
  // One pass, kept small: on a story page this runs once, before V8 has optimised it.
  for (let i = 0; i < n; i++) {
    if (i === nextBreak) {
      if (last !== BLOCK_BREAK) {
        if (last === SPACE) len--;
        codes[len] = BLOCK_BREAK;
        origin[len++] = i;
        last = BLOCK_BREAK;
      }
      while (b < nb && (breaks as ArrayLike<number>)[b] === i) b++;
      nextBreak = b < nb ? ((breaks as ArrayLike<number>)[b] as number) : -1;
    }
    let f = source.charCodeAt(i);
    if (f < 0x80) f = ASCII_FOLD[f] as number;
    else {
      f = foldCode(f);
      if (f === DROP) continue;
    }
    if (f === SPACE && (last === SPACE || last === BLOCK_BREAK)) continue;
    codes[len] = f;
    origin[len++] = i;
    last = f;
  }
  return { codes, origin, length: len };
}
