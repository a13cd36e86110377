/**
 * The contract between a story page's engine bundle and the background, which holds the match index
 * and does the matching: folding, the automaton pass, the alias rules and detection run there, off the
 * page's main thread, with the index parsed once per background lifetime instead of once per tab. The page only reads its text
 * and paints what comes back. No imports of values: the engine bundle loads this.
 */

import type { Detection } from '../detect/detect';
import type { EntityKindCode } from '../match/match-index';

/** Page → background: analyse this article text (`{ type, article }`; the table: core/messages/protocol.ts). */
export const ANALYZE = 'backstory:analyze' as const;

export interface AnalyzedMention {
  /** The entity's index in the match index (stable within one build). */
  entity: number;
  entityId: string;
  kind: EntityKindCode;
  /** Offsets in the article text: [start, end). */
  start: number;
  end: number;
}

/** Background → page. */
export interface AnalysisReply {
  storyId: string;
  detection: Detection;
  /** Entity mentions in document order. */
  mentions: AnalyzedMention[];
}
