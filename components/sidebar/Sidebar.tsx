/** The whole sidebar view. Renders only: state and messaging live in entrypoints/sidepanel/runtime.ts. */
import type { PageState } from '../../core/messages/page-state';
import { checkedRange, filterRows, groupByKind, type SidebarView } from '../../core/sidebar/view';
import type { Dataset } from '../../data/schema';
import { d, lt, t } from '../../shared/i18n';
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
  /** `what` is a message key (what was copied: "Citation"). */
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
      {t('sbReviewed')} <time dateTime={dataset.reviewedAsOf}>{d(dataset.reviewedAsOf)}</time>
      {range && range.oldest !== dataset.reviewedAsOf ? (
        <>
          {' '}
          {t('sbReviewedEach')} <time dateTime={range.oldest}>{d(range.oldest)}</time>
          {t('sbReviewedEnd')}
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
          <h1>{t('extName')}</h1>
          {props.onPopOut ? (
            <button type="button" class="small" onClick={props.onPopOut}>
              {t('sbPopOut')}
              <span class="visually-hidden"> {t('sbPopOutHidden')}</span>
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
        {phase === 'loading' ? <p class="muted">{t('sbReading')}</p> : null}
        {phase === 'unavailable' ? <Unavailable /> : null}
        {phase === 'ready' && state && view ? <Ready {...props} state={state} view={view} /> : null}
      </main>
    </div>
  );
}

function Unavailable() {
  return (
    <section class="panel" aria-labelledby="unavailable-heading">
      <h2 id="unavailable-heading">{t('sbUnavailableHeading')}</h2>
      <p>{t('sbUnavailableText')}</p>
    </section>
  );
}

function Ready(props: SidebarProps & { state: PageState; view: SidebarView }) {
  const { state, view, dataset } = props;
  if (state.off) {
    return (
      <section class="panel" aria-labelledby="off-heading">
        <h2 id="off-heading">{t('sbOffHeading')}</h2>
        <p>{state.off === 'paused' ? t('statusPaused') : t('sbOffSite')}</p>
      </section>
    );
  }
  const annotated = state.story !== null || state.forced === true;
  const groups = groupByKind(filterRows(view.rows, props.filter));
  const title = lt(dataset.story.title, dataset.story.uk?.title);
  return (
    <>
      {annotated ? (
        <nav aria-label={t('sbSections')} class="sections">
          <a href="#this-page">{t('sbThisPage')}</a>
          <a href="#story">{t('sbStory')}</a>
          <a href="#figures">{t('sbFigures')}</a>
          <a href="#sources">{t('sbSources')}</a>
          <a href="#export">{t('sbExport')}</a>
        </nav>
      ) : null}
      {annotated ? (
        <section id="this-page" class="panel" aria-labelledby="this-page-heading">
          <h2 id="this-page-heading">{t('sbThisPage')}</h2>
          <Detection state={state} storyTitle={title} />
          <ArticleDate date={state.articleDate} />
          {state.status === 'scanning' ? <p class="muted">{t('sbStillReading')}</p> : null}
          {view.rows.length ? (
            <EntityList
              groups={groups}
              totalEntities={view.rows.length}
              filter={props.filter}
              onFilter={props.onFilter}
              selected={props.selected}
              onReveal={props.onReveal}
              dataset={dataset}
            />
          ) : (
            <p class="muted">{t('sbNothingYet')}</p>
          )}
        </section>
      ) : (
        <NotDetected
          state={state}
          storyTitle={title}
          onAnnotateAnyway={props.onAnnotateAnyway}
          busy={props.annotating}
        />
      )}
      <StorySection
        title={title}
        summary={lt(dataset.story.summary, dataset.story.uk?.summary)}
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
