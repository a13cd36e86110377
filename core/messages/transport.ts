/**
 * Typed send helpers over the message table (core/messages/protocol.ts): the answer's type follows from
 * the message's `type`, so no call site casts what comes back. No zod, no values beyond these: the gate
 * loads this on every page. `browser` is the bundle's own (native in the gate and engine bundles,
 * webextension-polyfill elsewhere: scripts/vite-native-browser.ts).
 */
import { listenTo } from '../abort';
import type { MessageType, Request, Response } from './protocol';

/** To the background (or, for broadcasts, every extension page): runtime.sendMessage. */
export function send<T extends MessageType>(message: Request<T>): Promise<Response<T>> {
  return browser.runtime.sendMessage(message) as Promise<Response<T>>;
}

/** To a tab's content scripts (or one frame of it): tabs.sendMessage. */
export function sendToTab<T extends MessageType>(
  tabId: number,
  message: Request<T>,
  options?: { frameId?: number },
): Promise<Response<T>> {
  return (
    options ? browser.tabs.sendMessage(tabId, message, options) : browser.tabs.sendMessage(tabId, message)
  ) as Promise<Response<T>>;
}

/** The message, narrowed to its entry in the table, when its `type` is `type` (fields unchecked: pair with a validator). */
export function isMessage<T extends MessageType>(
  message: unknown,
  type: T,
): message is { type: T } & Partial<Record<keyof Request<T>, unknown>> {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

/**
 * The small hand validators of messages a content script or an extension page receives (the background
 * checks its own with zod/mini schemas: background/messages.ts): the fields beyond `type`.
 */
const FIELDS: { [K in MessageType]?: (m: Record<string, unknown>) => boolean } = {
  'backstory:mention-nav': (m) => m.direction === 1 || m.direction === -1,
  'backstory:settings-changed': (m) => typeof m.changes === 'object' && m.changes !== null,
  'backstory:reveal-mention': (m) => typeof m.entityId === 'string',
  'backstory:notes-deliver': (m) => typeof m.nonce === 'string',
  'backstory:page-state-changed': (m) => typeof m.state === 'object' && m.state !== null,
  'backstory:sidebar-select': (m) => Number.isInteger(m.tabId) && typeof m.entityId === 'string',
  'backstory:sidebar-close': (m) => m.windowId === undefined || Number.isInteger(m.windowId),
};

/** The message as the table types it when it is a well-formed `type` one (its validator, if any, agrees), else null. */
export function incoming<T extends MessageType>(message: unknown, type: T): Request<T> | null {
  if (!isMessage(message, type)) return null;
  const valid = FIELDS[type];
  return !valid || valid(message as Record<string, unknown>) ? (message as Request<T>) : null;
}

/** The sender policy of content scripts and framed extension pages: this extension only (its background and pages). */
export function fromThisExtension(sender: MessageSender | undefined): boolean {
  return sender?.id === browser.runtime.id;
}

/** Who sent a message, as both browsers' `runtime.onMessage` describe it (the fields sender policies read). */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * Listens on `runtime.onMessage` until `signal` aborts: hears senders that `accept` believes (by default
 * this extension only) and answers when `answer` returns a promise, the way both browsers' own APIs
 * support: `sendResponse` and `return true` (Chrome's native API, which the gate and the engine bundle
 * run on, ignores a returned promise; webextension-polyfill supports both). `answer` returns undefined
 * for messages that are not its own, so another listener of the same script may answer them.
 */
export function listen(
  signal: AbortSignal,
  answer: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined,
  accept: (sender: MessageSender) => boolean = fromThisExtension,
): void {
  const listener = (message: unknown, sender: MessageSender, sendResponse: (answer: unknown) => void) => {
    if (!accept(sender)) return undefined;
    const pending = answer(message, sender);
    if (!pending) return undefined;
    pending.then(sendResponse, (error: unknown) => {
      console.error('[Backstory]', error);
      sendResponse(undefined);
    });
    return true as const;
  };
  listenTo(browser.runtime.onMessage, listener, signal);
}
