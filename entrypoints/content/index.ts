/**
 * The content script every supported news page loads: the engine, the highlighter and small features.
 * Card UI arrives only on story pages.
 */
import type { MatchIndex } from '@/core/match/match-index';
import { DEFAULT_MATCH_PATTERNS } from '@/core/sites';
import anchors from '@/data/generated/anchors.json';
// The index ships as a string and is parsed only on pages that pass the prefilter.
import matchIndexJson from '@/data/generated/match-index.json?raw';
import { Annotator } from '@/page/annotator';
import { startFeatures } from '@/page/features/feature';
import { FEATURES } from '@/page/features/index';
import { contentSettings, onContentSettings } from '@/page/features/settings';
import { HoverChannel } from '@/page/hover';
import { createUiHost, type UiHost } from '@/page/ui-host';
import './highlights.css';

export default defineContentScript({
  matches: DEFAULT_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    // User-timing entries (read by `npm run bench`): start here, `backstory:main` when set up.
    const startedAt = performance.now();
    performance.mark('backstory:start');
    let host: UiHost | undefined;
    const index = { anchors: anchors.source, load: () => JSON.parse(matchIndexJson) as MatchIndex };
    const annotator = new Annotator(index, (node) =>
      Boolean(host && (node === host.element || host.element.contains(node))),
    );
    const stopFeatures = startFeatures(FEATURES, {
      annotator,
      host: () => (host ??= createUiHost()),
      hasHost: () => host !== undefined,
      settings: contentSettings,
      onSettings: onContentSettings,
      hover: new HoverChannel(),
    });
    annotator.start();
    performance.measure('backstory:main', { start: startedAt });
    ctx.onInvalidated(() => {
      stopFeatures();
      annotator.stop();
      host?.remove();
    });
  },
});
