/**
 * Loads the engine bundle into a frame whose gate asks (the page might be the story), the card UI
 * bundle into a story page's frame when its engine asks, and forwards the
 * mention-navigation commands (Alt+Shift+J / Alt+Shift+K) to the active tab's content scripts.
 */
import '../shared/zod';
import { z } from 'zod/mini';
import { CARD_UI_FILE, LOAD_UI, MENTION_NAV } from '../core/messages/card-ui';
import { ENGINE_FILE, LOAD_ENGINE } from '../core/messages/engine';
import type { Request } from '../core/messages/protocol';
import { type Route, route } from './messages';

/** The bundle each request loads. */
type BundleFile = typeof CARD_UI_FILE | typeof ENGINE_FILE;
const FILES = new Map<typeof LOAD_UI | typeof LOAD_ENGINE, BundleFile>([
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

const LoadSchema = <T extends string>(type: T) => z.object({ type: z.literal(type) });

/**
 * LOAD_ENGINE and LOAD_UI, from our content scripts only: the bundle goes into the sending frame of the
 * sending tab (both from `sender`, never from the message). `onLoadEngine` warms the analysis up (background/analysis.ts).
 */
export function uiInjectionRoutes(onLoadEngine: () => void = () => {}): Route[] {
  return [...FILES].map(([type, file]) =>
    route({
      type,
      from: ['content-script'],
      schema: LoadSchema(type),
      handle(_message, sender) {
        if (sender.kind !== 'content-script') return { ok: false };
        if (type === LOAD_ENGINE) onLoadEngine();
        return inject(file, sender.tabId, sender.frameId).then(
          () => ({ ok: true }),
          (error: unknown) => {
            console.error(`[Backstory] could not load ${file}`, error);
            return { ok: false, error: String(error) };
          },
        );
      },
    }),
  );
}

/** The mention-navigation commands. */
export function setupUiInjection(): void {
  browser.commands?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
    if (!direction) return;
    let tabId = tab?.id;
    if (tabId === undefined) tabId = (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const message: Request<typeof MENTION_NAV> = { type: MENTION_NAV, direction };
    await browser.tabs.sendMessage(tabId, message).catch(() => {
      // No content script in this tab (not a supported page): nothing to move through.
    });
  });
}
