/**
 * Story detection: the article's features (core/detect/features.ts) weighed by the trained model
 * (core/detect/model.ts), with the evidence in words: the features that weighed most, with their counts.
 */

import type { MatchIndex } from '../match/match-index';
import { PAIRS } from './cooccurrence';
import type { Evidence } from './evidence-keys';
import { articleFeatures, type Feature, type Scanned } from './features';
import { scoreFeatures } from './model';
import { MIN_UKRAINE_HITS } from './prefilter';

export interface Detection {
  isStory: boolean;
  /** The model's probability that this is the story, in percent. */
  score: number;
  /** The probability needed, in percent. */
  threshold: number;
  /** Why: what weighed most, strongest first (message keys with parameters: core/detect/evidence.ts). */
  evidence: Evidence[];
}

export type { Scanned };
export { MIN_UKRAINE_HITS };

/** Features whose part in the score is smaller than this are not worth a line of evidence. */
const MINOR = 0.15;
/** Lines of evidence at most (the date and the rules' notes come on top). */
const MAX_LINES = 8;

export function detectStory(
  index: MatchIndex,
  body: Scanned,
  headline: Scanned | null,
  articleDate: string | null,
): Detection {
  const features = articleFeatures(index, body, headline, articleDate);
  const scored = scoreFeatures(index.detector, features);
  const part = (f: Feature) => scored.contributions.get(f.id) ?? 0;

  const evidence = features
    .filter((f) => !f.id.startsWith('date:') && Math.abs(part(f)) >= MINOR)
    .sort((a, b) => Math.abs(part(b)) - Math.abs(part(a)))
    .slice(0, MAX_LINES)
    .map((f) => describe(f, part(f)));
  const date = features.find((f) => f.id.startsWith('date:'));
  if (date && articleDate) {
    if (date.id === 'date:before-story')
      evidence.push({ key: 'evPublishedBefore', vars: { date: articleDate, from: index.storyFrom } });
    else if (date.id === 'date:after') evidence.push({ key: 'evPublishedAfter', vars: { date: articleDate } });
    else evidence.push({ key: 'evPublishedDuring', vars: { date: articleDate }, terms: date.terms });
  }

  const rules = storyRules(index, features);
  if (!rules.aboutUkraine) evidence.push({ key: 'evNotAboutUkraine' });
  if (!rules.named) evidence.push({ key: 'evNotNamed' });
  else if (rules.mainlyElsewhere) evidence.push({ key: 'evElsewhere' });

  const eligible = rules.aboutUkraine && rules.named && !rules.mainlyElsewhere && !rules.beforeStory;
  const isStory = eligible && scored.probability >= index.detector.threshold;
  return {
    isStory,
    score: Math.round(scored.probability * 1000) / 10,
    threshold: Math.round(index.detector.threshold * 1000) / 10,
    evidence,
  };
}

/**
 * Rules that stay beside the model: Ukraine must be a subject (the prefilter's rule); the story itself
 * must be named at least once (the deal or the meeting in words, an entity of theirs such as the fund or
 * the $500 billion demand, an agreement beside minerals, a quarrel at the Oval Office, or the three who
 * clashed there); another story's markers must not outnumber it; and an article published before the
 * story began cannot cover it.
 */
export interface StoryRules {
  aboutUkraine: boolean;
  named: boolean;
  /** Another story's markers outnumber the story's own. */
  mainlyElsewhere: boolean;
  /** Published before the story began. */
  beforeStory: boolean;
}

export function storyRules(index: MatchIndex, features: readonly Feature[]): StoryRules {
  const byId = new Map(features.map((f) => [f.id, f]));
  const ukraineHits = (byId.get('group:ukraine')?.count ?? 0) + ukrainianPeople(index, byId);
  const markers = storyMarkers(index);
  // The story's strongest marker (one phrase can count under several markers: not added up).
  const storyHits = Math.max(0, ...markers.map((id) => byId.get(id)?.count ?? 0));
  const elsewhereHits = features.reduce((n, f) => n + (f.id.startsWith('negative:') ? f.count : 0), 0);
  return {
    aboutUkraine: ukraineHits >= MIN_UKRAINE_HITS,
    named: markers.some((id) => byId.has(id)),
    mainlyElsewhere: elsewhereHits > storyHits,
    beforeStory: byId.has('date:before-story'),
  };
}

/** The features that name the story itself: the deal or the meeting, in words or by their entities. */
export function storyMarkers(index: MatchIndex): string[] {
  const entities = index.entitySignals
    .filter((s) => s.group === 'deal' || s.group === 'meeting')
    .map((s) => `entity:${index.entities[s.entity]?.id}`);
  return ['group:deal', 'group:meeting', 'cast:clash', ...PAIRS.map((p) => `together:${p.id}`), ...entities];
}

function ukrainianPeople(index: MatchIndex, byId: Map<string, Feature>): number {
  let n = 0;
  for (const s of index.entitySignals)
    if (s.group === 'ukraine') n += byId.get(`entity:${index.entities[s.entity]?.id}`)?.count ?? 0;
  return n;
}

function describe(f: Feature, part: number): Evidence {
  const terms = f.terms;
  if (f.id.startsWith('negative:')) return { key: 'evNegative', terms };
  if (f.id.startsWith('headline:')) return { key: 'evHeadline', terms };
  if (f.id === 'lead:story') return { key: 'evLead' };
  if (f.id === 'cast:clash') return { key: 'evCastClash' };
  if (f.id.startsWith('together:')) return { key: 'evNames', terms };
  if (f.id.startsWith('term:')) return { key: terms[0]?.en.startsWith('a word') ? 'evUses' : 'evNames', terms };
  // A cast member or a thing that weighs against the story: found as often in other coverage.
  return { key: part < 0 ? 'evMentionsCommon' : 'evMentions', terms };
}
