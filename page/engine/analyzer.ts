/**
 * How the annotator gets an article analysed: the prefilter here (a page that names Ukraine fewer than
 * twice costs no message), everything else in the background (background/analysis.ts), which holds
 * the match index. The page never parses the index or runs the matcher.
 */

import type { ArticleText } from '../../core/analysis';
import { type AnchorGroup, anchorPattern, hasAnchorHits } from '../../core/detect/prefilter';
import { ANALYZE, type AnalysisReply } from '../../core/messages/analysis';
import { send } from '../../core/messages/transport';

export interface Analyzer {
  /** Could this text be about the story at all? (Cheap, on the page.) */
  mightBeStory(text: string, headline: string): boolean;
  analyze(article: ArticleText): Promise<AnalysisReply>;
}

export function backgroundAnalyzer(anchorGroups: readonly AnchorGroup[]): Analyzer {
  const anchors = anchorPattern(anchorGroups);
  return {
    mightBeStory: (text, headline) => hasAnchorHits(anchors, [headline, text]),
    analyze: async (article) => {
      const reply: AnalysisReply | undefined = await send({ type: ANALYZE, article });
      if (!reply || !Array.isArray(reply.mentions)) throw new Error('no analysis from the background');
      return reply;
    },
  };
}
