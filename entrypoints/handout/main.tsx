/**
 * The handout page (`handout.html?tab=ID`): the tab's article, extracted and sanitised, with the context
 * the teacher chose (by default the entities emphasised for this article; with none, the people and the
 * story's figures it names), each marked at its first mention with a superscript number that matches its
 * note; the teacher's notes beside their passages; the notes' sources once each. Prints on A4 or Letter
 * (a typical article on two or three pages), and saves as one self-contained HTML file (no scripts,
 * nothing fetched). Every word of ours goes through the message tables (English and Ukrainian).
 */
import '@/shared/zod';
import DOMPurify from 'dompurify';
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { articleKey } from '@/core/messages/share';
import type { Note } from '@/core/notes';
import { htmlEscape } from '@/core/share/context-pack';
import dataset from '@/data/generated/dataset.json';
import type { Dataset, Entity, Source } from '@/data/schema';
import { downloadFile } from '@/shared/download';
import { currentLanguage, d, initI18n, lt, t } from '@/shared/i18n';
import { type ArticleFromTab, readArticleFromTab } from '@/shared/share-actions';
import { emphasisForUrl, loadSettings, notesForUrl } from '@/shared/storage';
import { type ExtractedArticle, extractArticle, markMentions, numberMarks, placeTeacherNotes } from './build';
import {
  type HandoutOptions,
  initialOptions,
  mentionedIds,
  noteOrder,
  type Preset,
  presetIds,
  sourceList,
} from './plan';
import { HANDOUT_CSS, PAGE_SIZE_CSS } from './styles';

const DATA = dataset as unknown as Dataset;
const BY_ID = new Map(DATA.entities.map((e) => [e.id, e]));
const kindOf = (id: string) => BY_ID.get(id)?.kind;
const KINDS: Entity['kind'][] = ['person', 'figure', 'organisation', 'place', 'event', 'document', 'concept'];

interface Loaded {
  article: ArticleFromTab;
  extracted: ExtractedArticle;
  notes: Note[];
  /** Entity ids in the order of first mention on the page. */
  mentioned: string[];
  /** Mentions per entity id on the page. */
  counts: Map<string, number>;
  emphasis: string[];
}

/** A date in the interface language's one format (shared/i18n.ts). */
const formatDate = d;

/** Dataset text in the interface's language where the dataset has it, else the English marked lang="en". */
function Local({ en, uk }: { en: string; uk?: string | undefined }) {
  const text = lt(en, uk);
  return text.lang ? <span lang={text.lang}>{text.text}</span> : <>{text.text}</>;
}

/** Dataset text that has no translation (source titles): English, marked so when the interface is not. */
function En({ children }: { children: string }) {
  return <Local en={children} />;
}

function Body({ fragment }: { fragment: DocumentFragment }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.replaceChildren(fragment.cloneNode(true));
  }, [fragment]);
  return <div class="article-body" ref={ref} />;
}

/** A teacher's note as it stands after its paragraph (built with the DOM: it goes into the article body). */
function teacherNoteElement(note: Note, label: string): HTMLElement {
  const aside = document.createElement('aside');
  aside.className = 'teacher-note';
  aside.setAttribute('role', 'note');
  const head = document.createElement('strong');
  head.textContent = t('handoutTeacherNote', { label });
  aside.append(head, document.createTextNode(' '), note.text);
  return aside;
}

interface Built {
  body: DocumentFragment;
  /** The notes' entities, numbered: notes[i] is note i + 1. */
  notes: Entity[];
  unplaced: Note[];
}

function buildBody(data: Loaded, options: HandoutOptions): Built {
  const body = data.extracted.body.cloneNode(true) as DocumentFragment;
  const include = new Set(options.include);
  const { order } = markMentions(body, data.article.state?.mentions ?? [], {
    include,
    everyMention: options.everyMention,
  });
  const ids = noteOrder(options.include, order, data.mentioned);
  const numbers = new Map(ids.map((id, i) => [id, i + 1]));
  const { unplaced } = options.teacherNotes
    ? placeTeacherNotes(body, data.notes, teacherNoteElement)
    : { unplaced: [] as Note[] };
  numberMarks(body, (id) => numbers.get(id));
  return { body, notes: ids.map((id) => BY_ID.get(id)).filter((e): e is Entity => e !== undefined), unplaced };
}

function sourceDated(s: Source): string {
  return s.published ? formatDate(s.published) : t('handoutRetrieved', { date: formatDate(s.retrieved ?? '') });
}

