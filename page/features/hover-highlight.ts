/** Marks the mention under the pointer as active (cards build on the same hover detection). */
import { watchHover } from '../hover';
import type { ContentFeature } from './feature';

export const hoverHighlight: ContentFeature = {
  name: 'hover-highlight',
  setup({ annotator }) {
    return watchHover(
      () => annotator.getHitTarget(),
      (i) => annotator.highlights.setActive(i === null ? null : (annotator.getMentions()[i]?.range ?? null)),
    );
  },
};
