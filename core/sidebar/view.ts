/**
 * What the sidebar shows, derived from a page state and the dataset: pure functions, no DOM, so the
 * exports and the UI can never disagree.
 */
import type { Dataset, Entity, EntityKind, Figure, Source, TimelineEvent } from '../../data/schema';
import type { PageState } from '../messages/page-state';

const KIND_ORDER: readonly EntityKind[] = ['person', 'organisation', 'place', 'event', 'document', 'concept', 'figure'];

export const KIND_LABEL: Record<EntityKind, string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  event: 'Events',
  document: 'Documents',
  concept: 'Concepts',
  figure: 'Figures',
};

export function entityMap(dataset: Dataset): Map<string, Entity> {
  return new Map(dataset.entities.map((e) => [e.id, e]));
}

export interface EntityRow {
  id: string;
  name: string;
  kind: EntityKind;
  summary: string;
  /** Marked occurrences on the page. */
  count: number;
  /** Index of the first mention (position in the article). */
  first: number;
  /** The distinct page texts that were marked ("Zelenskyy", "Zelensky"). */
  texts: string[];
  /** The entity's name in other interface languages (its `uk` name), for the filter. */
  otherNames: string[];
  /** The date the entry's facts were last checked against its sources (its `asOf`). */
  checked: string;
}

export interface KindGroup {
  kind: EntityKind;
  label: string;
  rows: EntityRow[];
  /** Mentions of every entity in the group. */
  total: number;
}

/** One row per mentioned entity (in order of first mention); unknown ids are skipped. */
function entityRows(state: Pick<PageState, 'mentions'>, entities: Map<string, Entity>): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  state.mentions.forEach((m, i) => {
    const entity = entities.get(m.entityId);
    if (!entity) return;
    let row = rows.get(m.entityId);
    if (!row) {
      row = {
        id: entity.id,
        name: entity.name,
        kind: entity.kind,
        summary: entity.summary,
        count: 0,
        first: i,
        texts: [],
        otherNames: entity.uk?.name ? [entity.uk.name] : [],
        checked: entity.asOf,
      };
      rows.set(m.entityId, row);
    }
    row.count++;
    if (!row.texts.includes(m.text)) row.texts.push(m.text);
  });
  return [...rows.values()];
}

/** Rows grouped by kind (fixed kind order), most-mentioned first, ties by first mention. */
export function groupByKind(rows: readonly EntityRow[]): KindGroup[] {
  return KIND_ORDER.map((kind) => {
    const inKind = rows.filter((r) => r.kind === kind).sort((a, b) => b.count - a.count || a.first - b.first);
    return { kind, label: KIND_LABEL[kind], rows: inKind, total: inKind.reduce((n, r) => n + r.count, 0) };
  }).filter((g) => g.rows.length > 0);
}

/** Lower case without diacritics, for the filter box. */
export function foldForFilter(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Rows whose name (in any interface language), id, kind or marked page text contains every word of the query. */
export function filterRows(rows: readonly EntityRow[], query: string): EntityRow[] {
  const words = foldForFilter(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const hay = foldForFilter([r.name, ...r.otherNames, r.id, r.kind, KIND_LABEL[r.kind], ...r.texts].join(' '));
    return words.every((w) => hay.includes(w));
  });
}

export interface MarkedEvent extends TimelineEvent {
  /** The page names this event or is dated within it ("on this page"). */
  mentioned: boolean;
  /** Why it is marked: the page names it (one of its own entities), the article is dated within it, or both. */
  why: { named: boolean; dated: boolean };
  /** Which of its entities the page mentions (any of them, not only those that name it). */
  mentionedEntities: string[];
}

/** Whether an ISO date falls inside the event's span (its date, or date … endDate). */
function datedWithin(event: Pick<TimelineEvent, 'date' | 'endDate'>, date: string | null | undefined): boolean {
  return !!date && date >= event.date && date <= (event.endDate ?? event.date);
}

/**
 * The story timeline in date order, with the events this page is about marked: those the article names
 * (it mentions one of the entities that are the event itself, its `named`; an article published before
 * the event cannot name it: "the minerals deal" in February is not the April signing) and those the
 * article is dated within. Mentioning someone who took part (Trump) marks nothing.
 */
