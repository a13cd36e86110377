/**
 * The notes panel's private line between a story page's content script and the notes frame (an
 * extension page framed in our closed shadow root: entrypoints/notes-frame). Note text lives only in
 * that frame, never in the page's document, where `window.find()` could read it (docs/SECURITY.md).
 *
 * Messages go through the background (background/notes-relay.ts) with a nonce that only the content
 * script and its frame know: it rides in the frame's URL fragment, inside our closed root, and a page
 * can neither read a cross-origin frame's address nor send extension messages. A frame a page makes
 * itself never hears its nonce and so shows nothing.
 */

import type { UiLanguage } from '../i18n';
import type { Note } from '../notes';
import type { QuoteSelector } from '../share/anchor';
import { incoming } from './transport';

/** The frame's page, web-accessible so a content script may frame it (wxt.config.ts). */
export const NOTES_FRAME_PATH = '/notes-frame.html';
/** Content script → background → frame, and frame → background → content script. */
export const NOTES_TO_FRAME = 'backstory:notes-to-frame' as const;
export const NOTES_TO_PAGE = 'backstory:notes-to-page' as const;
/** What the background delivers (to the frame by broadcast, to the content script in the frame's tab). */
export const NOTES_DELIVER = 'backstory:notes-deliver' as const;

/** A delivered message for the holder of `nonce`, or null. */
export function deliveredFor(value: unknown, nonce: string): unknown {
  const m = incoming(value, NOTES_DELIVER);
  return m && m.nonce === nonce ? m.message : null;
}

/** A note as the page holds it (the article is the page's). */
export type PageNote = Omit<Note, 'url'>;

/** The content script's view of the page, sent whenever it changes. */
export interface FrameState {
  type: 'state';
  /** The article the notes belong to (changes on a single-page app's move). */
  article: string;
  language: UiLanguage;
  /** The share link's notes and emphasised entities, on the link's own article only. */
  shared: PageNote[];
  sharedEmphasis: string[];
  /** Who signed the share link and the day it was made, when it says. */
  sharedBy?: string;
  sharedOn?: string;
  /** The share link could not be read. */
  linkError: boolean;
  /** Notes whose passage is not in the article's text now. */
  orphans: string[];
  /** The page's entities (ids), in order of first mention. */
  entities: string[];
}

/** Content script → frame. */
export type ToFrame =
  | FrameState
  /** The reader asked to add a note on this passage. */
  | { type: 'compose'; selector: QuoteSelector }
  /** The reader clicked a noted passage: show that note. */
  | { type: 'show-note'; id: string }
  /** The reader reopened the panel. */
  | { type: 'open' }
  /** The share link the frame asked for (made here, where the article's text is), or why not. */
  | { type: 'link'; url: string }
  | { type: 'link-failed' };

/** Frame → content script. */
export type FromFrame =
  /** The panel's size in CSS pixels (0 × 0: nothing to show). */
  | { type: 'size'; width: number; height: number }
  /** The reader's notes changed (added, edited, deleted, restored, saved from a link). */
  | { type: 'notes-changed' }
  /** Scroll the page to a note's passage. */
  | { type: 'reveal'; id: string }
  /** Focus leaves the panel for the page (Escape in the composer, or the panel closed by keyboard). */
  | { type: 'return-focus' }
  /** Make the share link of this article with these notes (ids), emphasis, name and day. */
  | { type: 'make-link'; include: string[]; emphasis: string[]; by: string; sharedOn: string };

export function isFromFrame(value: unknown): value is FromFrame {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'size':
      return Number.isFinite(m.width) && Number.isFinite(m.height);
    case 'reveal':
      return typeof m.id === 'string' && m.id.length <= 200;
    case 'notes-changed':
    case 'return-focus':
      return true;
    case 'make-link': {
      const ids = (v: unknown) =>
        Array.isArray(v) && v.length <= 100 && v.every((x) => typeof x === 'string' && x.length <= 200);
      return (
        ids(m.include) &&
        ids(m.emphasis) &&
        typeof m.by === 'string' &&
        m.by.length <= 80 &&
        typeof m.sharedOn === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(m.sharedOn)
      );
    }
    default:
      return false;
  }
}
