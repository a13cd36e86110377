/**
 * Analyses story pages' article text for their engine bundles (core/messages/analysis.ts). The match
 * index is parsed once per background lifetime, not once per tab, and the matching runs here instead
 * of on the page's main thread. A frame whose gate asks for the engine bundle warms the analysis up
 * while the bundle is injected.
 */
import '../shared/zod';
import { z } from 'zod/mini';
import { analysisReply, StoryAnalyzer } from '../core/analysis';
import type { MatchIndex } from '../core/match/match-index';
import { ANALYZE } from '../core/messages/analysis';
import matchIndexJson from '../data/generated/match-index.json?raw';
import { type Route, route } from './messages';

/** The largest article text the analysis is asked to read (a long feature is ~100 000 characters). */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** What a page may send: plain text and offsets, checked (and bounded) before the analysis sees them. */
const AnalyzeRequestSchema = z.object({
  type: z.literal(ANALYZE),
  article: z.object({
    text: z.string().check(z.maxLength(MAX_ARTICLE_CHARS)),
    breaks: z.array(z.int().check(z.minimum(0), z.maximum(MAX_ARTICLE_CHARS))).check(z.maxLength(100_000)),
    headline: z.string().check(z.maxLength(2000)),
    articleDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  }),
});

let analyzer: StoryAnalyzer | undefined;
let analyses = 0;

/** The analyzer, its index parsed on first use (the warm-up makes that before the first page asks). */
function loadedAnalyzer(): StoryAnalyzer {
  analyzer ??= new StoryAnalyzer(JSON.parse(matchIndexJson) as MatchIndex);
  return analyzer;
}

/** The engine bundle is on its way to a page that might be the story: be ready when it asks. */
export function warmAnalysis(): void {
  setTimeout(loadedAnalyzer, 0);
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
          return analysisReply(loadedAnalyzer(), request.article);
        } finally {
          // One user-timing entry per analysis (`npm run bench` reads them), cleared now and then.
          if (++analyses % 100 === 0) performance.clearMeasures('backstory:analyze');
          performance.measure('backstory:analyze', { start: at });
        }
      },
    }),
  ];
}
