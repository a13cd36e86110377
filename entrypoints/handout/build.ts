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

export interface MarkOptions {
  /** Only these entities are marked (all of them when omitted). */
  include?: ReadonlySet<string>;
  /** Mark every occurrence; otherwise only the first of each entity (the default). */
  everyMention?: boolean;
}

/**
 * Wraps the mention texts in <mark data-entity>, longest first, without crossing elements: only the included
 * entities, and only the first occurrence of each unless `everyMention`. Returns how many were marked and
 * the entity ids in the order of their first mark (the handout numbers its notes in that order).
 */
export function markMentions(
  root: DocumentFragment | Element,
  mentions: readonly { text: string; entityId: string }[],
  options: MarkOptions = {},
): { count: number; order: string[] } {
  const byText = new Map<string, string>();
  for (const m of mentions) {
    if (!m.text.trim() || byText.has(m.text)) continue;
    if (options.include && !options.include.has(m.entityId)) continue;
    byText.set(m.text, m.entityId);
  }
  const order: string[] = [];
  if (byText.size === 0) return { count: 0, order };
  const escaped = [...byText.keys()]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const seen = new Set<string>();
  let count = 0;
  for (const node of texts) {
    if (node.parentElement?.closest('mark')) continue;
    const value = node.data;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    let last = 0;
    const parts: Node[] = [];
    while ((match = pattern.exec(value))) {
      const entityId = byText.get(match[0]) ?? '';
      if (seen.has(entityId) && !options.everyMention) continue;
      if (!seen.has(entityId)) {
        seen.add(entityId);
        order.push(entityId);
      }
      if (match.index > last) parts.push(doc.createTextNode(value.slice(last, match.index)));
      const mark = doc.createElement('mark');
      mark.textContent = match[0];
      mark.dataset.entity = entityId;
      parts.push(mark);
      last = match.index + match[0].length;
      count++;
    }
    if (parts.length === 0) continue;
    if (last < value.length) parts.push(doc.createTextNode(value.slice(last)));
    node.replaceWith(...parts);
  }
  return { count, order };
}

/**
 * Numbers the marks: a superscript after each mark with its entity's note number (`numberOf`), linked to
 * the note on screen. Marks of an entity without a number lose their highlight.
 */
export function numberMarks(
  root: DocumentFragment | Element,
  numberOf: (entityId: string) => number | undefined,
): void {
  const doc = root.ownerDocument ?? document;
  for (const mark of Array.from(root.querySelectorAll<HTMLElement>('mark[data-entity]'))) {
    const n = numberOf(mark.dataset.entity ?? '');
    if (n === undefined) {
      mark.replaceWith(doc.createTextNode(mark.textContent ?? ''));
      continue;
    }
    mark.dataset.n = String(n);
    const sup = doc.createElement('sup');
    sup.className = 'ref';
    sup.textContent = String(n);
    mark.after(sup);
  }
}

const BLOCKS = 'p, li, blockquote, h2, h3, h4, h5, h6, pre, figcaption, dd, dt, td, th';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A teacher's note for the handout: the passage it is attached to and what the teacher wrote. */
export interface PassageNote {
  exact: string;
  prefix?: string;
  text: string;
}

export interface PlacedNotes<N> {
  /** Notes placed at their passage, in the order of the text, with the label each got ("T1"…). */
  placed: { note: N; label: string }[];
  /** Notes whose passage is not in the handout's copy of the article. */
  unplaced: N[];
}

/**
 * Puts each teacher's note at its passage: the passage gets a "T1" marker (wrapped where it lies in one text
 * node, else the marker ends its paragraph) and the note follows the paragraph (inside a list item or a
 * table cell, at its end). Notes are labelled in the order of their passages. Run before numberMarks (its
 * superscripts would break the passage text) and after markMentions (marks do not change the text).
 */
export function placeTeacherNotes<N extends PassageNote>(
  root: DocumentFragment | Element,
  notes: readonly N[],
  render: (note: N, label: string) => HTMLElement,
): PlacedNotes<N> {
  const doc = root.ownerDocument ?? document;
  const blocks = Array.from(root.querySelectorAll<HTMLElement>(BLOCKS));
  const found: { note: N; block: HTMLElement; at: number }[] = [];
  const unplaced: N[] = [];
  for (const note of notes) {
    const exact = squash(note.exact);
    const candidates = blocks.filter(
      (b) => squash(b.textContent ?? '').includes(exact) && !b.querySelector(BLOCKS)?.textContent?.includes(exact),
    );
    const prefix = squash(note.prefix ?? '').slice(-24);
    const block =
      (prefix && candidates.find((b) => squash(b.textContent ?? '').includes(`${prefix} ${exact}`))) ||
      (prefix && candidates.find((b) => squash(b.textContent ?? '').includes(`${prefix}${exact}`))) ||
      candidates[0];
    if (!block) {
      unplaced.push(note);
      continue;
    }
    found.push({ note, block, at: blocks.indexOf(block) });
  }
  found.sort((a, b) => a.at - b.at);
  const placed = found.map(({ note, block }, i) => {
    const label = `T${i + 1}`;
    const marker = doc.createElement('sup');
    marker.className = 'tn-ref';
    marker.textContent = label;
    if (!wrapPassage(block, note.exact, marker)) block.append(marker);
    const aside = render(note, label);
    if (block.matches('li, td, th, dd, dt')) block.append(aside);
    else block.after(aside);
    return { note, label };
  });
  return { placed, unplaced };
}

/** Wraps the passage in <span class="tn-passage"> followed by `marker`, where it lies inside one text node. */
function wrapPassage(block: HTMLElement, exact: string, marker: HTMLElement): boolean {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const passage = exact.trim();
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(passage);
    if (at === -1) continue;
    const rest = node.splitText(at);
    rest.splitText(passage.length);
    const span = doc.createElement('span');
    span.className = 'tn-passage';
    rest.replaceWith(span);
    span.append(rest);
    span.after(marker);
    return true;
  }
  return false;
}
