/**
 * The annotator in a real browser, with the background's analysis stood in for by an injected Analyzer
 * that finds a few names in the text it is sent: a scan reads the article, paints CSS highlights over
 * the page's own text nodes, rescans when the article changes (not when the rest of the page does),
 * follows the reader's settings and clears everything on stop.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleText } from '../../core/analysis';
import { anchorPattern, hasAnchorHits } from '../../core/detect/prefilter';
import type { EntityKindCode } from '../../core/match/match-index';
import type { AnalysisReply, AnalyzedMention } from '../../core/messages/analysis';
import anchorGroups from '../../data/generated/anchors.json';
import type { Analyzer } from './analyzer';
import { Annotator } from './annotator';

const NAMES: { name: string; entityId: string; kind: EntityKindCode }[] = [
  { name: 'Volodymyr Zelensky', entityId: 'zelensky', kind: 'person' },
  { name: 'Scott Bessent', entityId: 'bessent', kind: 'person' },
  { name: 'Kyiv', entityId: 'kyiv', kind: 'place' },
];

/** Stands in for the background: every occurrence of the names above, and "the story" when asked. */
function fakeAnalyzer(isStory = true): Analyzer & { articles: ArticleText[] } {
  const anchors = anchorPattern(anchorGroups.groups);
  const articles: ArticleText[] = [];
  return {
    articles,
    mightBeStory: (text, headline) => hasAnchorHits(anchors, [headline, text]),
    async analyze(article) {
      articles.push(article);
      const mentions: AnalyzedMention[] = [];
      NAMES.forEach(({ name, entityId, kind }, entity) => {
        for (let at = article.text.indexOf(name); at !== -1; at = article.text.indexOf(name, at + 1))
          mentions.push({ entity, entityId, kind, start: at, end: at + name.length });
      });
      mentions.sort((a, b) => a.start - b.start);
      const reply: AnalysisReply = {
        storyId: 'minerals-deal',
        detection: { isStory, score: isStory ? 90 : 10, threshold: 50, evidence: [] },
        mentions,
      };
      return reply;
    },
  };
}

const filler = `<p>${'The agreement sets up a joint fund for the reconstruction. '.repeat(4)}</p>`;

function mountArticle(): HTMLElement {
  document.body.innerHTML =
    '<nav>Home · World · Kyiv</nav><div id="ad"></div>' +
    `<article id="story"><h1>Ukraine signs the minerals deal</h1>${filler}` +
    '<p>In Kyiv, <a href="#">Volodymyr Zelensky</a> welcomed the deal that Scott <b>Bessent</b> brought.</p>' +
    `${filler}<p>Ukraine's parliament must ratify it.</p></article>`;
  return document.getElementById('story') as HTMLElement;
}

/** Every range of every Backstory highlight, as text, by highlight name. */
function painted(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory-')) continue;
    out[name] = [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }
  return out;
}

let annotator: Annotator | undefined;

afterEach(() => {
  annotator?.stop();
  annotator = undefined;
  document.body.innerHTML = '';
});

