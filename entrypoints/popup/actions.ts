/**
 * What the popup does for one tab. The popup normally acts on the active tab; `popup.html?tab=ID`
 * targets a given tab (the end-to-end tests open the popup as a page that way and run these same calls).
 */
import { PAGE_STATE_REQUEST, type PageState } from '../../core/messages/page-state';
import { ANNOTATE_ANYWAY, OPEN_SIDEBAR } from '../../core/messages/sidebar';
import { send, sendToTab } from '../../core/messages/transport';
import { normalizeHost } from '../../core/settings';
import { defaultSiteOf } from '../../core/sites';
import { CONTENT_SCRIPT_FILES, originFor, REGISTER_SITE } from '../../shared/content-script';
import { asPageState } from '../../shared/page-state';
import { chromeSidePanel, firefoxSidebar } from '../../shared/sidebar-api';

export interface TargetTab {
  id: number;
  windowId?: number;
  /** Known when we hold the site's host permission or the activeTab grant. */
  url?: string;
}

export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return { id: Number(param), windowId: tab.windowId, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, windowId: tab.windowId, url: tab.url };
}

export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? normalizeHost(u.hostname) : null;
  } catch {
    return null;
  }
}

/** Whether `url` is one of this extension's own pages (the popup opened on its own, in a tab). */
export function isOwnPage(url: string | undefined): boolean {
  return url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/** The page's state from its content script, or null when no content script answers. */
export async function readPageState(tabId: number): Promise<PageState | null> {
  try {
    return asPageState(await sendToTab(tabId, { type: PAGE_STATE_REQUEST }));
  } catch {
    return null;
  }
}

/** The key a site is switched off under: the default-list site, or the host itself. */
export function siteKeyOf(host: string): string {
  return defaultSiteOf(host) ?? host;
}

/**
 * Opens the sidebar. Must run synchronously inside the click handler: Chrome's sidePanel.open and
 * Firefox's sidebarAction.open need the reader's gesture.
 */
export function openSidebar(tab: TargetTab): Promise<unknown> {
  const panel = chromeSidePanel();
  if (panel) return panel.open({ tabId: tab.id });
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  return send({ type: OPEN_SIDEBAR });
}

/** "Annotate this page": runs the content script once in this tab (the activeTab grant allows it). */
export async function annotateThisPage(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: CONTENT_SCRIPT_FILES.css });
  await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPT_FILES.js as never[] });
}

export async function annotateAnyway(tabId: number): Promise<PageState | null> {
  return asPageState(await sendToTab(tabId, { type: ANNOTATE_ANYWAY }));
}

/**
 * "Always run on this site": asks for this one site's permission (must be the first call in the click
 * handler), then has the background register the content script for it.
 */
export async function alwaysRunOn(host: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originFor(host)] });
  if (!granted) return false;
  await send({ type: REGISTER_SITE, host });
  return true;
}
