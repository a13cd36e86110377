/** Finding the article region in a real browser's DOM (the node suite runs the same code on linkedom). */
import { afterEach, describe, expect, it } from 'vitest';
import { findArticleRegion, isSkipped } from './region';

const para = (n: number) => `<p>${'Words of the article body that fill a paragraph. '.repeat(n)}</p>`;
const mount = (html: string) => {
  document.body.innerHTML = html;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('findArticleRegion in Chromium', () => {
  it('prefers itemprop=articleBody over a longer <article>', () => {
    mount(`<nav>${para(3)}</nav><div itemprop="articleBody" id="body">${para(8)}</div><article>${para(12)}</article>`);
    expect(findArticleRegion(document).id).toBe('body');
  });

  it('ignores an articleBody inside a skipped subtree, and one too short to be the story', () => {
    mount(
      `<aside><div itemprop="articleBody">${para(8)}</div></aside><div itemprop="articleBody">short</div><article id="main">${para(8)}</article>`,
    );
    expect(findArticleRegion(document).id).toBe('main');
  });

  it('takes the <article> with the most paragraph text, skipping hidden, aria-hidden and navigation ones', () => {
    // (Each in a container of its own: sibling articles would make a live blog, below.)
    mount(
      `<div><article id="teaser">${para(2)}</article></div>` +
        `<div><article id="hidden" hidden>${para(20)}</article></div>` +
        `<div aria-hidden="true"><article id="offscreen">${para(20)}</article></div>` +
        `<div role="navigation"><article id="menu">${para(20)}</article></div>` +
        `<div><article id="main">${para(10)}</article></div>`,
    );
    expect(findArticleRegion(document).id).toBe('main');
  });

  it("counts only an article's own prose, not the asides and footers inside it", () => {
    mount(
      `<div><article id="a">${para(3)}<aside>${para(20)}</aside><footer>${para(20)}</footer></article></div>` +
        `<div><article id="b">${para(7)}</article></div>`,
    );
    expect(findArticleRegion(document).id).toBe('b');
  });

  it("takes a live blog's container when its sibling posts together hold much more text", () => {
    mount(
      `<main><div id="live"><article>${para(8)}</article><article>${para(7)}</article><article>${para(7)}</article></div></main>`,
    );
    expect(findArticleRegion(document).id).toBe('live');
  });

  it('falls back to the densest block of paragraphs, then to the body', () => {
    mount(
      `<div id="menu"><p>Home</p><p>World</p></div><div id="story">${para(4)}${para(4)}</div><footer>${para(9)}</footer>`,
    );
    expect(findArticleRegion(document).id).toBe('story');
    mount('<div><p>Nothing here is long enough to be an article.</p></div>');
    expect(findArticleRegion(document)).toBe(document.body);
  });

  it("never takes our own UI host's text (BACKSTORY-UI) or a form's", () => {
    const host = document.createElement('backstory-ui');
    expect(isSkipped(host)).toBe(true);
    mount(`<form><div id="comments">${para(20)}</div></form><section id="story">${para(8)}</section>`);
    expect(findArticleRegion(document).id).toBe('story');
  });
});
