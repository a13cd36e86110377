/**
 * Opening and closing the sidebar: Chrome's side panel (chrome.sidePanel, which the polyfill lacks)
 * or Firefox's sidebar (browser.sidebarAction). Reached from the 'toggle-sidebar' command, the context
 * menu, the popup, and `{ type: 'backstory:open-sidebar', entityId? }` from the hover card.
 *
 * chrome.sidePanel.open needs a user gesture, which lasts only for the synchronous part of the event
 * handler: every path below calls it before awaiting anything.
 */
import '../shared/zod';
import type { Browser } from 'wxt/browser';
import { z } from 'zod/mini';
import {
  OPEN_SIDEBAR,
  SIDEBAR_CLOSE,
  SIDEBAR_PORT,
  SIDEBAR_SELECT,
  SIDEBAR_TAKE_PENDING,
} from '../core/messages/sidebar';
import { send } from '../core/messages/transport';
import { chromeSidePanel, firefoxSidebar } from '../shared/sidebar-api';
import { type Route, route } from './messages';

export const TOGGLE_COMMAND = 'toggle-sidebar';
export const MENU_ID = 'backstory-open-sidebar';

type Tab = Browser.tabs.Tab;

/**
 * Opens the sidebar for a window. Call it synchronously from a user gesture (a click in the popup
 * may call it directly). Resolves false when the browser refused.
 */
export function openSidebarPanel(target: { windowId?: number; tabId?: number }): Promise<boolean> {
  const panel = chromeSidePanel();
  let opening: Promise<void> | undefined;
  try {
    if (panel) {
      if (target.windowId !== undefined) opening = panel.open({ windowId: target.windowId });
      else if (target.tabId !== undefined) opening = panel.open({ tabId: target.tabId });
    } else opening = firefoxSidebar()?.open();
  } catch (error) {
    opening = Promise.reject(error);
  }
  if (!opening) return Promise.resolve(false);
  return opening.then(
    () => true,
    (error) => {
      console.warn('[Backstory] could not open the sidebar', error);
      return false;
    },
  );
}

/** The sidebar's listeners; returns its message routes (OPEN_SIDEBAR, SIDEBAR_TAKE_PENDING) for background/messages.ts. */
export function setupSidebar(): Route[] {
  /** Windows whose side panel is showing (each holds a port open). */
  const openIn = new Map<number, number>();
  /** Entity to select when the sidebar for a tab starts, set by "More in the sidebar". */
  const pending = new Map<number, string>();

  browser.runtime.onConnect.addListener((port) => {
    if (!port.name.startsWith(`${SIDEBAR_PORT}:`)) return;
    const windowId = Number(port.name.slice(SIDEBAR_PORT.length + 1));
    if (!Number.isInteger(windowId)) return;
    openIn.set(windowId, (openIn.get(windowId) ?? 0) + 1);
    port.onDisconnect.addListener(() => {
      const n = (openIn.get(windowId) ?? 1) - 1;
      if (n > 0) openIn.set(windowId, n);
      else openIn.delete(windowId);
    });
  });

  const toggle = (tab: Tab | undefined) => {
    const panel = chromeSidePanel();
    if (!panel) {
      // Firefox: the sidebar knows whether it is open.
      firefoxSidebar()
        ?.toggle()
        .catch((error: unknown) => console.warn('[Backstory] sidebar toggle', error));
      return;
    }
    const windowId = tab?.windowId;
    if (windowId !== undefined && openIn.has(windowId)) {
      if (panel.close) void panel.close({ windowId }).catch(() => closeByMessage(windowId));
      else closeByMessage(windowId);
      return;
    }
    void openSidebarPanel({ windowId, tabId: tab?.id });
  };

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_COMMAND) toggle(tab);
  });

  if (browser.contextMenus) {
    const action = browser.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action';
    browser.contextMenus.create(
      // The browser's language (a context menu item is the browser's UI): the same message tables.
      {
        id: MENU_ID,
        title: browser.i18n.getMessage('ctxOpenSidebar'),
        contexts: ['page', 'selection', 'link', action],
      },
      // Already there (the service worker restarted): fine.
      () => void browser.runtime.lastError,
    );
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === MENU_ID) void openSidebarPanel({ windowId: tab?.windowId, tabId: tab?.id });
    });
  }

  const entityId = z.optional(z.string().check(z.minLength(1), z.maxLength(80)));
  const id = z.optional(z.int().check(z.minimum(0)));
  return [
    route({
      type: OPEN_SIDEBAR,
      from: ['content-script', 'extension-page'],
      schema: z.object({ type: z.literal(OPEN_SIDEBAR), entityId, tabId: id, windowId: id }),
      handle(message, sender) {
        // A content script opens the sidebar for its own tab only; an extension page (the popup) names it.
        const named = sender.kind === 'extension-page';
        const tabId = (named ? message.tabId : undefined) ?? sender.tabId;
        const windowId = (named ? message.windowId : undefined) ?? sender.windowId;
        const opened = openSidebarPanel({ windowId, tabId });
        if (tabId !== undefined && message.entityId) {
          pending.set(tabId, message.entityId);
          // A sidebar that is already open selects it now.
          send({ type: SIDEBAR_SELECT, tabId, entityId: message.entityId }).catch(() => {});
        }
        return opened.then((ok) => ({ opened: ok }));
      },
    }),
    route({
      type: SIDEBAR_TAKE_PENDING,
      from: ['extension-page'],
      schema: z.object({ type: z.literal(SIDEBAR_TAKE_PENDING), tabId: z.int() }),
      handle(message) {
        const entityId = pending.get(message.tabId) ?? null;
        pending.delete(message.tabId);
        return { entityId };
      },
    }),
  ];
}

function closeByMessage(windowId: number): void {
  send({ type: SIDEBAR_CLOSE, windowId }).catch(() => {});
}
