/**
 * `{ type: 'backstory:reveal-mention', entityId }` (from the sidebar): scrolls the page to the next
 * mention of that entity (cycling) and flashes it with the active highlight. Answers
 * `{ index, of, mention }` (index among that entity's mentions, mention = position in the article),
 * or `{ index: -1, of: 0 }` when the page has no mention of it.
 */

import { onAbort } from '../../../core/abort';
import { REVEAL_MENTION } from '../../../core/messages/sidebar';
import { incoming, listen } from '../../../core/messages/transport';
import type { ContentFeature } from './feature';

const FLASH_MS = 1600;

export interface RevealResult {
  index: number;
  of: number;
  mention?: number;
}

export const revealMention: ContentFeature = {
  name: 'reveal-mention',
  setup({ annotator }, signal) {
    /** The last mention revealed per entity, so repeated requests walk through them. */
    const cursor = new Map<string, number>();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const reveal = (entityId: string): RevealResult => {
      const all = annotator.getMentions();
      const positions: number[] = [];
      all.forEach((m, i) => {
        if (m.entityId === entityId) positions.push(i);
      });
      if (positions.length === 0) return { index: -1, of: 0 };
      const next = ((cursor.get(entityId) ?? -1) + 1) % positions.length;
      cursor.set(entityId, next);
      const position = positions[next] as number;
      const range = all[position]!.range;
      const start = range.startContainer;
      const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      annotator.highlights.setActive(range);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        annotator.highlights.setActive(null);
      }, FLASH_MS);
      return { index: next, of: positions.length, mention: position };
    };

    listen(signal, (message) => {
      const m = incoming(message, REVEAL_MENTION);
      if (!m) return undefined;
      return Promise.resolve(reveal(m.entityId));
    });
    // A new scan means new ranges: start each entity from its first mention again.
    annotator.subscribe(() => cursor.clear(), signal);
    onAbort(signal, () => clearTimeout(timer));
  },
};
