/**
 * Answers the page-state request and announces changes (sidebar, popup and tests read the page so).
 * A page that is not the story announces nothing unless someone has asked about it: the message costs
 * milliseconds, and a sidebar opened later asks anyway.
 */
import { ANNOTATE_ANYWAY, PAGE_STATE_CHANGED, PAGE_STATE_REQUEST } from '../../../core/messages/names';
import { isMessage, listen, send } from '../../../core/messages/transport';
import type { ContentFeature } from './feature';

export const pageStateMessages: ContentFeature = {
  name: 'page-state-messages',
  setup({ annotator }, signal) {
    let interested = false;
    listen(signal, (message) => {
      if (isMessage(message, PAGE_STATE_REQUEST)) {
        interested = true;
        return annotator.settled();
      }
      if (isMessage(message, ANNOTATE_ANYWAY)) {
        interested = true;
        annotator.annotateAnyway();
        return annotator.settled();
      }
      return undefined;
    });
    annotator.subscribe((state) => {
      interested ||= state.story !== null || state.forced === true || state.mentions.length > 0 || !!state.off;
      if (!interested) return;
      send({ type: PAGE_STATE_CHANGED, state }).catch(() => {
        // Nobody is listening (no sidebar open): fine.
      });
    }, signal);
  },
};
