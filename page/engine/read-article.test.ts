import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractText, locate } from '../dom/extract';
import { findArticleRegion } from '../dom/region';
import { readArticle, readWhole } from './read-article';

const doc = (html: string) =>
  parseHTML(html.startsWith('<html') ? html : `<html>${html}</html>`).document as unknown as Document;
const para = (n: number) => `<p>${'Words of the article body that fill a paragraph. '.repeat(n)}</p>`;

describe('findArticleRegion', () => {
  it('prefers itemprop=articleBody', () => {
    const d = doc(
      `<body><nav>${para(3)}</nav><div itemprop="articleBody" id="body">${para(8)}</div><article>${para(12)}</article></body>`,
    );
    expect(findArticleRegion(d).id).toBe('body');
  });

  it('takes the article with the most paragraph text, ignoring teasers', () => {
    const d = doc(`<body><article id="teaser">${para(1)}</article><article id="main">${para(10)}</article></body>`);
    expect(findArticleRegion(d).id).toBe('main');
  });

  it('falls back to the densest block of paragraphs', () => {
    const d = doc(
      `<body><div id="menu"><p>Home</p><p>World</p></div><div id="story">${para(4)}${para(4)}</div><footer>${para(2)}</footer></body>`,
    );
    expect(findArticleRegion(d).id).toBe('story');
  });
});

describe('extractText', () => {
  it('reads text nodes, skips chrome and scripts, and marks block boundaries', () => {
    const d = doc(
      '<body><div id="r"><h1>Title</h1><p>One <a href="#">Volodymyr</a> Zelenskyy.</p><aside>Most read</aside><script>var x = "Trump";</script><p>Two</p></div></body>',
    );
    const region = extractText(d.getElementById('r') as Element);
    expect(region.text).toBe('TitleOne Volodymyr Zelenskyy.Two');
    expect(region.breaks).toEqual([0, 5, 29, 32]);
    const start = locate(region, 9);
    expect(start.node.data).toBe('Volodymyr');
    expect(start.offset).toBe(0);
    const end = locate(region, 18, true);
    expect(end.node.data).toBe('Volodymyr');
    expect(end.offset).toBe(9);
  });
});

describe('extractText with a limit', () => {
  it('stops once the limit is read and says so', () => {
    const d = doc(`<body><div id="r">${para(50)}${para(50)}</div></body>`);
    const root = d.getElementById('r') as Element;
    const full = extractText(root);
    const part = extractText(root, 100);
    expect(full.truncated).toBe(false);
    expect(part.truncated).toBe(true);
    expect(part.text.length).toBeGreaterThanOrEqual(100);
    expect(part.text.length).toBeLessThan(full.text.length);
    expect(full.text.startsWith(part.text)).toBe(true);
  });

  it('readWhole completes a limited read of the same region', () => {
    const d = doc(`<html><body><article>${para(50)}${para(50)}</article></body></html>`);
    const part = readArticle(d, null, 100);
    const whole = readWhole(part);
    expect(part.regionText.truncated).toBe(true);
    expect(whole.region).toBe(part.region);
    expect(whole.article.text).toBe(readArticle(d, null).article.text);
    expect(readWhole(whole)).toBe(whole);
  });
});

describe('readArticle', () => {
  it('finds the headline and date from metadata', () => {
    const d = doc(
      `<html><head><meta property="og:title" content="Headline here"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-28T18:00:00-05:00"}</script></head><body><article>${para(10)}</article></body></html>`,
    );
    const { article } = readArticle(d, null);
    expect(article.headline).toBe('Headline here');
    expect(article.articleDate).toBe('2025-02-28');
  });

  it('survives broken JSON-LD', () => {
    const d = doc(
      `<html><head><script type="application/ld+json">{oops</script><meta property="article:published_time" content="2025-05-01T08:00:00Z"></head><body><article>${para(10)}</article></body></html>`,
    );
    expect(readArticle(d, null).article.articleDate).toBe('2025-05-01');
  });
});
