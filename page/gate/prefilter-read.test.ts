/**
 * The gate's read (`lookAtPage`) must never turn away a page the analysis's own prefilter would
 * let through, on every fixture page; and it must stop pages that never name Ukraine twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorSource, StoryAnalyzer } from '../../core/analysis';
import { anchorPattern, PREFILTER_TEXT_LIMIT } from '../../core/detect/prefilter';
import { compileMatchIndex } from '../../core/match/compile';
import { rawDataset } from '../../data/index';
import { parseDataset } from '../../data/validate';
import { headlineOf, headlineOnly, metaIndex } from '../dom/metadata';
import { findArticleRegion } from '../dom/region';
import { readArticle } from '../engine/read-article';
import { lookAtPage } from './prefilter-read';

const parsed = parseDataset(rawDataset);
if (!parsed.ok) throw new Error('dataset invalid');
const index = compileMatchIndex(parsed.dataset);
const analyzer = new StoryAnalyzer(index);
const anchors = anchorPattern(anchorSource(index));
const dir = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages');
// Pages whose own script renders the article have nothing to read without a browser (e2e covers them).
const manifest = (
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    file: string;
    story: boolean;
    scriptRendered?: boolean;
  }[]
).filter((entry) => !entry.scriptRendered);
const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('lookAtPage', () => {
  it.each(manifest)('agrees with or is looser than the analysis prefilter on $file', ({ file, story }) => {
    const d = doc(readFileSync(join(dir, file), 'utf8'));
    const { article } = readArticle(d, null, PREFILTER_TEXT_LIMIT);
    const gate = lookAtPage(d, anchors).passed;
    if (analyzer.mightBeStory(article.text, article.headline)) expect(gate).toBe(true);
    if (story) expect(gate).toBe(true);
  });

  it('stops a page that names Ukraine once', () => {
    const d = doc(
      `<html><head><title>Markets</title></head><body><article><p>${'Shares rose on Tuesday as trading resumed. '.repeat(20)} Wheat from Ukraine was steady.</p></article></body></html>`,
    );
    expect(lookAtPage(d, anchors).passed).toBe(false);
  });

  it('does not count script or style text inside the article', () => {
    const d = doc(
      `<html><head><title>Markets</title></head><body><article><p>${'Shares rose on Tuesday as trading resumed. '.repeat(20)}</p><script>var related = ["Ukraine", "Kyiv", "Zelensky"];</script><style>.ukraine{}</style></article></body></html>`,
    );
    expect(lookAtPage(d, anchors).passed).toBe(false);
  });

  it('finds anchors in any letter case, with and without code in the article', () => {
    const prose = `<p>${'The visit was short. '.repeat(20)} UKRAINE's delegation left <b>KYIV</b>.</p>`;
    const plain = doc(`<html><body><article>${prose}</article></body></html>`);
    const withCode = doc(`<html><body><article>${prose}<script>var x = 1;</script></article></body></html>`);
    expect(lookAtPage(plain, anchors).passed).toBe(true);
    expect(lookAtPage(withCode, anchors).passed).toBe(true);
  });

  it('counts the headline and the article body together', () => {
    const d = doc(
      `<html><head><meta property="og:title" content="Zelenskyy in Washington"></head><body><article><p>${'The visit was short. '.repeat(20)} Ukraine's delegation left.</p></article></body></html>`,
    );
    expect(lookAtPage(d, anchors).passed).toBe(true);
  });
});

describe('headlineOnly', () => {
  it.each(manifest)('finds the same headline as headlineOf on $file', ({ file }) => {
    const d = doc(readFileSync(join(dir, file), 'utf8'));
    const region = findArticleRegion(d);
    expect(headlineOnly(d, region)).toBe(headlineOf(d, region, metaIndex(d)));
  });

  it.each([
    ['og:title by name, after an empty one', '<meta property="og:title" content=""><meta name="og:title" content="B">'],
    ['twitter:title when og:title is missing', '<meta name="twitter:title" content="T"><title>Page</title>'],
    ['the h1 when there is no meta', '<title>Page</title>'],
    ['the title when there is no h1', '<title> Page title </title>'],
  ])('agrees on %s', (_, head) => {
    const d = doc(`<html><head>${head}</head><body><article><p>Text.</p></article></body></html>`);
    const region = findArticleRegion(d);
    expect(headlineOnly(d, region)).toBe(headlineOf(d, region, metaIndex(d)));
  });
});
