/**
 * Opening and closing the sidebar: Chrome's side panel (chrome.sidePanel, which the polyfill lacks)
 * or Firefox's sidebar (browser.sidebarAction). Reached from the 'toggle-sidebar' command, the context
 * menu, the popup, and `{ type: 'backstory:open-sidebar', entityId? }` from the hover card.
 *
 * chrome.sidePanel.open needs a user gesture, which lasts only for the synchronous part of the event
 * handler: every path below calls it before awaiting anything.
 */
import type { Browser } from 'wxt/browser';
import {
  isMessage,
  OPEN_SIDEBAR,
  SIDEBAR_CLOSE,
  SIDEBAR_PORT,
  SIDEBAR_SELECT,
  SIDEBAR_TAKE_PENDING,
} from '../core/messages/sidebar';
import { chromeSidePanel, firefoxSidebar } from '../shared/sidebar-api';

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

export function setupSidebar(): void {
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
      { id: MENU_ID, title: 'Open Backstory sidebar', contexts: ['page', 'selection', 'link', action] },
      // Already there (the service worker restarted): fine.
      () => void browser.runtime.lastError,
    );
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === MENU_ID) void openSidebarPanel({ windowId: tab?.windowId, tabId: tab?.id });
    });
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isMessage(message, OPEN_SIDEBAR)) {
      const tabId = typeof message.tabId === 'number' ? message.tabId : sender.tab?.id;
      const windowId = typeof message.windowId === 'number' ? message.windowId : sender.tab?.windowId;
      const entityId = typeof message.entityId === 'string' ? message.entityId : undefined;
      const opened = openSidebarPanel({ windowId, tabId });
      if (tabId !== undefined && entityId) {
        pending.set(tabId, entityId);
        // A sidebar that is already open selects it now.
        browser.runtime.sendMessage({ type: SIDEBAR_SELECT, tabId, entityId }).catch(() => {});
      }
      return opened.then((ok) => ({ opened: ok }));
    }
    if (isMessage(message, SIDEBAR_TAKE_PENDING) && typeof message.tabId === 'number') {
      const entityId = pending.get(message.tabId) ?? null;
      pending.delete(message.tabId);
      return Promise.resolve({ entityId });
    }
    return undefined;
  });
}

function closeByMessage(windowId: number): void {
  browser.runtime.sendMessage({ type: SIDEBAR_CLOSE, windowId }).catch(() => {});
}
