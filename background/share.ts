/** Notes and share links: decodes share payloads and reads/writes `local:notes` for content scripts. */

import {
  articleKey,
  EMPHASIS_FOR_URL,
  EMPHASIS_SET,
  HAS_NOTES_FOR_URL,
  NOTES_ADD,
  NOTES_DELETE,
  NOTES_EDIT,
  NOTES_FOR_URL,
  NOTES_RESTORE,
  type NotesAddMessage,
  type NotesAddResult,
  type NotesDeleteResult,
  SHARE_DECODE,
} from '../core/messages/share';
import { editNote, type Note, Note as NoteSchema, removeNote, restoreNote, type StoredNotes } from '../core/notes';
import { decodeShareHash } from '../core/share/payload';
import { emphasisForUrl, loadNotes, notesForUrl, saveEmphasisFor, saveNotes } from '../shared/storage';

let queue: Promise<unknown> = Promise.resolve();

/** Adds notes (new ids only) for `url`; serialised, and never touches a store that could not be read. */
export function addNotes(url: string, notes: Omit<Note, 'url'>[]): Promise<NotesAddResult> {
  const run = queue.then(async (): Promise<NotesAddResult> => {
    const loaded = await loadNotes();
    if (loaded.unreadable !== undefined) return { ok: false, added: 0, error: 'stored notes unreadable' };
    const key = articleKey(url);
    const ids = new Set(Object.values(loaded.notes).flatMap((list) => list.map((n) => n.id)));
    const list = [...(loaded.notes[key] ?? [])];
    let added = 0;
    for (const note of notes) {
      if (ids.has(note.id)) continue;
      ids.add(note.id);
      list.push({ ...note, url: key });
      added++;
    }
    try {
      await saveNotes({ ...loaded.notes, [key]: list });
    } catch (error) {
      return { ok: false, added: 0, error: String(error).slice(0, 200) };
    }
    return { ok: true, added };
  });
  queue = run.catch(() => {});
  return run;
}

/** One read-modify-write of the stored notes, in the same queue as addNotes; never on an unreadable store. */
function change<R extends { ok: boolean }>(
  apply: (notes: StoredNotes) => { notes: StoredNotes; result: R } | null,
): Promise<R | { ok: false }> {
  const run = queue.then(async () => {
    const loaded = await loadNotes();
    if (loaded.unreadable !== undefined) return { ok: false as const };
    const next = apply(loaded.notes);
    if (!next) return { ok: false as const };
    await saveNotes(next.notes);
    return next.result;
  });
  queue = run.catch(() => {});
  return run.catch(() => ({ ok: false as const }));
}

export function editStoredNote(id: string, text: string) {
  return change((notes) => {
    const next = editNote(notes, id, text);
    return next ? { notes: next, result: { ok: true } } : null;
  });
}

export function deleteStoredNote(id: string): Promise<NotesDeleteResult> {
  return change((notes) => {
    const r = removeNote(notes, id);
    return r ? { notes: r.notes, result: { ok: true, removed: r.removed, index: r.index } } : null;
  });
}

export function restoreStoredNote(note: unknown, index: unknown) {
  const parsed = NoteSchema.safeParse(note);
  if (!parsed.success || typeof index !== 'number') return Promise.resolve({ ok: false });
  return change((notes) => ({ notes: restoreNote(notes, parsed.data, index), result: { ok: true } }));
}

export function setupShare(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as {
      type?: string;
      hash?: unknown;
      url?: unknown;
      notes?: unknown;
      id?: unknown;
      text?: unknown;
      note?: unknown;
      index?: unknown;
      ids?: unknown;
    } | null;
    if (m?.type === SHARE_DECODE && typeof m.hash === 'string') return decodeShareHash(m.hash);
    if (m?.type === NOTES_FOR_URL && typeof m.url === 'string') return notesForUrl(m.url);
    if (m?.type === HAS_NOTES_FOR_URL && typeof m.url === 'string') {
      const url = m.url;
      return Promise.all([notesForUrl(url), emphasisForUrl(url)]).then(([notes, ids]) => notes.length + ids.length > 0);
    }
    if (m?.type === NOTES_ADD && typeof m.url === 'string' && Array.isArray(m.notes)) {
      return addNotes(m.url, (m as NotesAddMessage).notes);
    }
    if (m?.type === NOTES_EDIT && typeof m.id === 'string' && typeof m.text === 'string') {
      return editStoredNote(m.id, m.text);
    }
    if (m?.type === NOTES_DELETE && typeof m.id === 'string') return deleteStoredNote(m.id);
    if (m?.type === NOTES_RESTORE) return restoreStoredNote(m.note, m.index);
    if (m?.type === EMPHASIS_FOR_URL && typeof m.url === 'string') return emphasisForUrl(m.url);
    if (m?.type === EMPHASIS_SET && typeof m.url === 'string' && Array.isArray(m.ids)) {
      const ids = m.ids.filter((id): id is string => typeof id === 'string');
      return saveEmphasisFor(m.url, ids).then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
    }
    return undefined;
  });
}
