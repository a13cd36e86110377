/** Messages for notes and share links (contract only: content script, background, extension pages). */
import type { Note } from '../notes';
import type { DecodeResult } from '../share/payload';

/** Card UI bundle → background: decode the share payload in this URL fragment. Answers DecodeResult. */
export const SHARE_DECODE = 'backstory:share-decode' as const;
/** → background: the stored notes for one article URL. Answers `Note[]`. */
export const NOTES_FOR_URL = 'backstory:notes-for-url' as const;
/** → background: add notes (new ids only) for one article URL. Answers `{ ok, added }`. */
export const NOTES_ADD = 'backstory:notes-add' as const;
/** Extension page → content script: the page's HTML, article text and page state (for handouts and links). */
export const ARTICLE_HTML = 'backstory:article-html' as const;

export interface ShareDecodeMessage {
  type: typeof SHARE_DECODE;
  hash: string;
}
export interface NotesForUrlMessage {
  type: typeof NOTES_FOR_URL;
  url: string;
}
export interface NotesAddMessage {
  type: typeof NOTES_ADD;
  url: string;
  notes: Omit<Note, 'url'>[];
}
export interface NotesAddResult {
  ok: boolean;
  added: number;
  error?: string;
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
