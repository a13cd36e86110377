/**
 * Loads the engine bundle into a frame whose gate asks (the page might be the story), the card UI
 * bundle into a story page's frame when its engine asks, and forwards the
 * mention-navigation commands (Alt+Shift+J / Alt+Shift+K) to the active tab's content scripts.
 */
import type { Browser } from 'wxt/browser';
import { CARD_UI_FILE, LOAD_UI, MENTION_NAV, type MentionNavMessage } from '../core/messages/card-ui';
import { ENGINE_FILE, LOAD_ENGINE } from '../core/messages/engine';

type MessageSender = Browser.runtime.MessageSender;

/** The bundle each request loads. */
type BundleFile = typeof CARD_UI_FILE | typeof ENGINE_FILE;
const FILES = new Map<string, BundleFile>([
  [LOAD_UI, CARD_UI_FILE],
  [LOAD_ENGINE, ENGINE_FILE],
]);

async function inject(file: BundleFile, tabId: number, frameId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return;
  }
  // Firefox MV2 without the scripting namespace.
  await (
    browser.tabs as unknown as {
      executeScript(tabId: number, details: { file: string; frameId: number }): Promise<unknown>;
    }
  ).executeScript(tabId, { file, frameId });
}

export function setupUiInjection(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    const type = (message as { type?: string } | null)?.type;
    const file = type ? FILES.get(type) : undefined;
    const tabId = sender.tab?.id;
    if (!file || tabId === undefined) return undefined;
    return inject(file, tabId, sender.frameId ?? 0).then(
      () => ({ ok: true }),
      (error: unknown) => {
        console.error(`[Backstory] could not load ${file}`, error);
        return { ok: false, error: String(error) };
      },
    );
  });

  browser.commands?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
    if (!direction) return;
    let tabId = tab?.id;
    if (tabId === undefined) tabId = (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const message: MentionNavMessage = { type: MENTION_NAV, direction };
    await browser.tabs.sendMessage(tabId, message).catch(() => {
      // No content script in this tab (not a supported page): nothing to move through.
    });
  });
}
