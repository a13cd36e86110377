/**
 * Two plain words standing together: "agreement" near "minerals, resources" is the way most reports
 * name the deal once they have introduced it ("the accord on natural resources", "鉱物資源の権益を巡る
 * 合意"), and a quarrel near the Oval Office names the meeting, in any language whose words the dataset
 * lists, without a list of every phrasing.
 */
import type { MatchIndex, SignalGroup } from '../match/match-index';
import type { SignalHit } from '../match/matcher';
import { BLOCK_BREAK } from '../text/fold';

/** How far apart (folded characters) the two words may stand: about one sentence. */
export const NEAR = 120;

/** Word pairs that count where they stand together: [the word counted, the word it must stand near]. */
export const PAIRS = [
  { id: 'deal-resource', first: 'deal-term', second: 'resource-term' },
  { id: 'clash-place', first: 'clash-term', second: 'place-term' },
] as const satisfies readonly { id: string; first: SignalGroup; second: SignalGroup }[];
export type Pair = (typeof PAIRS)[number];

/** How many words of the pair's first group have one of its second within `NEAR`, in the same paragraph. */
export function termsTogether(index: MatchIndex, pair: Pair, hits: readonly SignalHit[], codes: Uint16Array): number {
  const group = (h: SignalHit) => index.signals[h.signal]?.group;
  const seconds = hits.filter((h) => group(h) === pair.second);
  if (!seconds.length) return 0;
  let together = 0;
  for (const first of hits) {
    if (group(first) !== pair.first) continue;
    if (seconds.some((other) => near(first, other, codes))) together++;
  }
  return together;
}

function near(a: SignalHit, b: SignalHit, codes: Uint16Array): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (to - from > NEAR) return false;
  for (let i = from; i < to; i++) if (codes[i] === BLOCK_BREAK) return false;
  return true;
}
