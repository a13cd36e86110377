/**
 * What the Ukrainian-interface suites (ukrainian.e2e.ts in Chromium, ukrainian-firefox.e2e.ts) look for.
 */

/** A long Ukrainian date, "28 лютого 2025 р.", or a span of two. */
export const UK_DATE = /^\d{1,2} [а-щьюяєіїґ']+ \d{4} р\.( – \d{1,2} [а-щьюяєіїґ']+ \d{4} р\.)?$/;

/**
 * English interface words on a page: Latin words in rendered text (visually hidden text included, what a
 * closed <details> hides not) and in aria-label / placeholder / title attributes, outside elements
 * marked lang="en" (dataset text) and outside the article's own headline. Runs in the page.
 */
export function englishWords(): string[] {
  // The extension's name, file formats, and names Ukrainian writes in Latin letters (Fox News).
  const allowed = new Set(['Backstory', 'JSON', 'CSV', 'Markdown', 'APA', 'Fox', 'News']);
  const found: string[] = [];
  const skip = (el: Element | null) => !el || el.closest('[lang="en"], script, style, .page-title') !== null;
  const check = (text: string, where: Element, what: string) => {
    // Site names (apnews.com) are written as they are in every language.
    for (const word of text.replace(/\b[a-z0-9-]+(\.[a-z0-9-]+)+\b/g, ' ').match(/[A-Za-z]{2,}/g) ?? [])
      if (!allowed.has(word))
        found.push(
          `${word} (${what} of <${where.tagName.toLowerCase()} class="${where.className}">: ${text.trim().slice(0, 80)})`,
        );
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (skip(el) || !el?.checkVisibility()) continue;
    check(node.textContent ?? '', el, 'text');
  }
  for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]'))
    for (const attr of ['aria-label', 'placeholder', 'title']) {
      const value = el.getAttribute(attr);
      // A title holding dataset text (an entity's summary) says so by the element's language.
      if (value && !skip(el) && !(attr === 'title' && el.hasAttribute('data-entity-id'))) check(value, el, attr);
    }
  return found;
}
