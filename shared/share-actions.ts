/**
 * "Make a handout", "Copy share link" and "Copy context pack" for one tab, for the popup (and any other
 * extension page). Each reads the page through the content script (`backstory:article-html`, answered on
 * story pages only) and the reader's stored notes.
 */
import './zod';
import type { PageState } from '../core/messages/page-state';
import { ARTICLE_HTML, articleKey } from '../core/messages/share';
import { sendToTab } from '../core/messages/transport';
import { buildContextPack, type ContextPack } from '../core/share/context-pack';
import { buildShareLink, type ShareLinkResult, shareArticleUrl } from '../core/share/link';
import dataset from '../data/generated/dataset.json';
import type { Dataset } from '../data/schema';
import { asPageState } from './page-state';
import { emphasisForUrl, notesForUrl } from './storage';

export const HANDOUT_PAGE = '/handout.html';

export interface ArticleFromTab {
  url: string;
  title: string;
  html: string;
  text: string;
  state: PageState | null;
}

/** The article as the tab's content script reads it, or null (not a story page, or no content script). */
export async function readArticleFromTab(tabId: number): Promise<ArticleFromTab | null> {
  try {
    const answer = await sendToTab(tabId, { type: ARTICLE_HTML });
    if (!answer || typeof answer.html !== 'string' || typeof answer.url !== 'string') return null;
    return {
      url: answer.url,
      title: String(answer.title ?? ''),
      html: answer.html,
      text: String(answer.text ?? ''),
      state: asPageState(answer.state),
    };
  } catch {
    return null;
  }
}

export function openHandout(tabId: number): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(`${HANDOUT_PAGE}?tab=${tabId}` as '/handout.html') });
}

/**
 * The share link for a tab's article with the reader's notes on it (those `include` keeps); emphasis: entity ids to stress
 * (by default, the ones the reader ticked for this article in the in-page notes panel).
 */
export async function shareLinkForTab(
  tabId: number,
  emphasis?: string[],
  include: (noteId: string) => boolean = () => true,
  signed: { by?: string; sharedOn?: string } = {},
): Promise<ShareLinkResult | { ok: false; error: 'not-a-story-page' }> {
  const article = await readArticleFromTab(tabId);
  if (!article) return { ok: false, error: 'not-a-story-page' };
  // Only the notes the teacher left ticked in the popup ("Notes in the share link").
  const notes = (await notesForUrl(article.url)).filter((n) => include(n.id));
  return buildShareLink(articleKey(article.url), notes, {
    emphasis: emphasis ?? (await emphasisForUrl(article.url)),
    articleText: article.text,
    ...signed,
  });
}

export async function contextPackForTab(tabId: number, emphasis?: string[]): Promise<ContextPack | null> {
  const article = await readArticleFromTab(tabId);
  if (!article) return null;
  const notes = await notesForUrl(article.url);
  return buildContextPack({
    // Pasted into lesson plans and handed on: the article's address without the teacher's query string.
    url: shareArticleUrl(article.url),
    title: article.title,
    articleDate: article.state?.articleDate ?? null,
    mentioned: article.state?.mentions.map((m) => m.entityId) ?? [],
    emphasis: emphasis ?? (await emphasisForUrl(article.url)),
    notes,
    dataset: dataset as unknown as Dataset,
  });
}

/** Copies text (and HTML, where the clipboard allows rich paste). Must run in a reader's gesture. */
export async function copyToClipboard(text: string, html?: string): Promise<void> {
  if (html && typeof ClipboardItem === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // fall back to plain text
    }
  }
  await navigator.clipboard.writeText(text);
}
