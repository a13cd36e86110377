/**
 * The browsers' sidebar APIs, which WXT's types and the polyfill lack: Chrome's side panel
 * (chrome.sidePanel) and Firefox's sidebar (browser.sidebarAction). For the background and the popup.
 */

export interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  close?(options: { windowId?: number; tabId?: number }): Promise<void>;
}

export interface FirefoxSidebar {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

/** Chrome's side panel API, when this browser has one. */
export function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

/** Firefox's sidebar API, when this browser has one. */
export function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}
