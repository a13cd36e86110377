/**
 * Notes and share links: decodes share payloads and reads/writes `local:notes` for content scripts. A
 * content script reads and changes the notes of its own tab's article only (background/messages.ts
 * works out which article that is from the sender, not from the message).
 */
import '../shared/zod';
import { z } from 'zod/mini';

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
  type NotesAddResult,
  type NotesDeleteResult,
  SHARE_DECODE,
} from '../core/messages/share';
import {
  editNote,
  MAX_EMPHASIS,
  type Note,
  Note as NoteSchema,
  removeNote,
  restoreNote,
  type StoredNotes,
} from '../core/notes';
import { decodeShareHash, LIMITS } from '../core/share/payload';
import { emphasisForUrl, loadNotes, notesForUrl, saveEmphasisFor, saveNotes } from '../shared/storage';
import { isWebUrl, Refused, type Route, route, type TrustedSender } from './messages';

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

export function editStoredNote(article: string, id: string, text: string) {
  return change((notes) => {
    const next = editNote(notes, id, text, article);
    return next ? { notes: next, result: { ok: true } } : null;
  });
}

export function deleteStoredNote(article: string, id: string): Promise<NotesDeleteResult> {
  return change((notes) => {
    const r = removeNote(notes, id, article);
    return r ? { notes: r.notes, result: { ok: true, removed: r.removed, index: r.index } } : null;
  });
}

export function restoreStoredNote(note: Note, index: number) {
  return change((notes) => ({ notes: restoreNote(notes, note, index), result: { ok: true } }));
}

// --- What each message may carry ----------------------------------------------------------------

const WebUrl = z.string().check(
  // A page's address may still carry a share link's fragment (articleKey drops it).
  z.maxLength(LIMITS.encodedChars + 8000),
  z.refine((url) => isWebUrl(url), 'not an http(s) address'),
);
/** Content scripts may send their page's address (older senders do); it is never used. */
const url = z.optional(WebUrl);
const NoteId = z.string().check(z.minLength(1), z.maxLength(200));
/** A note as a page hands it over: no URL (the background sets it), its creation time optional (a shared note has none). */
const NoteInput = z.extend(z.omit(NoteSchema, { url: true, createdAt: true }), {
  createdAt: z.optional(z.string().check(z.maxLength(40))),
});
const msg = <T extends string, S extends Record<string, z.core.SomeType>>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape });

/**
 * The article a message may read or change: for a content script, its tab's top document (never the
 * message's URL); for an extension page framed in a web page, that page; for an extension page of its
 * own (popup, sidebar, options), the URL it names.
 */
function articleFor(sender: TrustedSender, named: string | undefined, type: string): string {
  if (sender.kind === 'content-script' || sender.article !== null) {
    if (sender.article === null) throw new Refused(type, 'only the top frame of a web page may use its notes');
    // A single-page app moves between its articles with pushState, which the sender's address the
    // browser reports does not always follow yet: the content script's own address counts within the
    // same site (origin), never across sites (docs/SECURITY.md).
    if (named !== undefined && sameOrigin(named, sender.article)) return articleKey(named);
    return sender.article;
  }
  if (named === undefined) throw new Refused(type, 'no article URL');
  return articleKey(named);
}

const both = ['content-script', 'extension-page'] as const;

/** The notes and share-link routes (background/messages.ts checks the sender and the schema first). */
export function shareRoutes(): Route[] {
  return [
    route({
      type: SHARE_DECODE,
      from: both,
      // A link's fragment: the payload (LIMITS.encodedChars) plus a text directive.
      schema: msg(SHARE_DECODE, { hash: z.string().check(z.maxLength(LIMITS.encodedChars + 16_000)) }),
      handle: (m) => decodeShareHash(m.hash),
    }),
    route({
      type: NOTES_FOR_URL,
      from: both,
      schema: msg(NOTES_FOR_URL, { url }),
      handle: (m, sender) => notesForUrl(articleFor(sender, m.url, NOTES_FOR_URL)),
    }),
    route({
      type: HAS_NOTES_FOR_URL,
      from: both,
      schema: msg(HAS_NOTES_FOR_URL, { url }),
      handle(m, sender) {
        const article = articleFor(sender, m.url, HAS_NOTES_FOR_URL);
        return Promise.all([notesForUrl(article), emphasisForUrl(article)]).then(
          ([notes, ids]) => notes.length + ids.length > 0,
        );
      },
    }),
    route({
      type: NOTES_ADD,
      from: both,
      schema: msg(NOTES_ADD, { url, notes: z.array(NoteInput).check(z.minLength(1), z.maxLength(LIMITS.notes)) }),
      handle(m, sender) {
        const now = new Date().toISOString();
        // A note from a share link carries no creation time: it is created here, now.
        const notes = m.notes.map((n) => ({
          ...n,
          createdAt: n.createdAt && n.createdAt.length >= 10 ? n.createdAt : now,
        }));
        return addNotes(articleFor(sender, m.url, NOTES_ADD), notes);
      },
    }),
    route({
      type: NOTES_EDIT,
      from: both,
      schema: msg(NOTES_EDIT, { url, id: NoteId, text: z.string().check(z.maxLength(100_000)) }),
      handle: (m, sender) => editStoredNote(articleFor(sender, m.url, NOTES_EDIT), m.id, m.text),
    }),
    route({
      type: NOTES_DELETE,
      from: both,
      schema: msg(NOTES_DELETE, { url, id: NoteId }),
      handle: (m, sender) => deleteStoredNote(articleFor(sender, m.url, NOTES_DELETE), m.id),
    }),
    route({
      type: NOTES_RESTORE,
      from: both,
      schema: msg(NOTES_RESTORE, { note: NoteSchema, index: z.int().check(z.minimum(0), z.maximum(100_000)) }),
      handle(m, sender) {
        // Undo puts a note back on the article it was deleted from: this sender's article only.
        if (articleFor(sender, m.note.url, NOTES_RESTORE) !== m.note.url) {
          throw new Refused(NOTES_RESTORE, 'the note belongs to another article');
        }
        return restoreStoredNote(m.note, m.index);
      },
    }),
    route({
      type: EMPHASIS_FOR_URL,
      from: both,
      schema: msg(EMPHASIS_FOR_URL, { url }),
      handle: (m, sender) => emphasisForUrl(articleFor(sender, m.url, EMPHASIS_FOR_URL)),
    }),
    route({
      type: EMPHASIS_SET,
      from: both,
      schema: msg(EMPHASIS_SET, {
        url,
        ids: z.array(z.string().check(z.minLength(1), z.maxLength(LIMITS.id))).check(z.maxLength(MAX_EMPHASIS)),
      }),
      handle: (m, sender) =>
        saveEmphasisFor(articleFor(sender, m.url, EMPHASIS_SET), m.ids).then(
          () => ({ ok: true }),
          () => ({ ok: false }),
        ),
    }),
  ];
}

function sameOrigin(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    return (x.protocol === 'https:' || x.protocol === 'http:') && x.origin === new URL(b).origin;
  } catch {
    return false;
  }
}
