/**
 * The one place where the background decides whom to believe. Every `runtime.onMessage` the background
 * answers goes through `setupMessages`: the sender must be this extension; each message type names who
 * may send it (our content scripts, our extension pages, or both) and a zod/mini schema with size
 * limits; anything else is refused with an error the sender sees. A content script is not trusted to
 * say which article it is on: the article is the address of its tab's top frame, as the browser
 * reports it (`sender.tab.url`), never a URL in the message. A page can take over what runs in a
 * content script's frame only through our own UI, so everything a content script may ask is limited
 * to the article open in that tab.
 */
import '../shared/zod';
import type { Browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { PAGE_STATE_CHANGED } from '../core/messages/names';
import type { BackgroundMessage, Request, Response } from '../core/messages/protocol';
import { articleKey } from '../core/messages/share';

type MessageSender = Browser.runtime.MessageSender;

export type SenderKind = 'content-script' | 'extension-page';

export interface ContentScriptSender {
  kind: 'content-script';
  tabId: number;
  frameId: number;
  windowId?: number;
  /** The article key (no fragment) of the tab's top document, when the sender is that document. */
  article: string | null;
  /** The address of the sending frame's own document, as the browser reports it (web pages only). */
  url: string | null;
}
export interface ExtensionPageSender {
  kind: 'extension-page';
  /** Set when the page is shown in a tab (as a tab, or as a frame inside a web page). */
  tabId?: number;
  windowId?: number;
  frameId?: number;
  /** When the page is a frame inside a web page: that page's article key (frames are scoped like content scripts). */
  article: string | null;
}
export type TrustedSender = ContentScriptSender | ExtensionPageSender;

export const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

/** `chrome-extension://<id>/` or `moz-extension://<uuid>/` (string prefix: URL.origin is "null" for these in some engines). */
function ourBase(): string {
  const base = browser.runtime.getURL('/');
  return base.endsWith('/') ? base : `${base}/`;
}

/** The address a sender reports for itself (Firefox may leave `url` out for some frames; Chrome adds `origin`). */
function senderUrl(sender: MessageSender): string | undefined {
  return sender.url ?? (sender as { origin?: string }).origin;
}

/** The origin of a web address, or null. */
function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * The article key of a tab's top document as the browser reports it, or null (not the top frame, no web
 * page, or not known). For the top frame itself, its own address (`sender.url`, the document that sent
 * the message, current even right after a single-page app's `pushState`), else the tab's (`tab.url`); a
 * tab whose origin is no longer the frame's has navigated away since, and is refused.
 */
function tabArticle(sender: MessageSender, requireTopFrame: boolean): string | null {
  const tabUrl = sender.tab?.url;
  const own = senderUrl(sender);
  if (requireTopFrame) {
    if ((sender.frameId ?? 0) !== 0) return null;
    const url = own && isWebUrl(own) ? own : tabUrl;
    if (!url || !isWebUrl(url)) return null;
    if (tabUrl && isWebUrl(tabUrl) && originOf(tabUrl) !== originOf(url)) return null;
    return articleKey(url);
  }
  return tabUrl && isWebUrl(tabUrl) ? articleKey(tabUrl) : null;
}

/** Who sent this, in the terms the handlers use; null for anything that is not this extension. */
export function classifySender(sender: MessageSender): TrustedSender | null {
  if (!sender || sender.id !== browser.runtime.id) return null;
  const url = senderUrl(sender);
  const tab = sender.tab;
  if (url && (url.startsWith(ourBase()) || `${url}/` === ourBase())) {
    const embedded = tab !== undefined && (sender.frameId ?? 0) !== 0;
    return {
      kind: 'extension-page',
      tabId: tab?.id,
      windowId: tab?.windowId,
      frameId: sender.frameId,
      article: embedded ? tabArticle(sender, false) : null,
    };
  }
  // Content scripts always run in a tab; a sender with neither our origin nor a tab is not ours.
  if (tab?.id === undefined) return null;
  const frameId = sender.frameId ?? 0;
  // (Firefox may leave a frame's own url out: the top frame's is then the tab's.)
  const own = url ?? (frameId === 0 ? tab.url : undefined);
  return {
    kind: 'content-script',
    tabId: tab.id,
    frameId,
    windowId: tab.windowId,
    article: tabArticle(sender, true),
    url: own && isWebUrl(own) ? own : null,
  };
}

/** A refusal the sender receives as a rejected promise (`Error: Backstory refused …`). */
export class Refused extends Error {
  constructor(type: string, reason: string) {
    super(`Backstory refused ${type}: ${reason}`);
    this.name = 'Refused';
  }
}

export interface Route<T = unknown> {
  type: string;
  /** Who may send it. */
  from: readonly SenderKind[];
  /** The whole message, type field included, with size limits. */
  schema: z.ZodMiniType<T>;
  handle(message: T, sender: TrustedSender): unknown;
}

/**
 * A route for one message of the table (core/messages/protocol.ts): what the schema accepts must fit the
 * table's request, and the handler must answer the table's response.
 */
export function route<K extends BackgroundMessage, T extends Request<K>>(r: {
  type: K;
  from: readonly SenderKind[];
  schema: z.ZodMiniType<T>;
  handle(message: T, sender: TrustedSender): Response<K> | Promise<Response<K>>;
}): Route {
  return r as unknown as Route;
}

/**
 * Messages that reach the background but are meant for other extension pages (runtime.sendMessage is
 * a broadcast): left unanswered so the sidebar can answer.
 */
const NOT_FOR_US = new Set<string>([PAGE_STATE_CHANGED]);

/** The decision for one message: undefined (not ours to answer) or a promise of the answer or the refusal. */
export function dispatch(routes: ReadonlyMap<string, Route>, message: unknown, sender: MessageSender) {
  const type =
    typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string'
      ? ((message as { type: string }).type as string)
      : null;
  if (type !== null && NOT_FOR_US.has(type)) return undefined;
  const label = type === null ? 'a message without a type' : JSON.stringify(type.slice(0, 80));
  const from = classifySender(sender);
  // Another extension or a web page (externally_connectable is not declared, but never assume): no answer.
  if (!from) return undefined;
  const r = type === null ? undefined : routes.get(type);
  if (!r) return Promise.reject(new Refused(label, 'unknown message type'));
  if (!r.from.includes(from.kind)) return Promise.reject(new Refused(label, `not accepted from a ${from.kind}`));
  const parsed = r.schema.safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'message';
    return Promise.reject(new Refused(label, `malformed (${where}: ${issue?.message ?? 'invalid'})`));
  }
  try {
    return Promise.resolve(r.handle(parsed.data, from));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Installs the background's one message listener for these routes. */
export function setupMessages(routes: readonly Route[]): void {
  const byType = new Map<string, Route>();
  for (const r of routes) {
    if (byType.has(r.type)) throw new Error(`two routes for ${r.type}`);
    byType.set(r.type, r);
  }
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => dispatch(byType, message, sender));
}
