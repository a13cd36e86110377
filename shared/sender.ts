/**
 * For extension pages (sidebar, popup) receiving `runtime.onMessage`: which senders to believe.
 * runtime.sendMessage is a broadcast, so our content scripts reach these pages too; commands such as
 * "select this entity" or "close" are taken from the extension's own pages and background only.
 */
import type { Browser } from 'wxt/browser';

/** The background or another of our extension pages (not a content script, not another extension). */
export function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const url = sender.url ?? (sender as { origin?: string }).origin ?? '';
  const base = browser.runtime.getURL('/');
  return (
    url.startsWith(base.endsWith('/') ? base : `${base}/`) && (sender.tab === undefined || (sender.frameId ?? 0) === 0)
  );
}

/** One of our content scripts in tab `tabId`. */
export function fromContentScriptIn(sender: Browser.runtime.MessageSender, tabId: number | null): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && sender.tab.id === tabId;
}