export function markTimeline(
  timeline: readonly TimelineEvent[],
  mentioned: ReadonlySet<string>,
  articleDate: string | null = null,
): MarkedEvent[] {
  return [...timeline]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((event) => {
      const mentionedEntities = event.entities.filter((id) => mentioned.has(id));
      const named = (event.named ?? []).some((id) => mentioned.has(id)) && (!articleDate || articleDate >= event.date);
      const dated = datedWithin(event, articleDate);
      return { ...event, mentioned: named || dated, why: { named, dated }, mentionedEntities };
    });
}

export interface FigureView {
  figure: Figure;
  /** Marked occurrences of the figure on the page. */
  count: number;
  /** The figures it is to be read against (compareWith), independent estimates first. */
  compare: Figure[];
  /** A politician's number: show the independent estimate beside it. */
  isClaim: boolean;
}

const CLAIM_RANK: Record<Figure['claimType'], number> = {
  'independent-estimate': 0,
  'official-figure': 1,
  'treaty-text': 2,
  'political-claim': 3,
};

/** Every figure the page mentions, in order of first mention, with what to compare it with. */
function figuresOnPage(rows: readonly EntityRow[], entities: Map<string, Entity>): FigureView[] {
  return rows
    .filter((r) => r.kind === 'figure')
    .sort((a, b) => a.first - b.first)
    .map((row) => {
      const figure = entities.get(row.id) as Figure;
      const compare = (figure.compareWith ?? [])
        .map((id) => entities.get(id))
        .filter((e): e is Figure => e?.kind === 'figure')
        .sort((a, b) => CLAIM_RANK[a.claimType] - CLAIM_RANK[b.claimType]);
      return { figure, count: row.count, compare, isClaim: figure.claimType === 'political-claim' };
    });
}

export const CLAIM_LABEL: Record<Figure['claimType'], string> = {
  'independent-estimate': 'Independent estimate',
  'official-figure': 'Official figure',
  'political-claim': 'Political claim',
  'treaty-text': 'Treaty text',
};

/** "350 billion US dollars", "50 percent", "1,900 strategic nuclear warheads". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit'>): string {
  return `${figure.value.toLocaleString('en-US')} ${figure.unit}`;
}

/**
 * Every source behind what is shown — mentioned entities, the figures and their comparisons, the
 * timeline — deduplicated by URL (first occurrence wins), sorted by publisher then title.
 */
export function collectSources(
  rows: readonly EntityRow[],
  figures: readonly FigureView[],
  timeline: readonly TimelineEvent[],
  entities: Map<string, Entity>,
): Source[] {
  const byUrl = new Map<string, Source>();
  const add = (s: Source) => {
    if (!byUrl.has(s.url)) byUrl.set(s.url, s);
  };
  for (const row of rows) for (const s of entities.get(row.id)?.sources ?? []) add(s);
  for (const f of figures) for (const c of f.compare) for (const s of c.sources) add(s);
  for (const event of timeline) for (const s of [event.source, ...(event.otherSources ?? [])]) add(s);
  return [...byUrl.values()].sort(
    (a, b) => a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en'),
  );
}

/** The oldest and newest dates on which the dataset's entries were last checked. */
export function checkedRange(entities: readonly Pick<Entity, 'asOf'>[]): { oldest: string; newest: string } | null {
  const dates = entities.map((e) => e.asOf).sort();
  const oldest = dates[0];
  const newest = dates.at(-1);
  return oldest && newest ? { oldest, newest } : null;
}

/** Everything the sidebar renders for one page state. */
export interface SidebarView {
  rows: EntityRow[];
  groups: KindGroup[];
  timeline: MarkedEvent[];
  figures: FigureView[];
  sources: Source[];
}

export function buildView(
  state: Pick<PageState, 'mentions'> & { articleDate?: string | null },
  dataset: Dataset,
): SidebarView {
  const entities = entityMap(dataset);
  const rows = entityRows(state, entities);
  const mentioned = new Set(rows.map((r) => r.id));
  const timeline = markTimeline(dataset.story.timeline, mentioned, state.articleDate ?? null);
  const figures = figuresOnPage(rows, entities);
  return {
    rows,
    groups: groupByKind(rows),
    timeline,
    figures,
    sources: collectSources(rows, figures, timeline, entities),
  };
}
