/** Answers the page-state request and announces changes (sidebar, popup and tests read the page so). */
import { PAGE_STATE_CHANGED, PAGE_STATE_REQUEST } from '../../core/messages/names';
import type { ContentFeature } from './feature';

export const pageStateMessages: ContentFeature = {
  name: 'page-state-messages',
  setup({ annotator }) {
    const onMessage = (message: unknown): Promise<unknown> | undefined => {
      const type = (message as { type?: string } | null)?.type;
      if (type === PAGE_STATE_REQUEST) return Promise.resolve(annotator.getState());
      if (type === 'backstory:annotate-anyway') {
        annotator.annotateAnyway();
        return Promise.resolve(annotator.getState());
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unsubscribe = annotator.subscribe((state) => {
      browser.runtime.sendMessage({ type: PAGE_STATE_CHANGED, state }).catch(() => {
        // Nobody is listening (no sidebar open): fine.
      });
    });
    return () => {
      unsubscribe();
      browser.runtime.onMessage.removeListener(onMessage);
    };
  },
};