describe('Annotator in Chromium', () => {
  it("scans the article and paints each mention over the page's own text, by kind", async () => {
    const story = mountArticle();
    const before = story.innerHTML;
    const analyzer = fakeAnalyzer();
    annotator = new Annotator(analyzer);
    annotator.start();
    const state = await annotator.settled();
    expect(state.status).toBe('done');
    expect(state.story?.id).toBe('minerals-deal');
    expect(state.mentions.map((m) => m.text)).toEqual(['Kyiv', 'Volodymyr Zelensky', 'Scott Bessent']);
    // The nav's "Kyiv" is outside the article region: never read, never painted.
    expect(painted()).toEqual({
      'backstory-place': ['Kyiv'],
      'backstory-person': ['Volodymyr Zelensky', 'Scott Bessent'],
    });
    // The analysis got the region's text with its headline and block breaks.
    expect(analyzer.articles).toHaveLength(1);
    expect(analyzer.articles[0]?.headline).toBe('Ukraine signs the minerals deal');
    expect(analyzer.articles[0]?.breaks.length).toBeGreaterThanOrEqual(4);
    // Nothing in the page was wrapped, split or edited.
    expect(story.innerHTML).toBe(before);
    // Hit-testing knows both text nodes "Scott Bessent" runs through.
    const target = annotator.getHitTarget();
    const scott = story.querySelector('b')?.previousSibling as Text;
    const bessent = story.querySelector('b')?.firstChild as Text;
    expect(target?.byNode.get(scott)).toContain(2);
    expect(target?.byNode.get(bessent)).toEqual([2]);
  });

  it('rescans when the article changes, and only then', async () => {
    const story = mountArticle();
    const analyzer = fakeAnalyzer();
    annotator = new Annotator(analyzer);
    annotator.start();
    await annotator.settled();
    // A change outside the article (an ad) on a story page: no new read.
    (document.getElementById('ad') as HTMLElement).textContent = 'Buy now: Kyiv tours';
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(analyzer.articles).toHaveLength(1);
    // The article grows (a live update): read again, the new mention painted.
    story.insertAdjacentHTML('beforeend', '<p>Later, Scott Bessent flew back from Kyiv.</p>');
    await expect.poll(() => analyzer.articles.length, { timeout: 1000, interval: 10 }).toBe(2);
    const state = await annotator.settled();
    expect(state.mentions.map((m) => m.text)).toEqual([
      'Kyiv',
      'Volodymyr Zelensky',
      'Scott Bessent',
      'Scott Bessent',
      'Kyiv',
    ]);
    await expect
      .poll(() => painted()['backstory-person'])
      .toEqual(['Volodymyr Zelensky', 'Scott Bessent', 'Scott Bessent']);
    expect(painted()['backstory-place']).toEqual(['Kyiv', 'Kyiv']);
  });

  it('paints nothing on a page that is not the story, and asks nothing of a page the prefilter stops', async () => {
    mountArticle();
    const notStory = fakeAnalyzer(false);
    annotator = new Annotator(notStory);
    annotator.start();
    const state = await annotator.settled();
    expect(state.story).toBeNull();
    expect(state.mentions).toEqual([]);
    expect(state.weighed).toMatchObject({ score: 10, threshold: 50 });
    expect(painted()).toEqual({});
    annotator.stop();

    document.body.innerHTML = `<article>${filler}${filler}<p>Kyiv once.</p></article>`;
    const analyzer = fakeAnalyzer();
    annotator = new Annotator(analyzer);
    annotator.start();
    expect((await annotator.settled()).story).toBeNull();
    expect(analyzer.articles).toEqual([]);
  });

  it("follows the reader's settings: kinds, first mention only, underline style, off", async () => {
    mountArticle();
    annotator = new Annotator(fakeAnalyzer());
    annotator.start();
    await annotator.settled();
    annotator.configure({ kinds: new Set<EntityKindCode>(['place']) });
    expect(painted()).toEqual({ 'backstory-place': ['Kyiv'] });
    annotator.configure({ kinds: null, style: 'solid' });
    expect(painted()).toEqual({
      'backstory-solid-place': ['Kyiv'],
      'backstory-solid-person': ['Volodymyr Zelensky', 'Scott Bessent'],
    });
    annotator.configure({ off: 'site' });
    expect(painted()).toEqual({});
    expect(annotator.getState()).toMatchObject({ off: 'site', story: null, mentions: [] });
    expect(annotator.getHitTarget()).toBeNull();
  });

  it('skips a mention whose text changed while the analysis ran, and clears everything on stop', async () => {
    const story = mountArticle();
    const analyzer = fakeAnalyzer();
    const slow: Analyzer = {
      mightBeStory: analyzer.mightBeStory,
      analyze: async (article) => {
        const reply = await analyzer.analyze(article);
        // The page rewrites "Volodymyr Zelensky" in place before the answer arrives.
        const link = story.querySelector('a')?.firstChild as Text;
        if (link.data !== 'President Zelenskyy') link.data = 'President Zelenskyy';
        return reply;
      },
    };
    annotator = new Annotator(slow);
    annotator.start();
    await annotator.settled();
    expect(painted()['backstory-person']).toEqual(['Scott Bessent']);
    annotator.stop();
    expect(painted()).toEqual({});
    expect(annotator.getMentions()).toEqual([]);
  });
});
