/**
 * For extension pages (sidebar, popup): which senders to believe, in one table. runtime.sendMessage is a
 * broadcast, so our content scripts reach these pages too; commands such as "select this entity" or
 * "close" are taken from the extension's own pages and background only, and a page's state only from
 * the content scripts of the tab the page shows.
 */
import { PAGE_STATE_CHANGED } from '../core/messages/names';
import type { MessageType, Request } from '../core/messages/protocol';
import { SIDEBAR_CLOSE, SIDEBAR_SELECT } from '../core/messages/sidebar';
import { incoming, listen, type MessageSender } from '../core/messages/transport';

/** The background or another of our extension pages (not a content script, not another extension). */
export function fromExtensionPage(sender: MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const url = sender.url ?? sender.origin ?? '';
  const base = browser.runtime.getURL('/');
  return (
    url.startsWith(base.endsWith('/') ? base : `${base}/`) && (sender.tab === undefined || (sender.frameId ?? 0) === 0)
  );
}

/** One of our content scripts in tab `tabId`. */
export function fromContentScriptIn(sender: MessageSender, tabId: number | null): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && sender.tab.id === tabId;
}

/** Who may send each broadcast an extension page hears: the shown tab's content scripts, or the extension. */
const BROADCAST_SENDERS = {
  [PAGE_STATE_CHANGED]: 'shown-tab',
  [SIDEBAR_SELECT]: 'extension',
  [SIDEBAR_CLOSE]: 'extension',
} as const satisfies Partial<Record<MessageType, 'shown-tab' | 'extension'>>;

type Broadcast = keyof typeof BROADCAST_SENDERS;
export type BroadcastHandlers = { [T in Broadcast]?: (message: Request<T>) => void };

/**
 * Hears the broadcasts in `handlers` until `signal` aborts, each only when well-formed (`incoming`) and
 * from its senders in BROADCAST_SENDERS (`shownTab()`: the tab this page shows now, if any).
 */
export function listenToBroadcasts(signal: AbortSignal, shownTab: () => number | null, handlers: BroadcastHandlers) {
  listen(signal, (message, sender) => {
    for (const type of Object.keys(handlers) as Broadcast[]) {
      const m = incoming(message, type);
      if (!m) continue;
      const trusted =
        BROADCAST_SENDERS[type] === 'shown-tab' ? fromContentScriptIn(sender, shownTab()) : fromExtensionPage(sender);
      if (trusted) (handlers[type] as (message: Request<Broadcast>) => void)(m);
      return;
    }
  });
}
