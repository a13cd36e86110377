/**
 * What the reader chose to see (settings → annotator): which kinds are marked, every mention or only
 * the first of each entity, the underline style, and whether Backstory is off on this page.
 */
import type { EntityKindCode } from '../../core/match/match-index';

export type HighlightStyle = 'dotted' | 'solid' | 'tint' | 'none';

export interface MentionView {
  /** Why Backstory is off on this page (nothing is read or painted), or null when it runs. */
  off: 'site' | 'paused' | 'pending' | null;
  /** Kinds to mark; null marks every kind. */
  kinds: ReadonlySet<EntityKindCode> | null;
  firstOnly: boolean;
  style: HighlightStyle;
}

export const DEFAULT_VIEW: MentionView = { off: null, kinds: null, firstOnly: false, style: 'dotted' };

/** The mentions the reader wants marked, in document order. */
export function selectMentions<M extends { entityIndex: number; kind: EntityKindCode }>(
  mentions: readonly M[],
  view: MentionView,
): M[] {
  const seen = new Set<number>();
  return mentions.filter((m) => {
    if (view.kinds && !view.kinds.has(m.kind)) return false;
    if (view.firstOnly) {
      if (seen.has(m.entityIndex)) return false;
      seen.add(m.entityIndex);
    }
    return true;
  });
}
