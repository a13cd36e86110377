/**
 * Typed send helpers over the message table (core/messages/protocol.ts): the answer's type follows from
 * the message's `type`, so no call site casts what comes back. No zod, no values beyond these: the gate
 * loads this on every page. `browser` is the bundle's own (native in the gate and engine bundles,
 * webextension-polyfill elsewhere: scripts/vite-native-browser.ts).
 */
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
