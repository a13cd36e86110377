import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { changesArticleText, MIN_NEW_TEXT } from './article-changes';

const { document } = parseHTML(
  '<html><body><nav id="nav"></nav><article id="a"><p id="p">Opening.</p></article><aside id="ad"></aside></body></html>',
);
const article = document.getElementById('a') as unknown as Element;
const paragraph = (text: string) => {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
};
/** A MutationRecord as the observer would hand it over (linkedom has no MutationObserver). */
const added = (target: unknown, node: unknown) =>
  ({ type: 'childList', target, addedNodes: [node], removedNodes: [] }) as unknown as MutationRecord;
const long = 'The United States and Ukraine signed the minerals agreement on Wednesday in Washington.';

describe('changesArticleText', () => {
  it('takes a paragraph of new text in the article region as the article changing', () => {
    expect(long.length).toBeGreaterThanOrEqual(MIN_NEW_TEXT);
    expect(changesArticleText([added(article, paragraph(long))], article)).toBe(true);
  });

  it('ignores a ticking counter in the article and any change outside it', () => {
    expect(changesArticleText([added(article, paragraph('Markets update 12'))], article)).toBe(false);
    const ad = document.getElementById('ad');
    expect(changesArticleText([added(ad, paragraph(long))], article)).toBe(false);
    const script = document.createElement('script');
    script.textContent = long;
    expect(changesArticleText([added(article, script)], article)).toBe(false);
  });

  it('counts new text anywhere once the region has left the page (an app replaced it)', () => {
    const { document: doc } = parseHTML(
      '<html><body><div id="root"><article id="old">Loading</article></div></body></html>',
    );
    const old = doc.getElementById('old') as unknown as Element;
    const root = doc.getElementById('root');
    old.remove();
    const fresh = doc.createElement('article');
    fresh.textContent = long;
    expect(changesArticleText([added(root, fresh)], old)).toBe(true);
    expect(changesArticleText([added(root, fresh)], undefined)).toBe(true);
  });
});
