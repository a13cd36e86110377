/**
 * The page's one pointer watcher: marks the mention under the pointer as active and tells the hover
 * channel (the card listens there). Listens to the pointer only while the page has mentions: other
 * pages pay nothing per mouse move.
 */
import { watchHover } from '../../dom/hover';
import type { ContentFeature } from './feature';

export const hoverHighlight: ContentFeature = {
  name: 'hover-highlight',
  setup({ annotator, hover }) {
    let stopWatching: (() => void) | undefined;
    const follow = () => {
      const hasMentions = annotator.getMentions().length > 0;
      if (hasMentions && !stopWatching) {
        stopWatching = watchHover(
          () => annotator.getHitTarget(),
          (i, since) => {
            annotator.highlights.setActive(i === null ? null : (annotator.getMentions()[i]?.range ?? null));
            hover.emit(i, since);
          },
        );
      } else if (!hasMentions && stopWatching) {
        stopWatching();
        stopWatching = undefined;
      }
    };
    const unsubscribe = annotator.subscribe(follow);
    return () => {
      unsubscribe();
      stopWatching?.();
    };
  },
};
