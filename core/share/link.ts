/** Builds a share link for an article: the notes payload in the fragment plus text directives for the quoted passages. */
import type { Note } from '../notes';
import { type EncodeResult, encodeSharePayload, LIMITS } from './payload';
import { buildShareUrl, directiveFor, type TextDirective, toWordBoundaries } from './text-fragment';

/** Text directives for the notes' passages (whole words; at most a few, the first one is where browsers scroll). */
export function directivesFor(notes: Omit<Note, 'url'>[], articleText: string, max = 5): TextDirective[] {
  const out: TextDirective[] = [];
  for (const note of notes) {
    if (out.length >= max) break;
    let quote = note.exact;
    let prefix = note.prefix;
    let suffix = note.suffix;
    const at =
      note.position && articleText.slice(note.position.start, note.position.end) === note.exact
        ? note.position.start
        : articleText.indexOf(note.exact);
    if (at !== -1 && articleText) {
      const w = toWordBoundaries(articleText, at, at + note.exact.length);
      quote = articleText.slice(w.start, w.end);
      prefix = articleText.slice(Math.max(0, w.start - 40), w.start);
      suffix = articleText.slice(w.end, w.end + 40);
    }
    const d = directiveFor(quote, { prefix, suffix, articleText: articleText || undefined });
    if (d) out.push(d);
  }
  return out;
}

export type ShareLinkResult = { ok: true; url: string } | Exclude<EncodeResult, { ok: true }>;

export async function buildShareLink(
  articleUrl: string,
  notes: Omit<Note, 'url'>[],
  options: { emphasis?: string[]; articleText?: string } = {},
): Promise<ShareLinkResult> {
  const chosen = notes.slice(0, LIMITS.notes);
  const encoded = await encodeSharePayload({ notes: chosen, emphasis: options.emphasis ?? [] });
  if (!encoded.ok) return encoded;
  return { ok: true, url: buildShareUrl(articleUrl, encoded.value, directivesFor(chosen, options.articleText ?? '')) };
}
