/** Reads a document into the engine's input: region, its text and the page metadata. */

import type { ArticleText } from '../../core/analysis';
import { articleDate } from '../../core/date/article-date';
import { extractText, type RegionText } from '../dom/extract';
import { dateCandidates, headlineOf, metaIndex } from '../dom/metadata';
import { findArticleRegion } from '../dom/region';

export interface ReadArticle {
  region: Element;
  regionText: RegionText;
  article: ArticleText;
}

/**
 * Reads the article; `textLimit` stops reading the region's text early (see RegionText.truncated).
 * `region` is one found a moment ago for the same DOM (the gate's look), when there is one.
 */
export function readArticle(
  doc: Document,
  url: string | null,
  textLimit?: number,
  region: Element = findArticleRegion(doc),
): ReadArticle {
  const regionText = extractText(region, textLimit);
  const meta = metaIndex(doc);
  return {
    region,
    regionText,
    article: {
      text: regionText.text,
      breaks: regionText.breaks,
      headline: headlineOf(doc, region, meta),
      articleDate: articleDate(dateCandidates(doc, region, url, meta)),
    },
  };
}

/** The same read with the region's whole text, when it stopped at a limit (region and metadata reused). */
export function readWhole(read: ReadArticle): ReadArticle {
  if (!read.regionText.truncated) return read;
  const regionText = extractText(read.region);
  return { ...read, regionText, article: { ...read.article, text: regionText.text, breaks: regionText.breaks } };
}
