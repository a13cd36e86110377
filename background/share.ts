/** Notes and share links: decodes share payloads and reads/writes `local:notes` for content scripts. */

import {
  articleKey,
  NOTES_ADD,
  NOTES_FOR_URL,
  type NotesAddMessage,
  type NotesAddResult,
  SHARE_DECODE,
} from '../core/messages/share';
import type { Note } from '../core/notes';
import { decodeShareHash } from '../core/share/payload';
import { loadNotes, notesForUrl, saveNotes } from '../shared/storage';

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

export function setupShare(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; hash?: unknown; url?: unknown; notes?: unknown } | null;
    if (m?.type === SHARE_DECODE && typeof m.hash === 'string') return decodeShareHash(m.hash);
    if (m?.type === NOTES_FOR_URL && typeof m.url === 'string') return notesForUrl(m.url);
    if (m?.type === NOTES_ADD && typeof m.url === 'string' && Array.isArray(m.notes)) {
      return addNotes(m.url, (m as NotesAddMessage).notes);
    }
    return undefined;
  });
}
