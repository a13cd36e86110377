/** Adds our one host element once the page is annotated, and never on other pages. */
import type { ContentFeature } from './feature';

export const uiHostOnAnnotate: ContentFeature = {
  name: 'ui-host',
  setup(api, signal) {
    api.annotator.subscribe((state) => {
      if (state.mentions.length > 0 && !api.hasHost()) api.host();
    }, signal);
  },
};
