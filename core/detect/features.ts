/**
 * What the detector weighs, as named features with the counts behind them. Every feature is
 * language-free (a count of phrases from any language, or a date), so a language added to the dataset
 * needs its phrases, not a new model. Counts enter as log(1 + n), capped: a long article is not more
 * "about" the story than a short one, and the model learnt from articles' openings (tests/devset), so a
 * full article's larger counts must not take it where the training never went.
 */
import type { MatchIndex, SignalGroup } from '../match/match-index';
import type { MatchResult } from '../match/matcher';
import type { FoldedText } from '../text/fold';
import { PAIRS, type Pair, termsTogether } from './cooccurrence';
import { type EvidenceTerm, phaseKey, signalKey } from './evidence-keys';

/** A text the matcher read: its result and the folded text it read (for where terms stand). */
export interface Scanned {
  result: MatchResult;
  folded: FoldedText;
}

export interface Feature {
  id: string;
  /** What the model reads: log(1 + count) for counts, 1 for flags. */
  value: number;
  /** How often it was found (body and headline), or 1 for a flag. */
  count: number;
  /**
   * For the evidence: what was found (message keys with the English words), with counts where several
   * things make one feature; empty for a flag whose evidence line says it all.
   */
  terms: EvidenceTerm[];
}

/** Counts above this weigh as this. */
export const COUNT_CAP = 6;

/** How far into the text (folded characters) the opening runs: about a news report's first paragraph. */
export const LEAD = 500;

/** Groups whose signals add up to one feature each (negative signals are features of their own). */
const COUNTED_GROUPS: SignalGroup[] = ['ukraine', 'deal', 'meeting', 'context'];
/** Plain words, each kind one feature (and together in pairs, core/detect/cooccurrence.ts). */
const TERMS = {
  'deal-term': 'deal',
  'resource-term': 'resource',
  'clash-term': 'clash',
  'place-term': 'place',
} as const;
const HEADLINE_GROUPS: SignalGroup[] = ['ukraine', 'deal', 'meeting'];
/** The three who clashed in the Oval Office. */
const CLASH_CAST = ['donald-trump', 'jd-vance', 'volodymyr-zelenskyy'];
/** What a pair found in the headline says of it (message keys in the tables, with the English words). */
const PAIR_IN_HEADLINE: Record<Pair['id'], { group: SignalGroup; term: EvidenceTerm }> = {
  'deal-resource': {
    group: 'deal',
    term: { key: 'evPairHeadline_deal_resource', en: 'an agreement on minerals or resources' },
  },
  'clash-place': {
    group: 'meeting',
    term: { key: 'evPairHeadline_clash_place', en: 'a quarrel at the Oval Office or the White House' },
  },
};
const PAIR_WHAT: Record<Pair['id'], EvidenceTerm> = {
  'deal-resource': { key: 'evPair_deal_resource', en: 'an agreement beside minerals or resources' },
  'clash-place': { key: 'evPair_clash_place', en: 'a quarrel beside the Oval Office or the White House' },
};
const signalTerm = (s: { id: string; label: string }, count?: number): EvidenceTerm =>
  count === undefined ? { key: signalKey(s.id), en: s.label } : { key: signalKey(s.id), en: s.label, count };

/** Every feature id the index defines, in a stable order (what the model is trained on). */
export function featureIds(index: MatchIndex): string[] {
  return [
    ...COUNTED_GROUPS.map((g) => `group:${g}`),
    ...Object.values(TERMS).map((t) => `term:${t}`),
    ...PAIRS.map((p) => `together:${p.id}`),
    'lead:story',
    'cast:clash',
    ...HEADLINE_GROUPS.map((g) => `headline:${g}`),
    ...index.entitySignals.map((s) => `entity:${index.entities[s.entity]?.id ?? s.entity}`),
    ...index.signals.filter((s) => s.group === 'negative').map((s) => `negative:${s.id}`),
    'date:before-story',
    ...index.phases.map((p) => `date:${p.id}`),
    'date:after',
  ];
}