function Handout({ data, options }: { data: Loaded; options: HandoutOptions }) {
  const { article, extracted } = data;
  const built = useMemo(() => buildBody(data, options), [data, options]);
  const { sources, refs } = useMemo(() => sourceList(built.notes), [built]);
  const articleDate = article.state?.articleDate ?? extracted.published;
  return (
    <main>
      <article>
        <h1>{extracted.title}</h1>
        <p class="meta">
          {[extracted.siteName ?? new URL(article.url).hostname, extracted.byline, articleDate]
            .filter(Boolean)
            .join(' · ')}
          <br />
          <span class="url">{articleKey(article.url)}</span>
        </p>
        <Body fragment={built.body} />
      </article>
      {built.notes.length > 0 && (
        <section class="context" aria-labelledby="context-h">
          <h2 id="context-h">{t('handoutContext')}</h2>
          <p class="small">{t('handoutContextIntro')}</p>
          <ol class="notes">
            {built.notes.map((e, i) => (
              <li key={e.id} value={i + 1} id={`note-${i + 1}`}>
                <strong>
                  <Local en={e.name} uk={e.uk?.name} />
                </strong>{' '}
                <span class="kind">({t(`cardKind_${e.kind}`)})</span>: <Local en={e.summary} uk={e.uk?.summary} />{' '}
                <span class="checked">{t('handoutChecked', { date: formatDate(e.asOf) })}</span>
                {options.sources && (refs.get(e.id)?.length ?? 0) > 0 && (
                  <span class="src"> [{(refs.get(e.id) ?? []).map((n) => `S${n}`).join(', ')}]</span>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {options.teacherNotes && built.unplaced.length > 0 && (
        <section class="teacher-notes" aria-labelledby="notes-h">
          <h2 id="notes-h">{t('handoutUnplacedNotes')}</h2>
          <ol>
            {built.unplaced.map((note) => (
              <li key={note.id}>
                <blockquote>“{note.exact.replace(/\s+/g, ' ').trim().slice(0, 200)}”</blockquote>
                <p>{note.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {options.sources && sources.length > 0 && (
        <section class="sources" aria-labelledby="sources-h">
          <h2 id="sources-h">{t('handoutSources')}</h2>
          <ol class="source-list">
            {sources.map((s, i) => (
              <li key={s.url} id={`S${i + 1}`}>
                <span class="sn">S{i + 1}</span> {s.publisher}
                {s.via ? ` (${t('handoutVia', { copy: s.via })})` : ''}, “<En>{s.title}</En>” ({sourceDated(s)}).{' '}
                <span class="url">{s.url}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}

/** The teacher's choice of what goes in (on screen only, never printed or saved). */
function Choose({
  data,
  options,
  preset,
  onChange,
}: {
  data: Loaded;
  options: HandoutOptions;
  preset: Preset | null;
  onChange(options: HandoutOptions, preset: Preset | null): void;
}) {
  const listed = [...new Set([...data.mentioned, ...data.emphasis.filter((id) => BY_ID.has(id))])];
  const chosen = new Set(options.include);
  const pick = (p: Preset) => onChange({ ...options, include: presetIds(p, data.mentioned, data.emphasis, kindOf) }, p);
  const toggle = (id: string, on: boolean) =>
    onChange({ ...options, include: on ? [...options.include, id] : options.include.filter((x) => x !== id) }, null);
  const presets: [Preset, string][] = [
    ['emphasised', t('handoutPresetEmphasised')],
    ['default', t('handoutPresetDefault')],
    ['all', t('handoutPresetAll')],
  ];
  return (
    <details class="choose" open>
      <summary>{t('handoutChoose')}</summary>
      <p class="small">{t('handoutChooseHint', { count: options.include.length })}</p>
      <fieldset class="presets">
        <legend>{t('handoutPresets')}</legend>
        {presets.map(([p, label]) => (
          <button
            type="button"
            key={p}
            aria-pressed={preset === p}
            disabled={p === 'emphasised' && data.emphasis.length === 0}
            onClick={() => pick(p)}
          >
            {label}
          </button>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('handoutEntities')}</legend>
        {KINDS.map((kind) => {
          const ids = listed.filter((id) => kindOf(id) === kind);
          if (!ids.length) return null;
          return (
            <div class="kind-group" key={kind}>
              <span class="kind-label">{t(`cardKind_${kind}`)}</span>
              {ids.map((id) => (
                <label key={id}>
                  <input
                    type="checkbox"
                    value={id}
                    checked={chosen.has(id)}
                    onChange={(e) => toggle(id, (e.currentTarget as HTMLInputElement).checked)}
                  />{' '}
                  {lt(BY_ID.get(id)?.name ?? id, BY_ID.get(id)?.uk?.name).text}
                  {data.emphasis.includes(id) ? ` ${t('handoutEmphasisedMark')}` : ''}
                  {data.counts.get(id) ? <span class="count"> ({data.counts.get(id)})</span> : null}
                </label>
              ))}
            </div>
          );
        })}
      </fieldset>
      <div class="switches">
        <label>
          <input
            type="checkbox"
            name="every-mention"
            checked={options.everyMention}
            onChange={(e) =>
              onChange({ ...options, everyMention: (e.currentTarget as HTMLInputElement).checked }, preset)
            }
          />{' '}
          {t('handoutEveryMention')}
        </label>
        <label>
          <input
            type="checkbox"
            name="teacher-notes"
            checked={options.teacherNotes}
            onChange={(e) =>
              onChange({ ...options, teacherNotes: (e.currentTarget as HTMLInputElement).checked }, preset)
            }
          />{' '}
          {t('handoutIncludeNotes', { count: data.notes.length })}
        </label>
        <label>
          <input
            type="checkbox"
            name="sources"
            checked={options.sources}
            onChange={(e) => onChange({ ...options, sources: (e.currentTarget as HTMLInputElement).checked }, preset)}
          />{' '}
          {t('handoutIncludeSources')}
        </label>
      </div>
    </details>
  );
}

/** One self-contained HTML file: the handout's markup (sanitised again) with the CSS inlined. */
export function savedHtml(
  main: HTMLElement,
  title: string,
  pageSize: keyof typeof PAGE_SIZE_CSS,
  lang: string = currentLanguage(),
): string {
  const body = DOMPurify.sanitize(main.outerHTML, {
    FORBID_TAGS: ['script', 'iframe', 'form', 'img', 'link', 'style', 'object', 'embed'],
    FORBID_ATTR: ['src', 'srcset', 'href', 'style'],
  });
  return `<!doctype html>
<html lang="${htmlEscape(lang)}">
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

async function load(): Promise<Loaded> {
  const tab = new URLSearchParams(location.search).get('tab');
  if (!tab || !/^\d+$/.test(tab)) throw new Error(t('handoutNoTab'));
  const article = await readArticleFromTab(Number(tab));
  if (!article) throw new Error(t('handoutCannotRead'));
  const extracted = extractArticle(article.html, articleKey(article.url));
  if (!extracted) throw new Error(t('handoutNoArticle'));
  const mentions = article.state?.mentions ?? [];
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const [notes, emphasis] = await Promise.all([notesForUrl(article.url), emphasisForUrl(article.url)]);
  return {
    article,
    extracted,
    notes,
    mentioned: mentionedIds(mentions, (id) => BY_ID.has(id)),
    counts,
    emphasis,
  };
}

function App() {
  const [data, setData] = useState<Loaded | null>(null);
  const [options, setOptions] = useState<HandoutOptions | null>(null);
  const [preset, setPreset] = useState<Preset | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [size, setSize] = useState<keyof typeof PAGE_SIZE_CSS>(navigator.language === 'en-US' ? 'Letter' : 'A4');

  useEffect(() => {
    load()
      .then((loaded) => {
        const initial = initialOptions(loaded.mentioned, loaded.emphasis, kindOf);
        document.title = t('handoutTitle', { title: loaded.extracted.title });
        setOptions(initial.options);
        setPreset(initial.preset);
        setData(loaded);
      })
      .catch((e) => setError(e instanceof Error ? e.message : String(e)));
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
      <header class="controls">
        <div class="toolbar" role="toolbar" aria-label={t('handoutToolbar')}>
          <button type="button" onClick={() => print()} disabled={!data}>
            {t('handoutPrint')}
          </button>
          <button type="button" id="save-html" onClick={save} disabled={!data}>
            {t('handoutSaveHtml')}
          </button>
          <label>
            {t('handoutPaper')}{' '}
            <select
              value={size}
              onChange={(e) => setSize((e.currentTarget as HTMLSelectElement).value as 'A4' | 'Letter')}
            >
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </label>
        </div>
        {data && options && (
          <Choose
            data={data}
            options={options}
            preset={preset}
            onChange={(next, p) => {
              setOptions(next);
              setPreset(p);
            }}
          />
        )}
      </header>
      {error && (
        <main>
          <p class="error" role="alert">
            {error}
          </p>
        </main>
      )}
      {data && options && <Handout data={data} options={options} />}
    </>
  );
}

loadSettings()
  .then((loaded) => initI18n(loaded.settings.uiLanguage))
  .catch(() => initI18n('auto'))
  .finally(() => render(<App />, document.getElementById('app') as HTMLElement));
