/** Reads the page metadata the engine needs: headline and publication-date candidates. */
import type { DateCandidates } from '../core/date/article-date';

function metaContent(doc: Document, names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content');
    if (value) out.push(value);
  }
  return out;
}

interface JsonLdNode {
  '@type'?: string | string[];
  '@graph'?: JsonLdNode[];
  datePublished?: string;
  headline?: string;
}

/** NewsArticle-like JSON-LD objects on the page (malformed blocks are ignored). */
function jsonLdArticles(doc: Document): JsonLdNode[] {
  const found: JsonLdNode[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as JsonLdNode;
    const types = ([] as string[]).concat(n['@type'] ?? []);
    if (types.some((t) => /Article|BlogPosting|LiveBlogPosting|Report/.test(t))) found.push(n);
    if (n['@graph']) visit(n['@graph']);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Sites ship broken JSON-LD; it is only a hint.
    }
  }
  return found;
}

export function dateCandidates(doc: Document, region: Element, url: string | null): DateCandidates {
  const jsonLd = jsonLdArticles(doc).flatMap((a) => (typeof a.datePublished === 'string' ? [a.datePublished] : []));
  const meta = metaContent(doc, [
    'article:published_time',
    'og:article:published_time',
    'datePublished',
    'date',
    'pubdate',
    'publishdate',
    'parsely-pub-date',
    'sailthru.date',
    'dc.date',
    'DC.date.issued',
    'article.published',
  ]);
  const times = [
    ...Array.from(region.querySelectorAll('time[datetime]')),
    ...Array.from(doc.querySelectorAll('time[datetime]')),
  ].map((t) => t.getAttribute('datetime') ?? '');
  return { jsonLd, meta, timeElements: times.filter(Boolean), url };
}

export function headlineOf(doc: Document, region: Element): string {
  const fromMeta = metaContent(doc, ['og:title', 'twitter:title'])[0];
  if (fromMeta) return fromMeta;
  const h1 = region.querySelector('h1') ?? doc.querySelector('h1');
  return (h1?.textContent ?? doc.title ?? '').trim();
}
