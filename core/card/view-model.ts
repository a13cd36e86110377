/**
 * The card's view-model: everything a card shows, as plain text, computed from one dataset entity
 * and the article's publication date. No DOM here; components/card renders it.
 */
import type { Dataset, Entity } from '../../data/schema';
import { type DatedRole, roleTimeline } from './role-at-date';

export interface CardSource {
  publisher: string;
  title: string;
  url: string;
  published: string;
}

export interface CardLine {
  /** A short label ("Then", "Latest (as of 2025-09-22)", "Counts"). */
  label: string;
  text: string;
}

export interface CardComparison {
  id: string;
  name: string;
  value: string;
  claimType: string;
  estimatedBy: string;
}

export interface CardView {
  entityId: string;
  name: string;
  kind: Entity['kind'];
  kindLabel: string;
  summary: string;
  /** Kind-specific facts: roles then/now, what a figure counts, an event's date. */
  facts: CardLine[];
  /** Other figures for the same quantity (a claim beside the estimate). */
  compare: CardComparison[];
  context: string;
  sources: CardSource[];
  asOf: string;
}

const KIND_LABELS: Record<Entity['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  event: 'Event',
  document: 'Document',
  concept: 'Background',
  figure: 'Figure',
};

export const CLAIM_TYPE_LABELS: Record<string, string> = {
  'independent-estimate': 'Independent estimate',
  'official-figure': 'Official figure',
  'political-claim': 'Political claim',
  'treaty-text': 'Treaty text',
};

export function roleText(role: DatedRole): string {
  return role.organisation && !role.title.includes(role.organisation)
    ? `${role.title}, ${role.organisation}`
    : role.title;
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
}

export function figureValue(value: number, unit: string): string {
  if (unit === 'percent') return `${formatNumber(value)}%`;
  const money = /^(thousand|million|billion|trillion) US dollars$/.exec(unit);
  if (money) return `$${formatNumber(value)} ${money[1]}`;
  return `${formatNumber(value)} ${unit}`;
}

function dateRange(from: string, to?: string): string {
  return to && to !== from ? `${from} – ${to}` : from;
}

function personFacts(roles: readonly DatedRole[], articleDate: string | null, asOf: string): CardLine[] {
  const { atDate: then, latest, changed } = roleTimeline(roles, articleDate);
  const latestLabel = `Latest (as of ${asOf})`;
  const lines: CardLine[] = [];
  switch (then.status) {
    case 'held':
      lines.push({ label: `Then (${articleDate})`, text: roleText(then.role) });
      break;
    case 'former':
      lines.push({
        label: `Then (${articleDate})`,
        text: `Former ${roleText(then.role)} (until ${then.role.to})`,
      });
      break;
    case 'before':
      lines.push({ label: `Then (${articleDate})`, text: 'Before the roles this card lists' });
      break;
    case 'unknown':
      break;
  }
  if (latest && (changed || then.status === 'unknown')) {
    const text = latest.to ? `${roleText(latest)} (until ${latest.to})` : roleText(latest);
    lines.push({ label: latestLabel, text });
  } else if (latest && then.status === 'held') {
    lines.push({ label: latestLabel, text: 'Same role' });
  }
  return lines;
}

/** Builds the card for one entity. `byId` resolves figures to compare with. */
export function buildCardView(
  entity: Entity,
  articleDate: string | null,
  byId: (id: string) => Entity | undefined,
): CardView {
  const facts: CardLine[] = [];
  const compare: CardComparison[] = [];
  switch (entity.kind) {
    case 'person':
      facts.push(...personFacts(entity.roles, articleDate, entity.asOf));
      break;
    case 'figure': {
      facts.push(
        { label: 'Figure', text: figureValue(entity.value, entity.unit) },
        { label: 'Counts', text: entity.counts },
        { label: 'By', text: entity.estimatedBy },
        { label: 'For', text: entity.period },
        { label: 'Type', text: CLAIM_TYPE_LABELS[entity.claimType] ?? entity.claimType },
      );
      for (const id of entity.compareWith ?? []) {
        const other = byId(id);
        if (other?.kind !== 'figure') continue;
        compare.push({
          id: other.id,
          name: other.name,
          value: figureValue(other.value, other.unit),
          claimType: CLAIM_TYPE_LABELS[other.claimType] ?? other.claimType,
          estimatedBy: other.estimatedBy,
        });
      }
      break;
    }
    case 'event':
      facts.push({ label: 'Date', text: dateRange(entity.date, entity.endDate) });
      break;
    case 'document':
      facts.push({ label: 'Signed', text: entity.date });
      if (entity.ratified) facts.push({ label: 'Ratified', text: entity.ratified });
      if (entity.signatories?.length) facts.push({ label: 'Parties', text: entity.signatories.join(', ') });
      break;
    default:
      break;
  }
  return {
    entityId: entity.id,
    name: entity.name,
    kind: entity.kind,
    kindLabel: KIND_LABELS[entity.kind],
    summary: entity.summary,
    facts,
    compare,
    context: entity.context,
    sources: entity.sources
      .filter((s) => s.url.startsWith('https://'))
      .map(({ publisher, title, url, published }) => ({ publisher, title, url, published })),
    asOf: entity.asOf,
  };
}

/** Looks entities up by id in the full dataset. */
export function datasetLookup(dataset: Pick<Dataset, 'entities'>): (id: string) => Entity | undefined {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  return (id) => byId.get(id);
}
