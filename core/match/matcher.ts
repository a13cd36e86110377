/**
 * Finds entity mentions and detection signals in folded article text, applying the dataset's rules:
 * leftmost-longest matches, whole words only, capitals where the alias has them, bare surnames only
 * after the full name (or an honorific) or in context, and "not this" phrases that veto an alias.
 */

import { type FoldedText, foldPhrase, isArabicCode, isUnspacedCode, isWordCode, SPACE } from '../text/fold';
import { Automaton } from './automaton';
import { unpackTables } from './automaton-pack';
import { type CompiledPattern, type MatchIndex, PatternKind, When } from './match-index';

export interface FoundMention {
  entity: number;
  /** Offsets in the source text: [start, end). */
  start: number;
  end: number;
}

export interface MatchResult {
  mentions: FoundMention[];
  /** Occurrences of each signal, by signal index. */
  signalCounts: number[];
  /**
   * Where each signal's phrases stand, in folded units, in text order: detection looks for words that
   * stand together ("agreement" beside "minerals") and for what the opening paragraph names.
   */
  hits: SignalHit[];
}

export interface SignalHit {
  signal: number;
  /** Folded offsets: [start, end). */
  start: number;
  end: number;
}

/** Longest letters a stem alias may be followed by ("Зеленськ" + "ого"). */
const MAX_STEM_TAIL = 5;

const HONORIFICS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'president',
    'sen',
    'senator',
    'secretary',
    'minister',
    'envoy',
    'ambassador',
    'adviser',
    'advisor',
    'herr',
    'frau',
    'präsident',
    'präsidentin',
    'm',
    'mme',
    'président',
    'présidente',
    'sr',
    'sra',
    'señor',
    'señora',
    'presidente',
    'пан',
    'пані',
    'президент',
    'господин',
    'г-н',
    "прем'єр",
    'міністр',
    'министр',
    'prezydent',
    'prezydenta',
    'wiceprezydent',
    'premier',
    'sekretarz',
    'başkan',
    'başkanı',
    'bakan',
    'bakanı',
    'voorzitter',
    'vicepresidente',
    'vice-président',
    'vizepräsident',
    'президентът',
    'вицепрезидентът',
    'віцепрезидент',
    'вице-президент',
  ].map(foldPhrase),
);

export class Matcher {
  private readonly automaton: Automaton;

  constructor(private readonly index: MatchIndex) {
    // Built at build time (compile.ts): the page only wraps the decoded tables.
    this.automaton = new Automaton(unpackTables(index.automaton));
  }

