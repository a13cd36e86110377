/**
 * The content script every supported news page loads: the engine and the highlighter, nothing else.
 * Card and sidebar UI arrive only on story pages.
 */
import type { MatchIndex } from '@/core/match/match-index';
import { PAGE_STATE_CHANGED, PAGE_STATE_REQUEST } from '@/core/messages/page-state';
import { DEFAULT_MATCH_PATTERNS } from '@/core/sites';
import matchIndex from '@/data/generated/match-index.json';
import { Annotator } from '@/page/annotator';
import { watchHover } from '@/page/hover';
import { createUiHost, type UiHost } from '@/page/ui-host';
import './highlights.css';

export default defineContentScript({
  matches: DEFAULT_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    let host: UiHost | undefined;
    let stopHover: (() => void) | undefined;
    const annotator = new Annotator(matchIndex as MatchIndex, (node) =>
      Boolean(host && (node === host.element || host.element.contains(node))),
    );

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

    annotator.subscribe((state) => {
      const annotated = state.mentions.length > 0 && (state.story !== null || state.forced === true);
      if (annotated && !host) {
        host = createUiHost();
        stopHover = watchHover(
          () => annotator.getHitTarget(),
          (i) => annotator.highlights.setActive(i === null ? null : (annotator.getMentions()[i]?.range ?? null)),
        );
      }
      browser.runtime.sendMessage({ type: PAGE_STATE_CHANGED, state }).catch(() => {
        // Nobody is listening (no sidebar open): fine.
      });
    });
    annotator.start();

    ctx.onInvalidated(() => {
      annotator.stop();
      stopHover?.();
      host?.remove();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
