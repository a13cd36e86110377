/** Scans one saved HTML file with the same analysis the extension's background runs. */
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { StoryAnalyzer } from '../core/analysis';
import { evidenceText } from '../core/detect/evidence';
import { readArticle } from '../page/engine/read-article';

export interface ScanLine {
  file: string;
  story: string | null;
  score: number;
  /** In English (the message tables' English lines). */
  evidence: string[];
  articleDate: string | null;
  mentions: { entityId: string; text: string }[];
}

export class ScanError extends Error {}

const MAX_BYTES = 20 * 1024 * 1024;

export function readHtml(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ScanError(`${file}: no such file`);
  }
  if (size > MAX_BYTES) throw new ScanError(`${file}: larger than 20 MB, not scanned`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new ScanError(`${file}: a binary file, not HTML`);
  const html = bytes.toString('utf8');
  if (!/<(!doctype html|html|head|body|article|p|div)[\s>]/i.test(html.slice(0, 65536)))
    throw new ScanError(`${file}: does not look like HTML`);
  return html;
}

export function scanHtml(analyzer: StoryAnalyzer, html: string, file: string, url: string | null = null): ScanLine {
  const { document } = parseHTML(html);
  const { article } = readArticle(
    document as unknown as Document,
    url ?? canonicalUrl(document as unknown as Document),
  );
  const { detection, mentions } = analyzer.analyze(article);
  return {
    file,
    story: detection.isStory ? analyzer.index.storyId : null,
    score: detection.score,
    evidence: detection.evidence.map((line) => evidenceText(line)),
    articleDate: article.articleDate,
    mentions: detection.isStory
      ? mentions.map((m) => ({
          entityId: analyzer.index.entities[m.entity]?.id ?? '?',
          text: article.text.slice(m.start, m.end),
        }))
      : [],
  };
}

function canonicalUrl(doc: Document): string | null {
  return (
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null
  );
}
