/**
 * The handout page (`handout.html?tab=ID`): the tab's article, extracted and sanitised, with the story's
 * mentions marked, the context as numbered notes (people, figures, background, sources) and the teacher's
 * notes; prints on A4 or Letter, and saves as one self-contained HTML file (no scripts, nothing fetched).
 */
import '@/shared/zod';
import DOMPurify from 'dompurify';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sourceDate } from '@/core/export/citation';
import { articleKey } from '@/core/messages/share';
import type { Note } from '@/core/notes';
import { htmlEscape, packModel, shortQuote } from '@/core/share/context-pack';
import dataset from '@/data/generated/dataset.json';
import type { Dataset, Entity, Source } from '@/data/schema';
import { downloadFile } from '@/shared/download';
import { type ArticleFromTab, readArticleFromTab } from '@/shared/share-actions';
import { notesForUrl } from '@/shared/storage';
import { type ExtractedArticle, extractArticle, markMentions } from './build';
import { HANDOUT_CSS, PAGE_SIZE_CSS } from './styles';

const DATA = dataset as unknown as Dataset;

interface Loaded {
  article: ArticleFromTab;
  extracted: ExtractedArticle;
  notes: Note[];
  entities: Entity[];
}

function Body({ fragment }: { fragment: DocumentFragment }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.replaceChildren(fragment.cloneNode(true));
  }, [fragment]);
  return <div class="article-body" ref={ref} />;
}

function group(entities: Entity[]) {
  const people = entities.filter((e) => e.kind === 'person');
  const figures = entities.filter((e) => e.kind === 'figure');
  const background = entities.filter((e) => e.kind !== 'person' && e.kind !== 'figure');
  const sources = new Map<string, Source>();
  for (const e of entities) for (const s of e.sources) if (!sources.has(s.url)) sources.set(s.url, s);
  return { people, figures, background, sources: [...sources.values()] };
}

function Handout({ data }: { data: Loaded }) {
  const { article, extracted, notes, entities } = data;
  const g = group(entities);
  let n = 0;
  const item = (e: Entity) => (
    <li key={e.id} value={++n}>
      <strong>{e.name}</strong>: {e.summary}
    </li>
  );
  return (
    <main>
      <article>
        <h1>{extracted.title}</h1>
        <p class="meta">
          {[
            extracted.siteName ?? new URL(article.url).hostname,
            extracted.byline,
            article.state?.articleDate ?? extracted.published,
          ]
            .filter(Boolean)
            .join(' · ')}
          <br />
          <span class="url">{articleKey(article.url)}</span>
        </p>
        <Body fragment={extracted.body} />
      </article>
      <section class="context" aria-labelledby="context-h">
        <h2 id="context-h">Context (Backstory, facts checked as of {DATA.reviewedAsOf})</h2>
        {g.people.length > 0 && (
          <>
            <h3>People</h3>
            <ol>{g.people.map(item)}</ol>
          </>
        )}
        {g.figures.length > 0 && (
          <>
            <h3>Figures</h3>
            <ol>{g.figures.map(item)}</ol>
          </>
        )}
        {g.background.length > 0 && (
          <>
            <h3>Background</h3>
            <ol>{g.background.map(item)}</ol>
          </>
        )}
        <h3>Sources</h3>
        <ol class="small">
          {g.sources.map((s) => (
            <li key={s.url} value={++n}>
              {s.publisher}, “{s.title}” ({sourceDate(s)}). {s.url}
            </li>
          ))}
        </ol>
      </section>
      <section class="teacher-notes" aria-labelledby="notes-h">
        <h2 id="notes-h">Teacher's notes</h2>
        {notes.length === 0 ? (
          <p class="small">No notes on this article.</p>
        ) : (
          <ol>
            {notes.map((note) => (
              <li key={note.id}>
                <blockquote>“{shortQuote(note.exact)}”</blockquote>
                <p>{note.text}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}

/** One self-contained HTML file: the handout's markup (sanitised again) with the CSS inlined. */
export function savedHtml(main: HTMLElement, title: string, pageSize: keyof typeof PAGE_SIZE_CSS): string {
  const body = DOMPurify.sanitize(main.outerHTML, {
    FORBID_TAGS: ['script', 'iframe', 'form', 'img', 'link', 'style', 'object', 'embed'],
    FORBID_ATTR: ['src', 'srcset', 'href', 'style'],
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlEscape(title)}</title>
<style>${HANDOUT_CSS}${PAGE_SIZE_CSS[pageSize]}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function fileName(title: string): string {
  return `${
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'handout'
  }.html`;
}

function App() {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [size, setSize] = useState<keyof typeof PAGE_SIZE_CSS>(navigator.language === 'en-US' ? 'Letter' : 'A4');

  useEffect(() => {
    (async () => {
      const tab = new URLSearchParams(location.search).get('tab');
      if (!tab || !/^\d+$/.test(tab)) return setError('No tab was given.');
      const article = await readArticleFromTab(Number(tab));
      if (!article)
        return setError('Backstory could not read that tab. Handouts work on story pages Backstory has annotated.');
      const extracted = extractArticle(article.html, articleKey(article.url));
      if (!extracted) return setError('Backstory could not find the article text on that page.');
      const mentions = article.state?.mentions ?? [];
      markMentions(extracted.body, mentions);
      const { entities } = packModel({
        url: article.url,
        mentioned: mentions.map((m) => m.entityId),
        notes: [],
        dataset: DATA,
      });
      const notes = await notesForUrl(article.url);
      document.title = `Handout: ${extracted.title}`;
      setData({ article, extracted, notes, entities });
    })().catch((e) => setError(String(e)));
  }, []);

  useEffect(() => {
    if (data || error) document.body.dataset.ready = error ? 'error' : 'ready';
  }, [data, error]);

  const save = () => {
    const main = document.querySelector('main');
    if (!main || !data) return;
    downloadFile(fileName(data.extracted.title), savedHtml(main, data.extracted.title, size), 'text/html');
  };

  return (
    <>
      <style>{HANDOUT_CSS + PAGE_SIZE_CSS[size]}</style>
      <div class="toolbar" role="toolbar" aria-label="Handout">
        <button type="button" onClick={() => print()} disabled={!data}>
          Print
        </button>
        <button type="button" id="save-html" onClick={save} disabled={!data}>
          Save as HTML
        </button>
        <label>
          Paper{' '}
          <select
            value={size}
            onChange={(e) => setSize((e.currentTarget as HTMLSelectElement).value as 'A4' | 'Letter')}
          >
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
      </div>
      {error && (
        <main>
          <p class="error" role="alert">
            {error}
          </p>
        </main>
      )}
      {data && <Handout data={data} />}
    </>
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
