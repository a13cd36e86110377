/**
 * Builds a share link for an article: the notes payload in the fragment plus text directives for the
 * quoted passages. Anyone who has the link can read the notes in it, and so can the news site's own
 * scripts while the page is open from it: the link carries the notes' text and quotes only (no creation
 * times) and the article's address without the teacher's query string (shareArticleUrl).
 */
import type { Note } from '../notes';
import { type EncodeResult, encodeSharePayload, LIMITS } from './payload';
import { buildShareUrl, directiveFor, type TextDirective, toWordBoundaries } from './text-fragment';

/** Text directives for the notes' passages (whole words; at most a few, the first one is where browsers scroll). */
function directivesFor(notes: Omit<Note, 'url'>[], articleText: string, max = 5): TextDirective[] {
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

/**
 * Query parameters that name the article itself on sites that address articles by query (`?p=123` on
 * WordPress, `?id=` / `?article=` / `?story=` elsewhere). Every other parameter is dropped from a share
 * link: tracking ids, gift and session tokens and the like are the teacher's, not the article's.
 */
const ARTICLE_PARAMS: ReadonlySet<string> = new Set([
  'p',
  'id',
  'article',
  'articleid',
  'article_id',
  'story',
  'storyid',
  'story_id',
  'page_id',
]);

/** The address a share link points at: origin and path, and only the article-naming query parameters (no user info, no fragment). */
export function shareArticleUrl(articleUrl: string): string {
  const url = new URL(articleUrl);
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (ARTICLE_PARAMS.has(name.toLowerCase())) kept.append(name, value);
  const query = kept.toString();
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
}

export type ShareLinkResult = { ok: true; url: string } | Exclude<EncodeResult, { ok: true }>;

export async function buildShareLink(
  articleUrl: string,
  notes: Omit<Note, 'url'>[],
  options: { emphasis?: string[]; articleText?: string; by?: string; sharedOn?: string } = {},
): Promise<ShareLinkResult> {
  const chosen = notes.slice(0, LIMITS.notes);
  const encoded = await encodeSharePayload({
    notes: chosen,
    emphasis: options.emphasis ?? [],
    ...(options.by ? { by: options.by } : {}),
    ...(options.sharedOn ? { sharedOn: options.sharedOn } : {}),
  });
  if (!encoded.ok) return encoded;
  const article = shareArticleUrl(articleUrl);
  return { ok: true, url: buildShareUrl(article, encoded.value, directivesFor(chosen, options.articleText ?? '')) };
}
