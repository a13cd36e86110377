/**
 * Analyses story pages' article text for their engine bundles (core/messages/analysis.ts). The match
 * index is parsed once per background lifetime, not once per tab, and the matching runs here instead
 * of on the page's main thread. A frame whose gate asks for the engine bundle warms the engine up while
 * the bundle is injected.
 */
import '../shared/zod';
import type { Browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { analysisReply, Engine } from '../core/engine';
import type { MatchIndex } from '../core/match/match-index';
import { ANALYZE } from '../core/messages/analysis';
import { LOAD_ENGINE } from '../core/messages/engine';
import matchIndexJson from '../data/generated/match-index.json?raw';

/** What a page may send: plain text and offsets, checked before the engine sees them. */
const AnalyzeRequestSchema = z.object({
  type: z.literal(ANALYZE),
  article: z.object({
    text: z.string(),
    breaks: z.array(z.number()),
    headline: z.string(),
    articleDate: z.nullable(z.string()),
  }),
});

let engine: Engine | undefined;
let analyses = 0;

/** The engine, its index parsed on first use (the warm-up makes that before the first page asks). */
function loadedEngine(): Engine {
  engine ??= new Engine(JSON.parse(matchIndexJson) as MatchIndex);
  return engine;
}

export function setupAnalysis(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const type = (message as { type?: string } | null)?.type;
    if (type === LOAD_ENGINE) {
      // The engine bundle is on its way to a page that might be the story: be ready when it asks.
      setTimeout(loadedEngine, 0);
      return undefined;
    }
    if (type !== ANALYZE || sender.id !== browser.runtime.id) return undefined;
    const request = AnalyzeRequestSchema.safeParse(message);
    if (!request.success) return Promise.reject(new Error('malformed analysis request'));
    const at = performance.now();
    try {
      return Promise.resolve(analysisReply(loadedEngine(), request.data.article));
    } finally {
      // One user-timing entry per analysis (`npm run bench` reads them), cleared now and then.
      if (++analyses % 100 === 0) performance.clearMeasures('backstory:analyze');
      performance.measure('backstory:analyze', { start: at });
    }
  });
}
