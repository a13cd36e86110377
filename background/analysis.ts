/**
 * Analyses story pages' article text for their engine bundles (core/messages/analysis.ts). The match
 * index is parsed once per background lifetime, not once per tab, and the matching runs here instead
 * of on the page's main thread. A frame whose gate asks for the engine bundle warms the engine up while
 * the bundle is injected.
 */
import '../shared/zod';
import { z } from 'zod/mini';
import { analysisReply, Engine } from '../core/engine';
import type { MatchIndex } from '../core/match/match-index';
import { ANALYZE } from '../core/messages/analysis';
import matchIndexJson from '../data/generated/match-index.json?raw';
import { type Route, route } from './messages';

/** The largest article text the engine is asked to read (a long feature is ~100 000 characters). */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** What a page may send: plain text and offsets, checked (and bounded) before the engine sees them. */
const AnalyzeRequestSchema = z.object({
  type: z.literal(ANALYZE),
  article: z.object({
    text: z.string().check(z.maxLength(MAX_ARTICLE_CHARS)),
    breaks: z.array(z.int().check(z.minimum(0), z.maximum(MAX_ARTICLE_CHARS))).check(z.maxLength(100_000)),
    headline: z.string().check(z.maxLength(2000)),
    articleDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  }),
});

let engine: Engine | undefined;
let analyses = 0;

/** The engine, its index parsed on first use (the warm-up makes that before the first page asks). */
function loadedEngine(): Engine {
  engine ??= new Engine(JSON.parse(matchIndexJson) as MatchIndex);
  return engine;
}

/** The engine bundle is on its way to a page that might be the story: be ready when it asks. */
export function warmEngine(): void {
  setTimeout(loadedEngine, 0);
}

/** `backstory:analyze`, from our content scripts only (background/messages.ts checks the sender and the schema). */
export function analysisRoutes(): Route[] {
  return [
    route({
      type: ANALYZE,
      from: ['content-script'],
      schema: AnalyzeRequestSchema,
      handle(request) {
        const at = performance.now();
        try {
          return analysisReply(loadedEngine(), request.article);
        } finally {
          // One user-timing entry per analysis (`npm run bench` reads them), cleared now and then.
          if (++analyses % 100 === 0) performance.clearMeasures('backstory:analyze');
          performance.measure('backstory:analyze', { start: at });
        }
      },
    }),
  ];
}