  match(text: FoldedText, source: string): MatchResult {
    const { patterns } = this.index;
    const { codes, length } = text;
    const contextSeen = new Uint8Array(this.index.contextWords.length);
    const signalCounts = new Array<number>(this.index.signals.length).fill(0);
    const candidates: { p: number; start: number; end: number }[] = [];
    const hits: SignalHit[] = [];

    this.automaton.scan(codes, length, (p, start, rawEnd) => {
      const pattern = patterns[p] as CompiledPattern;
      if (start > 0 && !startsWord(codes, start)) return;
      let end = rawEnd;
      if (pattern.stem) {
        while (end < length && end - rawEnd <= MAX_STEM_TAIL && isWordCode(codes[end] as number)) {
          if (isUnspacedCode(codes[end] as number)) break;
          end++;
        }
        if (end - rawEnd > MAX_STEM_TAIL) return;
      }
      if (end < length && !endsWord(codes[end - 1] as number, codes[end] as number)) return;
      const caps = pattern.caps;
      if (caps)
        for (let i = 0; i < caps.length; i++) {
          const pageChar = source[text.origin[start + (caps[i] as number)] as number] as string;
          if (pageChar === pageChar.toLowerCase()) return;
        }
      if (pattern.kind === PatternKind.Context) contextSeen[pattern.target] = 1;
      else if (pattern.kind === PatternKind.Signal) {
        signalCounts[pattern.target] = (signalCounts[pattern.target] as number) + 1;
        hits.push({ signal: pattern.target, start, end });
      } else candidates.push({ p, start, end });
    });

    // Leftmost-longest: sort by start, longer first, then keep what does not overlap a kept match.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: FoundMention[] = [];
    const confirmed = new Set<number>();
    let coveredTo = 0;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as { p: number; start: number; end: number };
      if (c.start < coveredTo) continue;
      // Several entities may share this exact span (declared ambiguous): the first whose rule passes wins.
      let chosen: CompiledPattern | undefined;
      for (let j = i; j < candidates.length; j++) {
        const d = candidates[j] as { p: number; start: number; end: number };
        if (d.start !== c.start || d.end !== c.end) break;
        const pattern = patterns[d.p] as CompiledPattern;
        if (pattern.kind === PatternKind.NotThis || this.allowed(pattern, codes, c.start, confirmed, contextSeen)) {
          chosen = pattern;
          break;
        }
      }
      if (!chosen) continue;
      coveredTo = c.end;
      if (chosen.kind === PatternKind.NotThis) continue;
      if (chosen.when === undefined) confirmed.add(chosen.target);
      mentions.push({
        entity: chosen.target,
        start: text.origin[c.start] as number,
        end: (text.origin[c.end - 1] as number) + 1,
      });
    }
    return { mentions, signalCounts, hits };
  }

  private allowed(
    pattern: CompiledPattern,
    codes: Uint16Array,
    start: number,
    confirmed: Set<number>,
    contextSeen: Uint8Array,
  ): boolean {
    if (pattern.when === undefined || pattern.when === When.Always) return true;
    if (followsHonorific(codes, start)) return true;
    if (pattern.when === When.AfterFullName) return confirmed.has(pattern.target);
    return (pattern.context ?? []).some((w) => contextSeen[w] === 1);
  }
}

/** Arabic clitics a word may carry before it: and/so, with/as/for, the ("والأوكرانية", "لأوكرانيا"). */
const ARABIC_PREFIX = /^[\u0648\u0641]?[\u0628\u0643\u0644\u0633]?(\u0627\u0644|\u0644)?$/;
/** Longest such run of clitic letters. */
const MAX_ARABIC_PREFIX = 4;

/**
 * Whether a match may start at `start`: not inside a word, except in scripts written without spaces
 * and after Arabic clitic prefixes.
 */
function startsWord(codes: Uint16Array, start: number): boolean {
  const first = codes[start] as number;
  const before = codes[start - 1] as number;
  if (!isWordCode(before) || !isWordCode(first)) return true;
  if (isUnspacedCode(before) || isUnspacedCode(first)) return true;
  if (!isArabicCode(first) || !isArabicCode(before)) return false;
  let i = start - 1;
  while (i >= 0 && isArabicCode(codes[i] as number) && start - i <= MAX_ARABIC_PREFIX) i--;
  if (i >= 0 && isWordCode(codes[i] as number)) return false;
  return ARABIC_PREFIX.test(String.fromCharCode(...codes.subarray(i + 1, start)));
}

/** Whether a match may end between `last` and `next`: not inside a word, except in unspaced scripts. */
function endsWord(last: number, next: number): boolean {
  if (!isWordCode(next) || !isWordCode(last)) return true;
  return isUnspacedCode(next) || isUnspacedCode(last);
}

/** Whether the word before `start` is an honorific or title ("Mr.", "Dr.", "President"). */
function followsHonorific(codes: Uint16Array, start: number): boolean {
  let i = start - 1;
  if (i < 0 || codes[i] !== SPACE) return false;
  i--;
  if (codes[i] === 0x2e) i--; // "Mr." → "Mr"
  let word = '';
  while (i >= 0 && (isWordCode(codes[i] as number) || codes[i] === 0x27 || codes[i] === 0x2d)) {
    word = String.fromCharCode(codes[i] as number) + word;
    i--;
  }
  return HONORIFICS.has(word);
}
