/**
 * The reader's notes: stored under `local:notes` as a record keyed by article URL (each URL's notes in
 * creation order), exported and imported as `{ version: 1, notes: Note[] }`. Import adds only valid,
 * new notes; stored notes are never dropped or overwritten by an import.
 */
import { z } from './zod';

export const NOTES_KEY = 'notes';
const NOTES_FILE_VERSION = 1;

export const Note = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  url: z.string().check(z.minLength(1), z.maxLength(4000)),
  /** The exact marked text the note is attached to, with some text either side (a text-quote selector). */
  exact: z.string().check(z.minLength(1), z.maxLength(10_000)),
  prefix: z.string().check(z.maxLength(1000)),
  suffix: z.string().check(z.maxLength(1000)),
  /** Character offsets in the article text, a hint when the quote occurs more than once. */
  position: z.optional(z.object({ start: z.int().check(z.minimum(0)), end: z.int().check(z.minimum(0)) })),
  text: z.string().check(z.maxLength(100_000)),
  entityId: z.optional(z.string()),
  /** ISO 8601 timestamp. */
  createdAt: z.string().check(z.minLength(10), z.maxLength(40)),
});
export type Note = z.infer<typeof Note>;

export const StoredNotes = z.record(z.string(), z.array(Note));
export type StoredNotes = z.infer<typeof StoredNotes>;

/** Import files larger than this (characters) are refused whole; so are entries past MAX_IMPORT_NOTES. */
export const MAX_IMPORT_CHARS = 5_000_000;
export const MAX_IMPORT_NOTES = 5000;

/** An http(s) address: the only note URLs imported, and the only ones shown as links. */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A copy of `stored` in a null-prototype record: an article URL such as `constructor` or `__proto__` is just a key. */
export function copyNotes(stored: StoredNotes): StoredNotes {
  const copy: StoredNotes = Object.create(null);
  for (const [url, list] of Object.entries(stored)) copy[url] = [...list];
  return copy;
}

const NotesFile = z.object({ version: z.literal(NOTES_FILE_VERSION), notes: z.array(z.unknown()) });

export interface ImportReport {
  /** The merged notes to store (stored notes first, unchanged). */
  merged: StoredNotes;
  added: number;
  duplicates: number;
  rejected: { index: number; reason: string }[];
  /** Set when the file as a whole is not a notes file (or too large): nothing is imported. */
  fileError?: 'not-json' | 'not-notes-file' | 'too-large';
}

export function flattenNotes(stored: StoredNotes): Note[] {
  return Object.values(stored).flat();
}

export function exportNotes(stored: StoredNotes): { version: 1; notes: Note[] } {
  return { version: NOTES_FILE_VERSION, notes: flattenNotes(stored) };
}

export function countNotes(stored: StoredNotes): number {
  return flattenNotes(stored).length;
}

function describe(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length ? issue.path.join('.') : 'note';
  return `${where}: ${issue.message}`;
}

/** Validates an import file's text and merges its notes into `stored` (a new object; `stored` is untouched). */
export function importNotes(stored: StoredNotes, fileText: string): ImportReport {
  const merged = copyNotes(stored);
  const report: ImportReport = { merged, added: 0, duplicates: 0, rejected: [] };
  if (fileText.length > MAX_IMPORT_CHARS) return { ...report, fileError: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return { ...report, fileError: 'not-json' };
  }
  const file = NotesFile.safeParse(json);
  if (!file.success) return { ...report, fileError: 'not-notes-file' };
  const ids = new Set(flattenNotes(stored).map((n) => n.id));
  file.data.notes.forEach((entry, index) => {
    if (index >= MAX_IMPORT_NOTES) {
      report.rejected.push({ index, reason: `more than ${MAX_IMPORT_NOTES} notes` });
      return;
    }
    const note = Note.safeParse(entry);
    if (!note.success) {
      report.rejected.push({ index, reason: describe(note.error) });
      return;
    }
    if (!isHttpUrl(note.data.url)) {
      report.rejected.push({ index, reason: 'url: not an http(s) address' });
      return;
    }
    if (ids.has(note.data.id)) {
      report.duplicates++;
      return;
    }
    ids.add(note.data.id);
    const list = merged[note.data.url] ?? [];
    merged[note.data.url] = list;
    list.push(note.data);
    report.added++;
  });
  return report;
}

// --- Editing and deleting (pure: each returns a new record, or null when the note is not there) ----

/**
 * Where a note is stored: its article key and index there. `within`: look on that article only (what a
 * page's content script may touch); without it, everywhere (the options page).
 */
export function findNote(
  stored: StoredNotes,
  id: string,
  within?: string,
): { url: string; index: number; note: Note } | null {
  const entries =
    within === undefined
      ? Object.entries(stored)
      : Object.hasOwn(stored, within)
        ? [[within, stored[within] as Note[]] as const]
        : [];
  for (const [url, list] of entries) {
    const index = list.findIndex((n) => n.id === id);
    if (index !== -1) return { url, index, note: list[index] as Note };
  }
  return null;
}

/** The notes with note `id`'s text replaced (null: no such note (on `within`, if given), or the text is too long). */
export function editNote(stored: StoredNotes, id: string, text: string, within?: string): StoredNotes | null {
  const at = findNote(stored, id, within);
  if (!at) return null;
  const edited = Note.safeParse({ ...at.note, text });
  if (!edited.success) return null;
  const list = [...(stored[at.url] as Note[])];
  list[at.index] = edited.data;
  return { ...stored, [at.url]: list };
}

/** The notes without note `id` (an article left with no notes loses its key), plus what was removed, for undo. */
export function removeNote(
  stored: StoredNotes,
  id: string,
  within?: string,
): { notes: StoredNotes; removed: Note; index: number } | null {
  const at = findNote(stored, id, within);
  if (!at) return null;
  const list = (stored[at.url] as Note[]).filter((_, i) => i !== at.index);
  const notes = { ...stored };
  if (list.length) notes[at.url] = list;
  else delete notes[at.url];
  return { notes, removed: at.note, index: at.index };
}

/** Puts a removed note back where it was (undo); unchanged when a note with its id is stored already. */
export function restoreNote(stored: StoredNotes, note: Note, index: number): StoredNotes {
  if (findNote(stored, note.id)) return stored;
  const list = [...(stored[note.url] ?? [])];
  list.splice(Math.max(0, Math.min(index, list.length)), 0, note);
  return { ...stored, [note.url]: list };
}

/** Articles with notes, by URL, for listing. */
export function notesByArticle(stored: StoredNotes): { url: string; notes: Note[] }[] {
  return Object.entries(stored)
    .filter(([, list]) => list.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, notes]) => ({ url, notes }));
}

// --- Emphasis: per article, the entity ids a teacher wants a share link to stress ------------------

/** At most this many per article (the share payload's limit). */
export const MAX_EMPHASIS = 50;
export const StoredEmphasis = z.record(z.string(), z.array(z.string().check(z.minLength(1), z.maxLength(80))));
export type StoredEmphasis = z.infer<typeof StoredEmphasis>;

/** The emphasis record with `url`'s entity ids set (deduplicated, capped; none removes the key). */
export function setEmphasis(stored: StoredEmphasis, url: string, ids: readonly string[]): StoredEmphasis {
  const clean = [...new Set(ids.filter((id) => id.length > 0 && id.length <= 80))].slice(0, MAX_EMPHASIS);
  const next = { ...stored };
  if (clean.length) next[url] = clean;
  else delete next[url];
  return next;
}
