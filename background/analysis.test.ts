import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StoryAnalyzer } from '../core/analysis';
import type { MatchIndex } from '../core/match/match-index';
import { ANALYZE, type AnalysisReply } from '../core/messages/analysis';
import matchIndexJson from '../data/generated/match-index.json?raw';
import { analysisRoutes } from './analysis';
import { setupMessages } from './messages';

type Listener = (message: unknown, sender: object) => Promise<unknown> | undefined;

/** Our content script in the top frame of a news page. */
const page = () => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 4, url: 'https://news.example/a' },
  frameId: 0,
  url: 'https://news.example/a',
});

const TEXT =
  'Volodymyr Zelenskyy left the White House on February 28, 2025 without signing the minerals deal. ' +
  'Donald Trump and JD Vance had told Ukraine\'s president in the Oval Office that he was "gambling with World War Three". ' +
  'Zelenskyy wanted security guarantees for Ukraine; the minerals agreement was signed on April 30 by Scott Bessent and Yulia Svyrydenko.';
const article = {
  text: TEXT,
  breaks: [],
  headline: 'Zelenskyy and Trump clash over the Ukraine minerals deal',
  articleDate: '2025-03-01',
};

describe('background analysis', () => {
  let listener: Listener;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => {
      listener = l as unknown as Listener;
    });
    setupMessages(analysisRoutes());
  });

  it("answers our content scripts with the engine's detection and mentions, ids and kinds resolved", async () => {
    const reply = (await listener({ type: ANALYZE, article }, page())) as AnalysisReply;
    const index = JSON.parse(matchIndexJson) as MatchIndex;
    const direct = new StoryAnalyzer(index).analyze(article);
    expect(reply.detection).toEqual(direct.detection);
    expect(reply.storyId).toBe(index.storyId);
    expect(reply.mentions.length).toBeGreaterThan(5);
    expect(reply.mentions).toEqual(
      direct.mentions.map((m) => ({
        entity: m.entity,
        entityId: index.entities[m.entity]?.id,
        kind: index.entities[m.entity]?.kind,
        start: m.start,
        end: m.end,
      })),
    );
    expect(reply.mentions.map((m) => m.entityId)).toContain('volodymyr-zelenskyy');
  });

  it('refuses a malformed or oversized request, and ignores other senders', async () => {
    const bad = { type: ANALYZE, article: { ...article, text: 42 } };
    await expect(listener(bad, page())).rejects.toThrow('malformed');
    const huge = { type: ANALYZE, article: { ...article, text: 'a'.repeat(1_000_001) } };
    await expect(listener(huge, page())).rejects.toThrow('malformed (article.text');
    const negative = { type: ANALYZE, article: { ...article, breaks: [-1] } };
    await expect(listener(negative, page())).rejects.toThrow('malformed');
    expect(listener({ type: ANALYZE, article }, { ...page(), id: 'another-extension' })).toBeUndefined();
    await expect(listener({ type: 'backstory:something-else' }, page())).rejects.toThrow('unknown message type');
  });

  it('analyses for content scripts only, not for extension pages', async () => {
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    await expect(listener({ type: ANALYZE, article }, popup)).rejects.toThrow('not accepted from a extension-page');
  });
});
