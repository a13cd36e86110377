/**
 * The one table of Backstory's runtime messages: every `type` string, what its request carries and what
 * its receiver answers. The background's routes (background/messages.ts) take their request and answer
 * types from it, and the send helpers (core/messages/transport.ts) type what a sender gets back. Types
 * only: the gate loads the helpers on every page, so this module holds no values and no zod.
 *
 * `to` says who answers: `background` (a route of background/messages.ts), `content` (the tab's content
 * scripts, via tabs.sendMessage) or `pages` (extension pages hear a runtime broadcast). A message that is
 * never answered has `response: undefined`. `url` in notes requests is optional: a content script's article is
 * its tab's address (background/share.ts), an extension page names it.
 */
import type { ArticleText } from '../analysis';
import type { Note } from '../notes';
import type { DecodeResult } from '../share/payload';
import type { AnalysisReply } from './analysis';
import type { PageState } from './page-state';
import type { StoredSettings } from './settings';
import type { ArticleHtmlAnswer, NotesAddResult, NotesDeleteResult } from './share';

/** A note to add: a share link's carries no creation time (the background stamps it). */
type NoteInput = Omit<Note, 'url' | 'createdAt'> & { createdAt?: string };

/** `{ ok }`, the answer of most commands. */
export interface Ok {
  ok: boolean;
  error?: string;
}

/** The notes relay's envelope (core/messages/notes-frame.ts): a nonce and a message for its holder. */
interface NotesEnvelope {
  nonce: string;
  frameId?: number;
  message: unknown;
}

export interface Protocol {
  // --- to the background (background/messages.ts routes) ---
  'backstory:analyze': { to: 'background'; request: { article: ArticleText }; response: AnalysisReply };
  'backstory:load-engine': { to: 'background'; request: object; response: Ok };
  'backstory:load-ui': { to: 'background'; request: object; response: Ok };
  'backstory:settings': { to: 'background'; request: object; response: StoredSettings };
  'backstory:disable-site': { to: 'background'; request: object; response: Ok };
  'backstory:enable-site': { to: 'background'; request: object; response: Ok };
  'backstory:register-site': { to: 'background'; request: { host: string }; response: Ok };
  'backstory:open-sidebar': {
    to: 'background';
    request: { entityId?: string; tabId?: number; windowId?: number };
    response: { opened: boolean };
  };
  'backstory:sidebar-take-pending': {
    to: 'background';
    request: { tabId: number };
    response: { entityId: string | null };
  };
  'backstory:share-decode': { to: 'background'; request: { hash: string }; response: DecodeResult };
  'backstory:notes-for-url': { to: 'background'; request: { url?: string }; response: Note[] };
  'backstory:has-notes-for-url': { to: 'background'; request: { url?: string }; response: boolean };
  'backstory:notes-add': {
    to: 'background';
    request: { url?: string; notes: NoteInput[] };
    response: NotesAddResult;
  };
  'backstory:notes-edit': { to: 'background'; request: { url?: string; id: string; text: string }; response: Ok };
  'backstory:notes-delete': {
    to: 'background';
    request: { url?: string; id: string };
    response: NotesDeleteResult;
  };
  'backstory:notes-restore': { to: 'background'; request: { note: Note; index: number }; response: Ok };
  'backstory:emphasis-for-url': { to: 'background'; request: { url?: string }; response: string[] };
  'backstory:emphasis-set': { to: 'background'; request: { url?: string; ids: string[] }; response: Ok };
  'backstory:notes-to-frame': { to: 'background'; request: NotesEnvelope; response: Ok };
  'backstory:notes-to-page': { to: 'background'; request: NotesEnvelope; response: Ok };

  // --- to a tab's content scripts (tabs.sendMessage) ---
  /** Answers a PageState (validated by the receiver: core/messages/page-state.ts). */
  'backstory:page-state': { to: 'content'; request: object; response: unknown };
  'backstory:annotate-anyway': { to: 'content'; request: object; response: unknown };
  'backstory:article-html': { to: 'content'; request: object; response: ArticleHtmlAnswer | undefined };
  'backstory:reveal-mention': {
    to: 'content';
    request: { entityId: string };
    response: { index: number; of: number; mention?: number } | undefined;
  };
  'backstory:mention-nav': { to: 'content'; request: { direction: 1 | -1 }; response: undefined };
  'backstory:settings-changed': { to: 'content'; request: { changes: StoredSettings }; response: undefined };
  'backstory:notes-deliver': { to: 'content' | 'pages'; request: NotesEnvelope; response: undefined };

  // --- broadcasts to extension pages (runtime.sendMessage, unanswered) ---
  /** The state is checked by its receivers (asPageState): a content script is not trusted with its shape. */
  'backstory:page-state-changed': { to: 'pages'; request: { state: Partial<PageState> }; response: undefined };
  'backstory:sidebar-select': { to: 'pages'; request: { tabId: number; entityId: string }; response: undefined };
  'backstory:sidebar-close': { to: 'pages'; request: { windowId?: number }; response: undefined };
}

export type MessageType = keyof Protocol;
/** Messages the background answers. */
export type BackgroundMessage = { [K in MessageType]: Protocol[K]['to'] extends 'background' ? K : never }[MessageType];
/** The whole message on the wire: its type and its fields. */
export type Request<T extends MessageType> = { type: T } & Protocol[T]['request'];
export type Response<T extends MessageType> = Protocol[T]['response'];
