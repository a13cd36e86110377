/**
 * The content script every supported news page loads: the gate (page/gate/gate.ts). It costs a page one
 * look; the engine and the card UI arrive only on pages that might be the story.
 */
import { anchorPattern } from '@/core/detect/prefilter';
import { DEFAULT_MATCH_PATTERNS } from '@/core/sites';
import anchors from '@/data/generated/anchors.json';
import { Gate } from '@/page/gate/gate';
import './highlights.css';

export default defineContentScript({
  matches: DEFAULT_MATCH_PATTERNS,
  runAt: 'document_idle',
  // No `message` event on the page's window at start-up (WXT's legacy signal): pages' own listeners never see us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // User-timing entries, in benchmark builds only (read by `npm run bench`): `backstory:main` when
    // set up, then one `backstory:scan` per look.
    const startedAt = performance.now();
    const gate = new Gate(anchorPattern(anchors.groups));
    gate.start(ctx.signal);
    if (__BACKSTORY_BENCH__) performance.measure('backstory:main', { start: startedAt });
  },
});
