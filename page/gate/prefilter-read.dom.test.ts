/** The gate's one look, in a real browser: the region it finds and the prefilter's verdict on its prose. */
import { afterEach, describe, expect, it } from 'vitest';
import { anchorPattern, PREFILTER_TEXT_LIMIT } from '../../core/detect/prefilter';
import anchorGroups from '../../data/generated/anchors.json';
import { lookAtPage } from './prefilter-read';

const mightBeStoryPage = (doc: Document, a: typeof anchors) => lookAtPage(doc, a).passed;

const anchors = anchorPattern(anchorGroups.groups);
const filler = (n: number) => `<p>${'Markets were calm and the weather was mild for the season. '.repeat(n)}</p>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('lookAtPage in Chromium', () => {
  it('passes a page whose article names Ukraine twice, and hands over the region it found', () => {
    document.body.innerHTML = `<nav>Home World</nav><article id="story"><h1>Minerals deal</h1>${filler(3)}<p>Ukraine and the United States signed the deal in Kyiv.</p>${filler(3)}</article>`;
    const look = lookAtPage(document, anchors);
    expect(look.passed).toBe(true);
    expect(look.region.id).toBe('story');
    expect(look.chars).toBe(look.region.textContent?.length);
  });

  it('counts the headline: one mention there and one in the text pass', () => {
    document.body.innerHTML = `<article><h1>Zelensky in Washington</h1>${filler(3)}<p>The president of Ukraine spoke.</p>${filler(3)}</article>`;
    expect(mightBeStoryPage(document, anchors)).toBe(true);
    document.body.innerHTML = `<article><h1>Markets today</h1>${filler(3)}<p>The president of Ukraine spoke.</p>${filler(3)}</article>`;
    expect(mightBeStoryPage(document, anchors)).toBe(false);
  });

  it('stops a page that names Ukraine once, and never counts script or style text', () => {
    document.body.innerHTML = `<article id="a">${filler(4)}<p>A word on Ukraine.</p><script type="application/json">{"tags":["Ukraine","Kyiv","Zelensky"]}</script><style>.ukraine{}</style>${filler(3)}</article>`;
    const look = lookAtPage(document, anchors);
    expect(look.region.id).toBe('a');
    expect(look.passed).toBe(false);
  });

  it('reads asides and menus inside the region too (looser than the engine, never stricter)', () => {
    document.body.innerHTML = `<article>${filler(4)}<p>Ukraine was named once in the text.</p><aside>Most read: Kyiv</aside>${filler(3)}</article>`;
    expect(mightBeStoryPage(document, anchors)).toBe(true);
  });

  it('reads a long region only so far (about twice the prefilter limit)', () => {
    const long = `<p>${'Nothing but filler text here. '.repeat(200)}</p>`.repeat(30);
    document.body.innerHTML = `<article>${long}<p>Ukraine, Ukraine, Kyiv.</p></article>`;
    const look = lookAtPage(document, anchors);
    expect(look.passed).toBe(false);
    expect(look.chars).toBeGreaterThanOrEqual(2 * PREFILTER_TEXT_LIMIT);
    expect(look.chars).toBeLessThan(2 * PREFILTER_TEXT_LIMIT + 7000);
  });

  it('reads the text that a script rendered into the page, which is what a real page is', () => {
    const article = document.createElement('article');
    document.body.append(article);
    for (let i = 0; i < 4; i++) article.insertAdjacentHTML('beforeend', filler(2));
    article.append(
      Object.assign(document.createElement('p'), { textContent: 'Kyiv and Washington agreed; Ukraine signed.' }),
    );
    expect(mightBeStoryPage(document, anchors)).toBe(true);
  });
});
