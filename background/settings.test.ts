/**
 * Settings for content scripts, which no longer read storage.local: asked of the background, pushed by
 * it to every tab when they change, and the card's site switch stored by it for the sender's own site.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DISABLE_SITE, ENABLE_SITE, SETTINGS_CHANGED, SETTINGS_REQUEST } from '../core/messages/settings';
import { DEFAULT_SETTINGS, LEGACY_DISABLED_KEY, SETTINGS_KEY } from '../core/settings';
import { setupMessages } from './messages';
import { setupContentSettings } from './settings';

/** Our content script in a frame of a tab showing `url` (the frame's own address: `frameUrl`). */
const contentScript = (url: string, frameUrl = url, frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 3, windowId: 1, url },
  frameId,
  url: frameUrl,
});
const optionsPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

const send = async (message: unknown, sender: object): Promise<unknown> => {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answer;
};
const disabledSites = async () =>
  ((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as typeof DEFAULT_SETTINGS).sites.disabled;

let sent: { tabId: number; message: unknown }[];
let setAccessLevel: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  sent = [];
  const tabs = fakeBrowser.tabs as unknown as Record<string, unknown>;
  tabs.query = vi.fn(async () => [{ id: 3 }, { id: 4 }, {}]);
  tabs.sendMessage = vi.fn(async (tabId: number, message: unknown) => {
    sent.push({ tabId, message });
    // Tab 4 has no content script of ours.
    if (tabId === 4) throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  setAccessLevel = vi.fn(async () => {});
  (fakeBrowser.storage.local as unknown as Record<string, unknown>).setAccessLevel = setAccessLevel;
  await fakeBrowser.storage.local.set({
    [SETTINGS_KEY]: structuredClone(DEFAULT_SETTINGS),
    notes: { 'https://other.example/a': [{ id: 'n1', text: 'private' }] },
  });
  setupMessages(setupContentSettings());
});

describe('settings for content scripts', () => {
  it('closes storage.local to content scripts where the browser can (Chrome)', () => {
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('starts all the same where it cannot (Firefox has no setAccessLevel)', async () => {
    fakeBrowser.reset();
    delete (fakeBrowser.storage.local as unknown as Record<string, unknown>).setAccessLevel;
    setupMessages(setupContentSettings());
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: structuredClone(DEFAULT_SETTINGS) });
    const answer = await send({ type: SETTINGS_REQUEST }, contentScript('https://apnews.com/article/x'));
    expect(answer).toEqual({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
  });

  it('gives a content script the settings keys and nothing else', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_DISABLED_KEY]: ['old.example'] });
    const answer = await send({ type: SETTINGS_REQUEST }, contentScript('https://apnews.com/article/x'));
    expect(answer).toEqual({ [SETTINGS_KEY]: DEFAULT_SETTINGS, [LEGACY_DISABLED_KEY]: ['old.example'] });
  });

  it('answers only content scripts', async () => {
    await expect(send({ type: SETTINGS_REQUEST }, optionsPage())).rejects.toThrow(/not accepted from a extension-page/);
    await expect(send({ type: DISABLE_SITE }, optionsPage())).rejects.toThrow(/not accepted/);
  });

  it('pushes changed settings to every tab, a removed key as null, and nothing for other keys', async () => {
    const paused = { ...structuredClone(DEFAULT_SETTINGS), paused: true };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: paused });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { tabId: 3, message: { type: SETTINGS_CHANGED, changes: { [SETTINGS_KEY]: paused } } },
      { tabId: 4, message: { type: SETTINGS_CHANGED, changes: { [SETTINGS_KEY]: paused } } },
    ]);
    sent.length = 0;
    await fakeBrowser.storage.local.set({ notes: {} });
    await fakeBrowser.storage.local.remove(SETTINGS_KEY);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent.map((s) => s.message)).toEqual([
      { type: SETTINGS_CHANGED, changes: { [SETTINGS_KEY]: null } },
      { type: SETTINGS_CHANGED, changes: { [SETTINGS_KEY]: null } },
    ]);
  });

  it("turns off the sender frame's own site (without www.), whatever the message names", async () => {
    const sender = contentScript('https://www.apnews.com/article/x');
    expect(await send({ type: DISABLE_SITE, host: 'evil.example' }, sender)).toEqual({ ok: true });
    expect(await disabledSites()).toEqual(['apnews.com']);
    // Its Undo turns the site back on.
    expect(await send({ type: ENABLE_SITE }, sender)).toEqual({ ok: true });
    expect(await disabledSites()).toEqual([]);
  });

  it('a subframe turns off its own site, not the top frame’s', async () => {
    const sender = contentScript('https://www.apnews.com/article/x', 'https://embed.reuters.com/live', 2);
    expect(await send({ type: DISABLE_SITE }, sender)).toEqual({ ok: true });
    expect(await disabledSites()).toEqual(['embed.reuters.com']);
  });
});
