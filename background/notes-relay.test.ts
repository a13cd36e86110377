/**
 * The notes relay behind the sender policy: a content script's message goes to the notes frame in its
 * own tab (straight to the frame it names, else by broadcast), the frame's to its own tab's top
 * document; anything else, or a malformed envelope, is refused.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTES_DELIVER, NOTES_TO_FRAME, NOTES_TO_PAGE } from '../core/messages/notes-frame';
import { setupMessages } from './messages';
import { notesRelayRoutes } from './notes-relay';

const NONCE = '0f8fad5b-d9cb-469f-a165-70867728950e';
const PAGE = 'https://news.example/story-a';
const contentScript = (frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 3, windowId: 1, url: PAGE },
  frameId,
  url: PAGE,
});
const notesFrame = (tab = true) => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/notes-frame.html' as '/popup.html'),
  ...(tab ? { tab: { id: 3, windowId: 1, url: PAGE }, frameId: 7 } : {}),
});
const send = async (message: unknown, sender: object): Promise<unknown> => {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answer;
};

let toTab: ReturnType<typeof vi.fn>;
let broadcast: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  setupMessages(notesRelayRoutes());
  toTab = vi.fn(async () => undefined);
  broadcast = vi.fn(async () => undefined);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(toTab as never);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(broadcast as never);
});

describe('the notes relay', () => {
  it("carries a content script's message to the frame it names, in the sender's own tab", async () => {
    const message = { type: 'open' };
    expect(await send({ type: NOTES_TO_FRAME, nonce: NONCE, frameId: 7, message }, contentScript())).toEqual({
      ok: true,
    });
    expect(toTab).toHaveBeenCalledWith(3, { type: NOTES_DELIVER, nonce: NONCE, message }, { frameId: 7 });
    expect(broadcast).not.toHaveBeenCalled();
  });

  it('broadcasts when the frame is not known yet or not reachable by tab (Chrome)', async () => {
    toTab.mockRejectedValueOnce(new Error('no receiver'));
    await send({ type: NOTES_TO_FRAME, nonce: NONCE, frameId: 7, message: { type: 'open' } }, contentScript());
    await send({ type: NOTES_TO_FRAME, nonce: NONCE, message: { type: 'open' } }, contentScript());
    expect(broadcast).toHaveBeenCalledTimes(2);
    expect(broadcast).toHaveBeenCalledWith({ type: NOTES_DELIVER, nonce: NONCE, message: { type: 'open' } });
  });

  it("carries the frame's message to its own tab's top document, with the frame's id", async () => {
    const message = { type: 'notes-changed' };
    expect(await send({ type: NOTES_TO_PAGE, nonce: NONCE, message }, notesFrame())).toEqual({ ok: true });
    expect(toTab).toHaveBeenCalledWith(3, { type: NOTES_DELIVER, nonce: NONCE, frameId: 7, message }, { frameId: 0 });
  });

  it('refuses subframes, pages outside a tab, the wrong direction and malformed envelopes', async () => {
    expect(await send({ type: NOTES_TO_FRAME, nonce: NONCE, message: {} }, contentScript(2))).toEqual({ ok: false });
    expect(await send({ type: NOTES_TO_PAGE, nonce: NONCE, message: {} }, notesFrame(false))).toEqual({ ok: false });
    await expect(send({ type: NOTES_TO_PAGE, nonce: NONCE, message: {} }, contentScript())).rejects.toThrow(
      /not accepted from a content-script/,
    );
    await expect(send({ type: NOTES_TO_FRAME, nonce: 'guess', message: {} }, contentScript())).rejects.toThrow(
      /malformed \(nonce/,
    );
    await expect(
      send({ type: NOTES_TO_FRAME, nonce: NONCE, message: 'x'.repeat(2_000_001) }, contentScript()),
    ).rejects.toThrow(/too large/);
    expect(toTab).not.toHaveBeenCalled();
    expect(broadcast).not.toHaveBeenCalled();
  });
});
