/**
 * The page's one pointer watcher: marks the mention under the pointer as active and tells the hover
 * channel (the card listens there). Listens to the pointer only while the page has mentions: other
 * pages pay nothing per mouse move.
 */
import { childController } from '../../../core/abort';
import { watchHover } from '../../dom/hover';
import type { ContentFeature } from './feature';

export const hoverHighlight: ContentFeature = {
  name: 'hover-highlight',
  setup({ annotator, hover }, signal) {
    /** The pointer watcher's own signal, while the page has mentions. */
    let watching: AbortController | undefined;
    const follow = () => {
      const hasMentions = annotator.getMentions().length > 0;
      if (hasMentions && !watching) {
        watching = childController(signal);
        watchHover(
          () => annotator.getHitTarget(),
          (i, since) => {
            annotator.highlights.setActive(i === null ? null : (annotator.getMentions()[i]?.range ?? null));
            hover.emit(i, since);
          },
          watching.signal,
        );
      } else if (!hasMentions && watching) {
        watching.abort();
        watching = undefined;
      }
    };
    annotator.subscribe(follow, signal);
  },
};
