import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Engine } from '../core/engine';
import type { MatchIndex } from '../core/match/match-index';
import { ANALYZE, type AnalysisReply } from '../core/messages/analysis';
import matchIndexJson from '../data/generated/match-index.json?raw';
import { setupAnalysis } from './analysis';

type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

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
    setupAnalysis();
  });

  it("answers our content scripts with the engine's detection and mentions, ids and kinds resolved", async () => {
    const reply = (await listener({ type: ANALYZE, article }, { id: fakeBrowser.runtime.id })) as AnalysisReply;
    const index = JSON.parse(matchIndexJson) as MatchIndex;
    const direct = new Engine(index).analyze(article);
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

  it('refuses a malformed request and ignores other senders and other messages', async () => {
    const bad = { type: ANALYZE, article: { ...article, text: 42 } };
    await expect(listener(bad, { id: fakeBrowser.runtime.id })).rejects.toThrow('malformed');
    expect(listener({ type: ANALYZE, article }, { id: 'another-extension' })).toBeUndefined();
    expect(listener({ type: 'backstory:something-else' }, { id: fakeBrowser.runtime.id })).toBeUndefined();
  });
});
