/**
 * Asks the background for the card UI bundle once the page has marked mentions (story pages only),
 * and hands it the PageApi through a global of our isolated world. Pages that are not the story never
 * load UI code or the full dataset.
 */
import { LOAD_UI, PAGE_API_KEY } from '../../core/messages/card-ui';
import type { ContentFeature } from './feature';

export const cardUiLoader: ContentFeature = {
  name: 'card-ui-loader',
  setup(api) {
    const global = globalThis as Record<symbol, unknown>;
    let requested = false;
    const unsubscribe = api.annotator.subscribe((state) => {
      if (requested || state.mentions.length === 0) return;
      requested = true;
      global[PAGE_API_KEY] = api;
      browser.runtime.sendMessage({ type: LOAD_UI }).catch(() => {
        requested = false;
      });
    });
    return () => {
      unsubscribe();
      if (global[PAGE_API_KEY] === api) delete global[PAGE_API_KEY];
    };
  },
};
