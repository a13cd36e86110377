/**
 * The context pack: what a teacher pastes into a lesson plan. Markdown, and HTML for rich paste built
 * from escaped text only (never from page HTML). It carries the article link, the entities the page
 * mentions with one line each and their sources, the story timeline, and the teacher's notes; no article
 * text beyond the notes' short quotes.
 */
import type { Dataset, Entity, Source } from '../../data/schema';
import { noAutolink, oneLine } from '../export/markdown';
import type { Note } from '../notes';

export const MAX_QUOTE = 200;

export interface ContextPackInput {
  url: string;
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD */
  articleDate?: string | null;
  /** Entity ids the page mentions, in order of first mention (duplicates allowed). */
  mentioned: string[];
  /** Entity ids the teacher chose to emphasise (listed first). */
  emphasis?: string[];
  notes: Pick<Note, 'exact' | 'text' | 'entityId'>[];
  dataset: Pick<Dataset, 'story' | 'entities' | 'reviewedAsOf'>;
}

export interface ContextPack {
  markdown: string;
  html: string;
}

function shortQuote(text: string, max = MAX_QUOTE): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Markdown-escapes inline text (no links, autolinks, emphasis, HTML or headings can be injected), on one line. */
export function mdEscape(text: string): string {
  return noAutolink(oneLine(text).replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`));
}

export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A URL we are willing to link to (http/https only); anything else is shown as text. */
function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function mdLink(label: string, url: string): string {
  const safe = safeUrl(url);
  return safe ? `[${mdEscape(label)}](<${safe.replace(/[<>\s]/g, encodeURIComponent)}>)` : mdEscape(label);
}

function htmlLink(label: string, url: string): string {
  const safe = safeUrl(url);
  return safe ? `<a href="${htmlEscape(safe)}">${htmlEscape(label)}</a>` : htmlEscape(label);
}

/** What the dates beside the entries mean (a review does not re-check every entry: each gives its own date). */
const CHECKED_NOTE = 'Each entry gives the date its facts were last checked against its sources.';

/** A source as a link label: its publisher, and the copy that was read where it was read elsewhere. */
function sourceLabel(s: Pick<Source, 'publisher' | 'via'>): string {
  return s.via ? `${s.publisher} (via ${s.via})` : s.publisher;
}

export interface PackModel {
  entities: Entity[];
  timeline: Dataset['story']['timeline'];
}

/** The entities to list (emphasised first, then in order of first mention) and the timeline events. */
function packModel(input: ContextPackInput): PackModel {
  const byId = new Map(input.dataset.entities.map((e) => [e.id, e]));
  const order = [...new Set([...(input.emphasis ?? []), ...input.mentioned])];
  const entities = order.map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined);
  return { entities, timeline: input.dataset.story.timeline };
}

export function buildContextPack(input: ContextPackInput): ContextPack {
  const { entities, timeline } = packModel(input);
  const title = input.title?.trim() || input.url;
  const emphasis = new Set(input.emphasis ?? []);
  const mentioned = new Set(input.mentioned);
  const byline = [input.outlet, input.articleDate].filter(Boolean).join(', ');

  const md: string[] = [];
  md.push(`# Context pack: ${mdEscape(title)}`, '');
  md.push(`Article: ${mdLink(title, input.url)}${byline ? ` (${mdEscape(byline)})` : ''}`, '');
  md.push(`Story: ${mdEscape(input.dataset.story.title)}. ${CHECKED_NOTE}`, '');
  md.push('## Who and what the article mentions', '');
  if (entities.length === 0) md.push('No people, organisations or figures from the story were found.', '');
  for (const e of entities) {
    const star = emphasis.has(e.id) ? ' (emphasised)' : '';
    const sources = e.sources.map((s) => mdLink(sourceLabel(s), s.url)).join(', ');
    md.push(`- **${mdEscape(e.name)}**${star}: ${mdEscape(e.summary)} Checked ${e.asOf}. Sources: ${sources}`);
  }
  md.push('', '## Timeline', '');
  for (const t of timeline) {
    const here = t.entities.some((id) => mentioned.has(id)) ? ' (mentioned here)' : '';
    md.push(`- ${t.date}: ${mdEscape(t.title)}${here}. Source: ${mdLink(t.source.publisher, t.source.url)}`);
  }
  md.push('', "## Teacher's notes", '');
  if (input.notes.length === 0) md.push('No notes.');
  input.notes.forEach((n, i) => {
    md.push(`${i + 1}. > “${mdEscape(shortQuote(n.exact))}”`, '', `   ${mdEscape(n.text)}`, '');
  });

  const h: string[] = [];
  h.push(`<h1>Context pack: ${htmlEscape(title)}</h1>`);
  h.push(`<p>Article: ${htmlLink(title, input.url)}${byline ? ` (${htmlEscape(byline)})` : ''}</p>`);
  h.push(`<p>Story: ${htmlEscape(input.dataset.story.title)}. ${htmlEscape(CHECKED_NOTE)}</p>`);
  h.push('<h2>Who and what the article mentions</h2><ul>');
  for (const e of entities) {
    const sources = e.sources.map((s) => htmlLink(sourceLabel(s), s.url)).join(', ');
    h.push(
      `<li><strong>${htmlEscape(e.name)}</strong>${emphasis.has(e.id) ? ' (emphasised)' : ''}: ${htmlEscape(e.summary)} Checked ${htmlEscape(e.asOf)}. Sources: ${sources}</li>`,
    );
  }
  h.push('</ul><h2>Timeline</h2><ul>');
  for (const t of timeline) {
    const here = t.entities.some((id) => mentioned.has(id)) ? ' (mentioned here)' : '';
    h.push(
      `<li>${htmlEscape(t.date)}: ${htmlEscape(t.title)}${here}. Source: ${htmlLink(t.source.publisher, t.source.url)}</li>`,
    );
  }
  h.push("</ul><h2>Teacher's notes</h2><ol>");
  for (const n of input.notes) {
    h.push(`<li><blockquote>“${htmlEscape(shortQuote(n.exact))}”</blockquote><p>${htmlEscape(n.text)}</p></li>`);
  }
  h.push('</ol>');
  return { markdown: `${md.join('\n').trimEnd()}\n`, html: h.join('\n') };
}
