/**
 * The card's view-model: everything a card shows, as plain text, computed from one dataset entity
 * and the article's publication date. No DOM here; components/card renders it.
 */
import type { Dataset, Entity } from '../../data/schema';
import type { Translator, UiLanguage } from '../i18n';
import { type DatedRole, firstSeen, roleTimeline } from './role-at-date';

export interface CardSource {
  publisher: string;
  title: string;
  url: string;
  /** The date shown beside it: when it was published, or "retrieved …" for a page that shows no date. */
  dated: string;
}

export interface CardLine {
  /** A short label ("Then", "Latest (as of 2025-09-22)", "Counts"), in the card's language. */
  label: string;
  /** The whole value as plain text. */
  text: string;
  /**
   * Where the value holds dataset text (English): the card's own words before and after it, so the
   * dataset part can be marked lang="en". Absent when the value is all in the card's language.
   */
  dataset?: { before: string; text: string; after: string };
}

export interface CardComparison {
  id: string;
  name: string;
  value: string;
  claimType: string;
  estimatedBy: string;
}

export interface CardView {
  /** The language of the card's own labels (dataset texts are English). */
  language: UiLanguage;
  /** Shown after English dataset paragraphs when the card is in another language, else null. */
  englishMarker: string | null;
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

/** Message keys of the claim types (`cardClaim_<camelCase>`). */
const CLAIM_TYPE_KEYS: Record<string, string> = {
  'independent-estimate': 'cardClaim_independentEstimate',
  'official-figure': 'cardClaim_officialFigure',
  'political-claim': 'cardClaim_politicalClaim',
  'treaty-text': 'cardClaim_treatyText',
};

export function claimTypeLabel(claimType: string, tr: Translator): string {
  const key = CLAIM_TYPE_KEYS[claimType];
  return key ? tr.t(key) : claimType;
}

/** A line whose value is dataset text (English) inside the card's own words: `template` holds `{slot}`. */
function datasetLine(label: string, template: string, slot: string, value: string): CardLine {
  const at = template.indexOf(`{${slot}}`);
  if (at === -1) return { label, text: template };
  const before = template.slice(0, at);
  const after = template.slice(at + slot.length + 2);
  return { label, text: `${before}${value}${after}`, dataset: { before, text: value, after } };
}

const english = (label: string, value: string): CardLine => datasetLine(label, '{value}', 'value', value);

export function roleText(role: DatedRole): string {
  return role.organisation && !role.title.includes(role.organisation)
    ? `${role.title}, ${role.organisation}`
    : role.title;
}

function formatNumber(value: number, language: UiLanguage = 'en'): string {
  return new Intl.NumberFormat(language === 'uk' ? 'uk-UA' : 'en-US', { maximumFractionDigits: 2 }).format(value);
}

/**
 * A figure with its unit: percentages and US-dollar amounts in the card's language; any other unit is
 * dataset text (English), so the number is written the English way beside it.
 */
export function figureValue(value: number, unit: string, tr?: Translator): string {
  const language = tr?.language ?? 'en';
  if (unit === 'percent') return `${formatNumber(value, language)}%`;
  const money = /^(thousand|million|billion|trillion) US dollars$/.exec(unit);
  if (money) {
    if (!tr) return `$${formatNumber(value)} ${money[1]}`;
    return tr.t(`cardMoney_${money[1]}`, { value: formatNumber(value, language), usd: '$' });
  }
  return `${formatNumber(value)} ${unit}`;
}

/** Whether figureValue writes this unit in the card's language (else it is English dataset text). */
function unitTranslated(unit: string): boolean {
  return unit === 'percent' || /^(thousand|million|billion|trillion) US dollars$/.test(unit);
}

function figureLine(label: string, value: number, unit: string, tr: Translator): CardLine {
  const text = figureValue(value, unit, tr);
  return unitTranslated(unit) ? { label, text } : english(label, text);
}

function dateRange(from: string, to?: string): string {
  return to && to !== from ? `${from} – ${to}` : from;
}

function personFacts(
  roles: readonly DatedRole[],
  articleDate: string | null,
  asOf: string,
  tr: Translator,
): CardLine[] {
  const { atDate: then, latest, same } = roleTimeline(roles, articleDate);
  const latestLabel = tr.t('cardLatest', { date: asOf });
  const thenLabel = tr.t('cardThen', { date: articleDate ?? '' });
  const lines: CardLine[] = [];
  switch (then.status) {
    case 'held':
      // Every role held that day, one line each (two posts at once are both news).
      for (const role of then.roles) lines.push(heldLine(thenLabel, role, tr));
      break;
    case 'former':
      lines.push(
        datasetLine(thenLabel, tr.t('cardFormerRole', { date: then.role.to ?? '' }), 'role', roleText(then.role)),
      );
      break;
    case 'seen-later':
      // Its start is not public: not "no role yet", but the role with the earliest date it is known held.
      if (then.former)
        lines.push(
          datasetLine(thenLabel, tr.t('cardFormerRole', { date: then.former.to ?? '' }), 'role', roleText(then.former)),
        );
      for (const role of then.roles)
        lines.push(datasetLine(thenLabel, tr.t('cardRoleFirstSeenLater', { date: role.from }), 'role', roleText(role)));
      break;
    case 'before':
      lines.push({ label: thenLabel, text: tr.t('cardBeforeRoles') });
      break;
    case 'unknown':
      break;
  }
  if (same) lines.push({ label: latestLabel, text: tr.t('cardSameRole') });
  else
    for (const role of latest)
      lines.push(
        // A role that has ended reads as past, whatever was held on the article's date.
        role.to
          ? datasetLine(latestLabel, tr.t('cardRoleUntil', { date: role.to }), 'role', roleText(role))
          : heldLine(latestLabel, role, tr),
      );
  return lines;
}

/** A role held: its title, and "since at least …" where its start is only the date it was first seen held. */
function heldLine(label: string, role: DatedRole, tr: Translator): CardLine {
  return firstSeen(role)
    ? datasetLine(label, tr.t('cardRoleSinceAtLeast', { date: role.from }), 'role', roleText(role))
    : english(label, roleText(role));
}

/**
 * Builds the card for one entity, with labels in `tr`'s language (dataset texts stay English).
 * `byId` resolves figures to compare with.
 */
export function buildCardView(
  entity: Entity,
  articleDate: string | null,
  byId: (id: string) => Entity | undefined,
  tr: Translator,
): CardView {
  const facts: CardLine[] = [];
  const compare: CardComparison[] = [];
  switch (entity.kind) {
    case 'person':
      facts.push(...personFacts(entity.roles, articleDate, entity.asOf, tr));
      break;
    case 'figure': {
      facts.push(
        figureLine(tr.t('cardFigure'), entity.value, entity.unit, tr),
        english(tr.t('cardCounts'), entity.counts),
        english(tr.t('cardBy'), entity.estimatedBy),
        english(tr.t('cardFor'), entity.period),
        { label: tr.t('cardType'), text: claimTypeLabel(entity.claimType, tr) },
      );
      for (const id of entity.compareWith ?? []) {
        const other = byId(id);
        if (other?.kind !== 'figure') continue;
        compare.push({
          id: other.id,
          name: other.name,
          value: figureValue(other.value, other.unit, tr),
          claimType: claimTypeLabel(other.claimType, tr),
          estimatedBy: other.estimatedBy,
        });
      }
      break;
    }
    case 'event':
      facts.push({ label: tr.t('cardDate'), text: dateRange(entity.date, entity.endDate) });
      break;
    case 'document':
      facts.push({ label: tr.t('cardSigned'), text: entity.date });
      if (entity.ratified) facts.push({ label: tr.t('cardRatified'), text: entity.ratified });
      if (entity.signatories?.length) facts.push(english(tr.t('cardParties'), entity.signatories.join(', ')));
      break;
    default:
      break;
  }
  return {
    language: tr.language,
    englishMarker: tr.language === 'en' ? null : tr.t('englishMarker'),
    entityId: entity.id,
    name: entity.name,
    kind: entity.kind,
    kindLabel: tr.t(`cardKind_${entity.kind}`),
    summary: entity.summary,
    facts,
    compare,
    context: entity.context,
    sources: entity.sources
      .filter((s) => s.url.startsWith('https://'))
      .map(({ publisher, title, url, published, retrieved }) => ({
        publisher,
        title,
        url,
        dated: published ?? tr.t('cardRetrieved', { date: retrieved ?? '' }),
      })),
    asOf: entity.asOf,
  };
}

/** Looks entities up by id in the full dataset. */
export function datasetLookup(dataset: Pick<Dataset, 'entities'>): (id: string) => Entity | undefined {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  return (id) => byId.get(id);
}
