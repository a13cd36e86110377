/**
 * Builds the handout from a page's HTML: Readability extracts the article (on a DOMParser document, in
 * this extension page), DOMPurify sanitises it (no scripts, handlers, iframes, forms, remote resources),
 * links become text + URL, images become their alt text, mention texts are wrapped in <mark>.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  /** The sanitised article body (our own, inert markup). */
  body: DocumentFragment;
}

const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'canvas',
  'noscript',
  'template',
  'dialog',
];

export function extractArticle(html: string, url: string): ExtractedArticle | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Readability resolves relative links against the document's base.
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  const fallbackTitle = doc.title;
  const parsed = new Readability(doc, { keepClasses: false }).parse();
  if (!parsed?.content) return null;
  const fragment = DOMPurify.sanitize(parsed.content, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS,
    FORBID_ATTR: [
      'style',
      'class',
      'id',
      'srcset',
      'src',
      'poster',
      'background',
      'action',
      'formaction',
      'xlink:href',
    ],
    ALLOW_DATA_ATTR: false,
  }) as DocumentFragment;
  // Images: their alt text only (no remote fetch).
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    const alt = img.getAttribute('alt')?.trim();
    img.replaceWith(alt ? document.createTextNode(`[Image: ${alt}]`) : document.createTextNode(''));
  }
  // Links: text plus the URL, never a live link to a remote page.
  for (const a of Array.from(fragment.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    const text = a.textContent ?? '';
    const span = document.createElement('span');
    span.textContent = /^https?:/i.test(href) && href !== text.trim() ? `${text} (${href})` : text;
    a.replaceWith(span);
  }
  for (const el of Array.from(fragment.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name !== 'alt' && attr.name !== 'title' && attr.name !== 'datetime') el.removeAttribute(attr.name);
    }
  }
  return {
    title: parsed.title || fallbackTitle,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    published: parsed.publishedTime ?? null,
    body: fragment,
  };
}

/** Wraps every occurrence of the mention texts in <mark data-entity>, longest first, without crossing elements. */
export function markMentions(root: DocumentFragment | Element, mentions: { text: string; entityId: string }[]): number {
  const byText = new Map<string, string>();
  for (const m of mentions) if (m.text.trim() && !byText.has(m.text)) byText.set(m.text, m.entityId);
  if (byText.size === 0) return 0;
  const escaped = [...byText.keys()]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let count = 0;
  for (const node of texts) {
    if (node.parentElement?.closest('mark')) continue;
    const value = node.data;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    let last = 0;
    const parts: Node[] = [];
    while ((match = pattern.exec(value))) {
      if (match.index > last) parts.push(document.createTextNode(value.slice(last, match.index)));
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      mark.dataset.entity = byText.get(match[0]) ?? '';
      parts.push(mark);
      last = match.index + match[0].length;
      count++;
    }
    if (parts.length === 0) continue;
    if (last < value.length) parts.push(document.createTextNode(value.slice(last)));
    node.replaceWith(...parts);
  }
  return count;
}
