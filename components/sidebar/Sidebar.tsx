/** The whole sidebar view. Renders only: state and messaging live in entrypoints/sidepanel/runtime.ts. */
import { longDate } from '../../core/export/citation';
import type { PageState } from '../../core/messages/page-state';
import { checkedRange, filterRows, groupByKind, type SidebarView } from '../../core/sidebar/view';
import type { Dataset } from '../../data/schema';
import { ArticleDate, Detection, NotDetected } from './Detection';
import { EntityList } from './EntityList';
import { ExportBar } from './ExportBar';
import { FiguresSection } from './FiguresSection';
import { SourcesSection } from './SourcesSection';
import { StorySection } from './StorySection';

export type SidebarPhase = 'loading' | 'unavailable' | 'ready';

export interface SidebarProps {
  phase: SidebarPhase;
  dataset: Dataset;
  state: PageState | null;
  view: SidebarView | null;
  pageTitle: string | null;
  pageCitation: string;
  filter: string;
  onFilter(value: string): void;
  selected: string | null;
  onReveal(entityId: string): void;
  onAnnotateAnyway(): void;
  annotating: boolean;
  onCopy(text: string, what: string): void;
  onExportJson(): void;
  onExportCsv(): void;
  onExportMarkdown(): void;
  /** Announced politely (copy done, which mention is shown). */
  status: string;
  /** Offered in the side panel; absent in the popped-out window. */
  onPopOut?: () => void;
}

/**
 * When the facts were checked: the last review, and the span of the entries' own check dates (each entry
 * shows its own; a review does not re-check every entry).
 */
function Reviewed({ dataset }: { dataset: Dataset }) {
  const range = checkedRange(dataset.entities);
  return (
    <p class="reviewed muted">
      Facts reviewed as of <time dateTime={dataset.reviewedAsOf}>{longDate(dataset.reviewedAsOf)}</time>
      {range && range.oldest !== dataset.reviewedAsOf ? (
        <>
          {' '}
          for what that review checked; each entry shows the date it was last checked (the oldest:{' '}
          <time dateTime={range.oldest}>{longDate(range.oldest)}</time>).
        </>
      ) : null}
    </p>
  );
}

export function Sidebar(props: SidebarProps) {
  const { phase, dataset, state, view } = props;
  return (
    <div class="sidebar">
      <header class="top">
        <div class="brand">
          <h1>Backstory</h1>
          {props.onPopOut ? (
            <button type="button" class="small" onClick={props.onPopOut}>
              Pop out<span class="visually-hidden"> into its own window</span>
            </button>
          ) : null}
        </div>
        {props.pageTitle ? <p class="page-title">{props.pageTitle}</p> : null}
        <Reviewed dataset={dataset} />
      </header>
      <p class="visually-hidden" role="status" aria-live="polite">
        {props.status}
      </p>
      <main>
        {phase === 'loading' ? <p class="muted">Reading the page…</p> : null}
        {phase === 'unavailable' ? <Unavailable /> : null}
        {phase === 'ready' && state && view ? <Ready {...props} state={state} view={view} /> : null}
      </main>
    </div>
  );
}

function Unavailable() {
  return (
    <section class="panel" aria-labelledby="unavailable-heading">
      <h2 id="unavailable-heading">Backstory does not run on this page</h2>
      <p>
        It reads articles on supported news sites. Open a news article (or add its site in Backstory’s options) to see
        its context here.
      </p>
    </section>
  );
}

function Ready(props: SidebarProps & { state: PageState; view: SidebarView }) {
  const { state, view, dataset } = props;
  if (state.off) {
    return (
      <section class="panel" aria-labelledby="off-heading">
        <h2 id="off-heading">Backstory is off here</h2>
        <p>{state.off === 'paused' ? 'Backstory is paused everywhere.' : 'You turned Backstory off on this site.'}</p>
      </section>
    );
  }
  const annotated = state.story !== null || state.forced === true;
  const groups = groupByKind(filterRows(view.rows, props.filter));
  return (
    <>
      {annotated ? (
        <nav aria-label="Sections" class="sections">
          <a href="#this-page">This page</a>
          <a href="#story">The story</a>
          <a href="#figures">Figures</a>
          <a href="#sources">Sources</a>
          <a href="#export">Export</a>
        </nav>
      ) : null}
      {annotated ? (
        <section id="this-page" class="panel" aria-labelledby="this-page-heading">
          <h2 id="this-page-heading">This page</h2>
          <Detection state={state} storyTitle={dataset.story.title} />
          <ArticleDate date={state.articleDate} />
          {state.status === 'scanning' ? <p class="muted">Still reading the page…</p> : null}
          {view.rows.length ? (
            <EntityList
              groups={groups}
              totalEntities={view.rows.length}
              filter={props.filter}
              onFilter={props.onFilter}
              selected={props.selected}
              onReveal={props.onReveal}
            />
          ) : (
            <p class="muted">Nothing from the story is mentioned here yet.</p>
          )}
        </section>
      ) : (
        <NotDetected
          state={state}
          storyTitle={dataset.story.title}
          onAnnotateAnyway={props.onAnnotateAnyway}
          busy={props.annotating}
        />
      )}
      <StorySection
        title={dataset.story.title}
        summary={dataset.story.summary}
        timeline={view.timeline}
        marking={annotated}
      />
      {annotated ? <FiguresSection figures={view.figures} /> : null}
      {annotated ? (
        <SourcesSection sources={view.sources} pageCitation={props.pageCitation} onCopy={props.onCopy} />
      ) : null}
      {annotated ? (
        <ExportBar onJson={props.onExportJson} onCsv={props.onExportCsv} onMarkdown={props.onExportMarkdown} />
      ) : null}
    </>
  );
}
