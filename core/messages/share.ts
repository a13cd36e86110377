/** Messages for notes and share links (contract only: content script, background, extension pages). */
import type { Note } from '../notes';
import type { DecodeResult } from '../share/payload';

/** Card UI bundle → background: decode the share payload in this URL fragment. Answers DecodeResult. */
export const SHARE_DECODE = 'backstory:share-decode' as const;
/** → background: the stored notes for one article URL. Answers `Note[]`. */
export const NOTES_FOR_URL = 'backstory:notes-for-url' as const;
/** → background: add notes (new ids only) for one article URL. Answers `{ ok, added }`. */
export const NOTES_ADD = 'backstory:notes-add' as const;
/** → background: replace one stored note's text. Answers `{ ok }`. */
export const NOTES_EDIT = 'backstory:notes-edit' as const;
/** → background: delete one stored note. Answers `{ ok, removed?, index? }` (what undo puts back). */
export const NOTES_DELETE = 'backstory:notes-delete' as const;
/** → background: undo a delete (puts the note back at its index). Answers `{ ok }`. */
export const NOTES_RESTORE = 'backstory:notes-restore' as const;
/** → background: the entity ids a teacher chose to emphasise in this article's share link. Answers `string[]`. */
export const EMPHASIS_FOR_URL = 'backstory:emphasis-for-url' as const;
/** → background: set them. Answers `{ ok }`. */
export const EMPHASIS_SET = 'backstory:emphasis-set' as const;
/** The storage.local key of the emphasis record (shared/storage.ts); the notes panel follows its changes. */
export const EMPHASIS_STORAGE_KEY = 'emphasis';
/** The name a teacher signs share links with (optional; extension pages only). */
export const SHARE_NAME_KEY = 'shareName';
export const SHARE_NAME_MAX = 80;
/** → background: whether one article URL has stored notes or emphasis (the card UI shows them). Answers `boolean`. */
export const HAS_NOTES_FOR_URL = 'backstory:has-notes-for-url' as const;
/** Extension page → content script: the page's HTML, article text and page state (for handouts and links). */
export const ARTICLE_HTML = 'backstory:article-html' as const;

export interface NotesAddResult {
  ok: boolean;
  added: number;
  error?: string;
}
export interface NotesDeleteResult {
  ok: boolean;
  removed?: Note;
  index?: number;
}
export type { DecodeResult };

export interface ArticleHtmlAnswer {
  url: string;
  title: string;
  html: string;
  /** The article region's text as the annotator reads it (offsets of note positions refer to it). */
  text: string;
  /** PageState (validated by the receiver). */
  state: unknown;
}

/** An article URL as notes are keyed: without its fragment. */
export function articleKey(url: string): string {
  return url.split('#')[0] as string;
}
