/**
 * Finds the article region: the element holding the story's text, without navigation, related links
 * or footers. Plain DOM API only, so the command line can run it on linkedom.
 */

/** Subtrees that are never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SVG',
  'svg',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SELECT',
  'OPTION',
  'INPUT',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'BACKSTORY-UI',
]);
const SKIPPED_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'dialog']);

/** Whether an element's subtree is chrome rather than article text (`tag`: its tagName, if read already). */
export function isSkipped(el: Element, tag = el.tagName): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

const MIN_ARTICLE_TEXT = 300;

/** Text length of the paragraphs inside an element that are not in skipped subtrees. */
function paragraphText(root: Element): number {
  let total = 0;
  const memo = new Map<Element, boolean>();
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (insideSkipped(p, root, memo)) continue;
    total += (p.textContent ?? '').length;
  }
  return total;
}

/**
 * Whether `el` or an ancestor below `stop` is skipped. `memo` (one per `stop`) remembers the answer for
 * every element on the way up, so thousands of paragraphs in the same containers climb each once.
 */
function insideSkipped(el: Element, stop: Element, memo?: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let skipped = false;
  for (let n: Element | null = el; n && n !== stop; n = n.parentElement) {
    const known = memo?.get(n);
    if (known !== undefined) {
      skipped = known;
      break;
    }
    path.push(n);
    if (isSkipped(n)) {
      skipped = true;
      break;
    }
  }
  if (memo) for (const n of path) memo.set(n, skipped);
  return skipped;
}

export function findArticleRegion(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const marked = doc.querySelector('[itemprop="articleBody"], [itemprop="articlebody"]');
  if (marked && !insideSkipped(marked, body) && (marked.textContent ?? '').length >= MIN_ARTICLE_TEXT) return marked;

  let best: Element | null = null;
  let bestText = 0;
  const memo = new Map<Element, boolean>();
  for (const article of Array.from(doc.querySelectorAll('article'))) {
    if (insideSkipped(article, body, memo)) continue;
    const text = paragraphText(article);
    if (text > bestText) {
      best = article;
      bestText = text;
    }
  }
  if (best && bestText >= MIN_ARTICLE_TEXT) return liveBlogContainer(best, bestText) ?? best;
  return densestBlock(body) ?? body;
}

/**
 * Live blogs put each post in its own <article>: when the best article has sibling articles that
 * together hold much more text, the region is their container.
 */
function liveBlogContainer(best: Element, bestText: number): Element | null {
  const parent = best.parentElement;
  if (!parent) return null;
  let total = 0;
  let count = 0;
  for (const child of Array.from(parent.children)) {
    if (child.tagName !== 'ARTICLE') continue;
    count++;
    total += paragraphText(child);
  }
  return count >= 2 && total >= bestText * 1.5 ? parent : null;
}

/** The element whose direct paragraphs hold the most text (a small version of Readability's idea). */
function densestBlock(body: Element): Element | null {
  const scores = new Map<Element, number>();
  const memo = new Map<Element, boolean>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const length = (p.textContent ?? '').trim().length;
    if (length < 40 || insideSkipped(p, body, memo)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand && grand !== body) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return bestScore >= MIN_ARTICLE_TEXT ? best : null;
}
