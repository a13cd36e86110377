/**
 * What the panel's controls do: each asks the background (scoped by it to this frame's tab's article),
 * then tells the reducer and, when the notes changed, the content script.
 */
import type { Translator } from '@/core/i18n';
import type { FromFrame, PageNote } from '@/core/messages/notes-frame';
import type { MessageType, Request, Response } from '@/core/messages/protocol';
import {
  EMPHASIS_SET,
  NOTES_ADD,
  NOTES_DELETE,
  NOTES_EDIT,
  NOTES_RESTORE,
  SHARE_NAME_KEY,
  SHARE_NAME_MAX,
} from '@/core/messages/share';
import { send } from '@/core/messages/transport';
import { todayIso } from '@/core/share/today';
import { type PanelEvent, type PanelState, toggledEmphasis } from './panel-state';

/** Asks the background; `fallback` when it fails or answers nothing. */
export async function ask<T extends MessageType, F>(message: Request<T>, fallback: F): Promise<Response<T> | F> {
  return (await send(message).catch(() => fallback)) ?? fallback;
}

export interface ActionContext {
  state: PanelState;
  article: string;
  tr: Translator;
  dispatch(e: PanelEvent): void;
  post(m: FromFrame): void;
  /** Focuses the control with this key after the next render. */
  focus(key: string): void;
  /** Reads the notes again and tells the content script they changed. */
  changed(): Promise<void>;
  /** How many notes the link being made carries (said when it comes back). */
  linkCount: { current: number };
}

/** Runs a background request with the panel busy. */
async function busy<T>(c: ActionContext, run: () => Promise<T>): Promise<T> {
  c.dispatch({ type: 'busy', busy: true });
  try {
    return await run();
  } finally {
    c.dispatch({ type: 'busy', busy: false });
  }
}

function say(c: ActionContext, text: string, focus?: string, undo = false) {
  c.dispatch({ type: 'say', text, undo });
  if (focus) c.focus(focus);
}

/** Edit, Delete, Undo and Save (a share link's notes), on the reader's notes. */
export function noteActions(c: ActionContext) {
  const { tr, article } = c;
  return {
    reveal: (id: string) => c.post({ type: 'reveal', id }),
    saveShared: async () => {
      const notes = c.state.page?.shared ?? [];
      const r = await busy(c, () => ask({ type: NOTES_ADD, url: article, notes }, null));
      if (!r?.ok) return say(c, tr.t('noteSaveFailed'));
      await c.changed();
      say(c, tr.tn('noteSavedCount', r.added));
    },
    edit: (id: string) => {
      c.dispatch({ type: 'edit', id });
      c.focus(`edit-${id}`);
    },
    draft: (text: string) => c.dispatch({ type: 'edit-draft', text }),
    saveEdit: async () => {
      const editing = c.state.editing;
      if (!editing) return;
      const message: Request<typeof NOTES_EDIT> = {
        type: NOTES_EDIT,
        url: article,
        id: editing.id,
        text: editing.draft,
      };
      const r = await busy(c, () => ask(message, null));
      if (!r?.ok) return say(c, tr.t('noteUpdateFailed'));
      c.dispatch({ type: 'edit-done' });
      await c.changed();
      say(c, tr.t('noteUpdated'), `edit-button-${editing.id}`);
    },
    cancelEdit: () => {
      if (c.state.editing) c.focus(`edit-button-${c.state.editing.id}`);
      c.dispatch({ type: 'edit-done' });
    },
    remove: async (id: string) => {
      const r = await busy(c, () => ask({ type: NOTES_DELETE, url: article, id }, null));
      if (!r?.ok || !r.removed || r.index === undefined) return say(c, tr.t('noteDeleteFailed'));
      c.dispatch({ type: 'deleted', note: r.removed, index: r.index });
      await c.changed();
      say(c, tr.t('noteDeleted'), 'undo', true);
    },
    undo: async () => {
      const deleted = c.state.lastDeleted;
      c.dispatch({ type: 'undone' });
      if (!deleted) return;
      await ask({ type: NOTES_RESTORE, note: deleted.note, index: deleted.index }, null);
      await c.changed();
      say(c, tr.t('noteRestored'), `edit-button-${deleted.note.id}`);
    },
  };
}

/** A new note, the emphasis boxes, closing the panel. */
export function composeActions(c: ActionContext) {
  return {
    composeDraft: (text: string) => c.dispatch({ type: 'compose-draft', text }),
    saveNew: async () => {
      const composing = c.state.composing;
      if (!composing) return;
      const { draft, ...selector } = composing;
      const note: PageNote = {
        id: crypto.randomUUID(),
        exact: selector.exact.slice(0, 10_000),
        prefix: selector.prefix,
        suffix: selector.suffix,
        ...(selector.position ? { position: selector.position } : {}),
        text: draft,
        createdAt: new Date().toISOString(),
      };
      const message: Request<typeof NOTES_ADD> = { type: NOTES_ADD, url: c.article, notes: [note] };
      const r = await busy(c, () => ask(message, null));
      if (!r?.ok) return say(c, c.tr.t('noteSaveFailed'));
      c.dispatch({ type: 'compose-done' });
      await c.changed();
      c.focus(`edit-button-${note.id}`);
    },
    cancelNew: () => {
      c.dispatch({ type: 'compose-done' });
      c.post({ type: 'return-focus' });
    },
    emphasis: (id: string, on: boolean) => {
      const ids = toggledEmphasis(c.state.myEmphasis ?? [], c.state.page?.entities ?? [], id, on);
      c.dispatch({ type: 'emphasis', ids });
      void ask({ type: EMPHASIS_SET, url: c.article, ids }, null);
    },
    close: () => {
      c.dispatch({ type: 'close' });
      c.post({ type: 'return-focus' });
    },
  };
}

/** "Share with students": the name, the notes in the link, Copy (the content script makes the link). */
export function shareActions(c: ActionContext) {
  return {
    onName: (name: string) => {
      c.dispatch({ type: 'share-name', name });
      void browser.storage.local.set({ [SHARE_NAME_KEY]: name.slice(0, SHARE_NAME_MAX) }).catch(() => {});
    },
    onToggle: (id: string, on: boolean) => c.dispatch({ type: 'share-toggle', id, on }),
    onCopy: () => {
      const include = c.state.stored.filter((n) => !c.state.leftOut.includes(n.id)).map((n) => n.id);
      c.linkCount.current = include.length;
      c.dispatch({ type: 'busy', busy: true });
      const emphasis = c.state.myEmphasis ?? [];
      c.post({ type: 'make-link', include, emphasis, by: c.state.shareName.trim(), sharedOn: todayIso() });
    },
  };
}

/** The link the content script made: copied (the frame's `<iframe>` allows clipboard-write), and said. */
export async function copyLink(c: Pick<ActionContext, 'dispatch' | 'tr' | 'linkCount'>, url: string | null) {
  c.dispatch({ type: 'busy', busy: false });
  if (url === null) return c.dispatch({ type: 'say', text: c.tr.t('shareUnavailable') });
  const count = c.linkCount.current;
  const copied = await navigator.clipboard.writeText(url).then(
    () => true,
    () => false,
  );
  const text = !copied
    ? c.tr.t('shareCopyFailed')
    : count
      ? c.tr.tn('shareLinkCopiedCount', count)
      : c.tr.t('shareLinkCopied');
  c.dispatch({ type: 'say', text });
}
