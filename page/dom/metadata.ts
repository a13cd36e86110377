/** Reads the page metadata the engine needs: headline and publication-date candidates. */
import type { DateCandidates } from '../../core/date/article-date';

/** Every <meta> content by its property, name or itemprop (the first one wins), read in one pass. */
export function metaIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr);
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function metaContent(index: Map<string, string>, names: string[]): string[] {
  return names.flatMap((name) => index.get(name) ?? []);
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

export function dateCandidates(
  doc: Document,
  region: Element,
  url: string | null,
  meta: Map<string, string> = metaIndex(doc),
): DateCandidates {
  const jsonLd = jsonLdArticles(doc).flatMap((a) => (typeof a.datePublished === 'string' ? [a.datePublished] : []));
  const metaDates = metaContent(meta, [
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
  const time = region.querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  const datetime = time?.getAttribute('datetime');
  return { jsonLd, meta: metaDates, timeElements: datetime ? [datetime] : [], url };
}

export function headlineOf(doc: Document, region: Element, meta: Map<string, string> = metaIndex(doc)): string {
  const fromMeta = metaContent(meta, ['og:title', 'twitter:title'])[0];
  if (fromMeta) return fromMeta;
  const h1 = region.querySelector('h1') ?? doc.querySelector('h1');
  return (h1?.textContent ?? doc.title ?? '').trim();
}

const HEADLINE_META = ['og:title', 'twitter:title'].map((key) =>
  ['property', 'name', 'itemprop'].map((attr) => `meta[${attr}="${key}"]:not([content=""])[content]`).join(', '),
);

/** The same headline as `headlineOf`, found with two selector queries instead of indexing every <meta>. */
export function headlineOnly(doc: Document, region: Element): string {
  for (const selector of HEADLINE_META) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    if (content) return content;
  }
  const h1 = region.querySelector('h1') ?? doc.querySelector('h1');
  return (h1?.textContent ?? doc.title ?? '').trim();
}
