/**
 * Story detection: weighs the signals and entity mentions found in an article (and its headline)
 * and decides, with evidence in words, whether the article covers the story.
 */

import type { MatchIndex, SignalGroup } from '../match/match-index';
import type { MatchResult } from '../match/matcher';
import { MIN_UKRAINE_HITS } from './prefilter';

export interface Detection {
  isStory: boolean;
  score: number;
  threshold: number;
  /** Why, in words: the signals that counted, strongest first. */
  evidence: string[];
}

export { MIN_UKRAINE_HITS };

/** Score needed to call an article coverage of the story. */
export const THRESHOLD = 10;
/** More repetitions of one signal add nothing: a long article is not more "about" the story. */
const CAP = 3;

interface Weighed {
  label: string;
  group: SignalGroup;
  weight: number;
  count: number;
  inHeadline: boolean;
}

export function detectStory(
  index: MatchIndex,
  body: MatchResult,
  headline: MatchResult | null,
  articleDate: string | null,
): Detection {
  const weighed: Weighed[] = [];
  index.signals.forEach((signal, i) => {
    const count = body.signalCounts[i] ?? 0;
    const inHeadline = (headline?.signalCounts[i] ?? 0) > 0;
    if (count || inHeadline) weighed.push({ ...signal, count, inHeadline });
  });
  const bodyCounts = countByEntity(body);
  const headCounts = headline ? countByEntity(headline) : new Map<number, number>();
  for (const s of index.entitySignals) {
    const count = bodyCounts.get(s.entity) ?? 0;
    const inHeadline = (headCounts.get(s.entity) ?? 0) > 0;
    if (count || inHeadline) {
      const entity = index.entities[s.entity];
      weighed.push({ label: entity?.name ?? '?', group: s.group, weight: s.weight, count, inHeadline });
    }
  }

  let score = 0;
  const groupHits: Record<SignalGroup, number> = { deal: 0, meeting: 0, ukraine: 0, context: 0, us: 0, negative: 0 };
  for (const w of weighed) {
    score += w.weight * (Math.min(w.count, CAP) + (w.inHeadline ? 1 : 0));
    groupHits[w.group] += w.count + (w.inHeadline ? 1 : 0);
  }

  const evidence = weighed
    .sort((a, b) => Math.abs(b.weight) * Math.min(b.count + 1, CAP) - Math.abs(a.weight) * Math.min(a.count + 1, CAP))
    .map(describe);

  const beforeStory = articleDate !== null && articleDate < index.storyFrom;
  if (articleDate) {
    evidence.push(
      beforeStory
        ? `Published ${articleDate}, before the story began (${index.storyFrom}).`
        : `Published ${articleDate}, within the story's period.`,
    );
  }
  // Coverage, not a passing mention: Ukraine must be a subject, and the deal or the meeting must be
  // named more than once (or in the headline), and more often than another story's markers.
  const core = groupHits.deal + groupHits.meeting;
  const topical = core >= 2;
  const aboutUkraine = groupHits.ukraine >= MIN_UKRAINE_HITS;
  const mainlyElsewhere = groupHits.negative >= core && groupHits.negative > 0;
  if (!aboutUkraine) evidence.push('Ukraine is not a subject of the article.');
  if (!topical) evidence.push('The minerals deal and the Oval Office meeting are named at most once.');
  else if (mainlyElsewhere)
    evidence.push('Another story is named at least as often as the minerals deal and the Oval Office meeting.');
  const isStory = score >= THRESHOLD && topical && aboutUkraine && !mainlyElsewhere && !beforeStory;
  return { isStory, score: Math.round(score * 10) / 10, threshold: THRESHOLD, evidence };
}

function countByEntity(result: MatchResult): Map<number, number> {
  const counts = new Map<number, number>();
  for (const m of result.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return counts;
}

function describe(w: Weighed): string {
  const where = [w.count ? `${w.count}×` : '', w.inHeadline ? 'in the headline' : ''].filter(Boolean).join(', ');
  return w.weight < 0
    ? `Mentions ${w.label} (${where}), which points to a different story.`
    : `Mentions ${w.label} (${where}).`;
}
