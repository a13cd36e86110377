/**
 * The notes panel's state and every change to it, as a pure reducer (unit-tested in
 * panel-state.test.ts). What the content script says about the page, the reader's notes and emphasis as
 * the background keeps them, and the panel's own state (open or closed, a draft, a status line).
 */
import type { PanelStatus } from '@/components/notes/NotesPanel';
import type { FrameState, PageNote } from '@/core/messages/notes-frame';
import type { Note } from '@/core/notes';
import type { QuoteSelector } from '@/core/share/anchor';

export interface PanelState {
  page: FrameState | null;
  stored: PageNote[];
  /** The reader's own emphasis for their share link; null until read. */
  myEmphasis: string[] | null;
  closed: boolean;
  composing: (QuoteSelector & { draft: string }) | null;
  editing: { id: string; draft: string } | null;
  lastDeleted: { note: Note; index: number } | null;
  status: PanelStatus | null;
  /** The note whose passage the reader clicked. */
  current: string | null;
  busy: boolean;
  /** "Share with students": the name to sign with, the notes left out of the link. */
  shareName: string;
  leftOut: string[];
}

export const INITIAL: PanelState = {
  page: null,
  stored: [],
  myEmphasis: null,
  closed: false,
  composing: null,
  editing: null,
  lastDeleted: null,
  status: null,
  current: null,
  busy: false,
  shareName: '',
  leftOut: [],
};

export type PanelEvent =
  | { type: 'page'; page: FrameState }
  | { type: 'loaded'; article: string; stored: PageNote[]; emphasis: string[] }
  | { type: 'compose'; selector: QuoteSelector }
  | { type: 'compose-draft'; text: string }
  | { type: 'compose-done' }
  | { type: 'show-note'; id: string }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'busy'; busy: boolean }
  | { type: 'say'; text: string; undo?: boolean }
  | { type: 'edit'; id: string }
  | { type: 'edit-draft'; text: string }
  | { type: 'edit-done' }
  | { type: 'deleted'; note: Note; index: number }
  | { type: 'undone' }
  | { type: 'emphasis'; ids: string[] }
  | { type: 'share-name'; name: string }
  | { type: 'share-toggle'; id: string; on: boolean };

export function reduce(state: PanelState, e: PanelEvent): PanelState {
  switch (e.type) {
    case 'page':
      // A single-page app moved to another article: nothing half-done carries over.
      if (state.page?.article !== e.page.article) return { ...INITIAL, shareName: state.shareName, page: e.page };
      return { ...state, page: e.page };
    case 'loaded':
      if (state.page?.article !== e.article) return state; // a late answer for the article before
      return {
        ...state,
        stored: e.stored,
        myEmphasis: e.emphasis,
        editing: e.stored.some((n) => n.id === state.editing?.id) ? state.editing : null,
      };
    case 'compose':
      return { ...state, composing: { ...e.selector, draft: '' }, closed: false };
    case 'compose-draft':
      return state.composing ? { ...state, composing: { ...state.composing, draft: e.text } } : state;
    case 'compose-done':
      return { ...state, composing: null };
    case 'show-note':
      return { ...state, closed: false, current: e.id };
    case 'open':
      return { ...state, closed: false };
    case 'close':
      return { ...state, closed: true, composing: null };
    case 'busy':
      return { ...state, busy: e.busy };
    case 'say':
      // A new status line replaces an Undo offer, unless it is that offer.
      return {
        ...state,
        status: { text: e.text, undo: e.undo ?? false },
        lastDeleted: e.undo ? state.lastDeleted : null,
      };
    case 'edit': {
      const note = state.stored.find((n) => n.id === e.id);
      return note ? { ...state, editing: { id: e.id, draft: note.text } } : state;
    }
    case 'edit-draft':
      return state.editing ? { ...state, editing: { ...state.editing, draft: e.text } } : state;
    case 'edit-done':
      return { ...state, editing: null };
    case 'deleted':
      return { ...state, lastDeleted: { note: e.note, index: e.index } };
    case 'undone':
      return { ...state, lastDeleted: null };
    case 'emphasis':
      return { ...state, myEmphasis: e.ids };
    case 'share-name':
      return { ...state, shareName: e.name };
    case 'share-toggle':
      return {
        ...state,
        leftOut: e.on ? state.leftOut.filter((id) => id !== e.id) : [...new Set([...state.leftOut, e.id])],
      };
  }
}

/** Whether the panel has anything to show (else the frame is hidden). */
export function shows(s: PanelState): boolean {
  const page = s.page;
  if (page === null || s.closed) return false;
  return (
    s.composing !== null ||
    s.stored.length > 0 ||
    page.shared.length > 0 ||
    page.sharedEmphasis.length > 0 ||
    page.linkError ||
    s.status !== null
  );
}

/** The reader's emphasis with `id` ticked or not: the page's order first, ids it no longer mentions after. */
export function toggledEmphasis(current: string[], pageIds: string[], id: string, on: boolean): string[] {
  const next = new Set(current);
  if (on) next.add(id);
  else next.delete(id);
  return pageIds.filter((e) => next.has(e)).concat([...next].filter((e) => !pageIds.includes(e)));
}