/** The features an article shows (only those found; the others are 0). */
export function articleFeatures(
  index: MatchIndex,
  body: Scanned,
  headline: Scanned | null,
  articleDate: string | null,
): Feature[] {
  const features: Feature[] = [];
  const count = (id: string, n: number, terms: EvidenceTerm[]) => {
    if (n > 0) features.push({ id, value: Math.log1p(Math.min(n, COUNT_CAP)), count: n, terms });
  };
  const flag = (id: string, terms: EvidenceTerm[] = []) => features.push({ id, value: 1, count: 1, terms });
  const signalCount = (i: number) => (body.result.signalCounts[i] ?? 0) + (headline?.result.signalCounts[i] ?? 0);

  for (const group of COUNTED_GROUPS) {
    const found = index.signals.flatMap((s, i) =>
      s.group === group && signalCount(i) ? [[s, signalCount(i)] as const] : [],
    );
    count(
      `group:${group}`,
      sum(found.map(([, n]) => n)),
      found.map(([s, n]) => signalTerm(s, n)),
    );
  }
  index.signals.forEach((s, i) => {
    const term = TERMS[s.group as keyof typeof TERMS];
    if (term) count(`term:${term}`, signalCount(i), [signalTerm(s, signalCount(i))]);
    if (s.group === 'negative') count(`negative:${s.id}`, signalCount(i), [signalTerm(s, signalCount(i))]);
  });
  const inHeadline = new Set<string>();
  for (const pair of PAIRS) {
    const head = headline ? termsTogether(index, pair, headline.result.hits, headline.folded.codes) : 0;
    const n = termsTogether(index, pair, body.result.hits, body.folded.codes) + head;
    count(`together:${pair.id}`, n, [{ ...PAIR_WHAT[pair.id], count: n }]);
    if (head) inHeadline.add(pair.id);
  }

  if (headline) {
    for (const group of HEADLINE_GROUPS) {
      const found = index.signals.filter((s, i) => s.group === group && (headline.result.signalCounts[i] ?? 0) > 0);
      const pairs = PAIRS.filter((p) => inHeadline.has(p.id) && PAIR_IN_HEADLINE[p.id].group === group);
      const named = [...found.map((s) => signalTerm(s)), ...pairs.map((p) => PAIR_IN_HEADLINE[p.id].term)];
      if (named.length) flag(`headline:${group}`, named);
    }
  }

  if (opensWithStory(index, body) || features.some((f) => f.id === 'headline:deal' || f.id === 'headline:meeting'))
    flag('lead:story');

  const mentions = new Map<number, number>();
  for (const m of [...body.result.mentions, ...(headline?.result.mentions ?? [])])
    mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);
  for (const s of index.entitySignals) {
    const entity = index.entities[s.entity];
    const n = mentions.get(s.entity) ?? 0;
    if (entity) count(`entity:${entity.id}`, n, [{ entity: entity.id, en: entity.name, count: n }]);
  }

  // The three who clashed on February 28, named in one article: that meeting, or one that recalls it.
  const named = (id: string) => features.some((f) => f.id === `entity:${id}`);
  if (CLASH_CAST.every(named)) flag('cast:clash');

  const date = dateFeature(index, articleDate);
  if (date) flag(date.id, date.terms);
  return features;
}

/** Whether the opening (the first `LEAD` characters) names the deal or the meeting. */
function opensWithStory(index: MatchIndex, body: Scanned): boolean {
  const core = (group: SignalGroup | undefined) => group === 'deal' || group === 'meeting';
  if (body.result.hits.some((h) => h.start < LEAD && core(index.signals[h.signal]?.group))) return true;
  const leadHits = body.result.hits.filter((h) => h.start < LEAD);
  if (PAIRS.some((pair) => termsTogether(index, pair, leadHits, body.folded.codes))) return true;
  const leadEnd = body.folded.origin[Math.min(LEAD, body.folded.length) - 1] ?? 0;
  const coreEntities = new Set(index.entitySignals.filter((s) => core(s.group)).map((s) => s.entity));
  return body.result.mentions.some((m) => m.start <= leadEnd && coreEntities.has(m.entity));
}

function dateFeature(index: MatchIndex, date: string | null): { id: string; terms: EvidenceTerm[] } | null {
  if (!date) return null;
  if (date < index.storyFrom) return { id: 'date:before-story', terms: [] };
  const phase = index.phases.find((p) => date >= p.from && date <= p.to);
  return phase
    ? { id: `date:${phase.id}`, terms: [{ key: phaseKey(phase.id), en: phase.label }] }
    : { id: 'date:after', terms: [] };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
