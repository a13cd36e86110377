/**
 * The card's view-model: everything a card shows, as plain text, computed from one dataset entity
 * and the article's publication date. No DOM here; components/card renders it.
 */
import type { Dataset, Entity } from '../../data/schema';
import { formatDate, formatDateRange, localText, type Translator, type UiLanguage } from '../i18n';
import { type DatedRole, firstSeen, roleTimeline } from './role-at-date';

/** A date in the card language's one format (core/i18n.ts formatDate). */
const day = (iso: string, tr: Translator) => formatDate(iso, tr.language);

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
  /** The language of the card's own labels (dataset texts are English unless translated). */
  language: UiLanguage;
  /** Shown after English dataset paragraphs when the card is in another language, else null. */
  englishMarker: string | null;
  entityId: string;
  name: string;
  /**
   * 'en' where the name, summary or context is the English standing in for a translation the dataset
   * does not have (mark it lang="en"); undefined where it is in the card's language.
   */
  nameLang?: 'en';
  summaryLang?: 'en';
  contextLang?: 'en';
  kind: Entity['kind'];
  kindLabel: string;
  summary: string;
  /** Kind-specific facts: roles then/now, what a figure counts, an event's date. */
  facts: CardLine[];
  /** Other figures for the same quantity (a claim beside the estimate). */
  compare: CardComparison[];
  context: string;
  sources: CardSource[];
  /** When the entry's facts were checked, in the card language's date format. */
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

/** A line whose value is dataset text: its translation where the dataset has one, else the English. */
function local(label: string, en: string, translated: string | undefined, tr: Translator): CardLine {
  const text = localText(en, translated, tr.language);
  return text.lang ? english(label, text.text) : { label, text: text.text };
}

function roleText(role: DatedRole): string {
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

function personFacts(
  roles: readonly DatedRole[],
  articleDate: string | null,
  asOf: string,
  tr: Translator,
): CardLine[] {
  const { atDate: then, latest, same } = roleTimeline(roles, articleDate);
  // "Latest (as of …)": the date the latest roles were last confirmed (their checkedTo), else the entry's.
  const checked = latest
    .map((r) => (r as { checkedTo?: string }).checkedTo)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  const latestLabel = tr.t('cardLatest', { date: day(checked ?? asOf, tr) });
  const thenLabel = tr.t('cardThen', { date: articleDate ? day(articleDate, tr) : '' });
  const lines: CardLine[] = [];
  switch (then.status) {
    case 'held':
      // Every role held that day, one line each (two posts at once are both news).
      for (const role of then.roles) lines.push(heldLine(thenLabel, role, tr));
      break;
    case 'former':
      lines.push(
        datasetLine(
          thenLabel,
          tr.t('cardFormerRole', { date: then.role.to ? day(then.role.to, tr) : '' }),
          'role',
          roleText(then.role),
        ),
      );
      break;
    case 'seen-later':
      // Its start is not public: not "no role yet", but the role with the earliest date it is known held.
      if (then.former)
        lines.push(
          datasetLine(
            thenLabel,
            tr.t('cardFormerRole', { date: then.former.to ? day(then.former.to, tr) : '' }),
            'role',
            roleText(then.former),
          ),
        );
      for (const role of then.roles)
        lines.push(
          datasetLine(thenLabel, tr.t('cardRoleFirstSeenLater', { date: day(role.from, tr) }), 'role', roleText(role)),
        );
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
          ? datasetLine(latestLabel, tr.t('cardRoleUntil', { date: day(role.to, tr) }), 'role', roleText(role))
          : heldLine(latestLabel, role, tr),
      );
  return lines;
}

/** A role held: its title, and "since at least …" where its start is only the date it was first seen held. */
function heldLine(label: string, role: DatedRole, tr: Translator): CardLine {
  return firstSeen(role)
    ? datasetLine(label, tr.t('cardRoleSinceAtLeast', { date: day(role.from, tr) }), 'role', roleText(role))
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
        local(tr.t('cardCounts'), entity.counts, entity.uk?.counts, tr),
        local(tr.t('cardBy'), entity.estimatedBy, entity.uk?.estimatedBy, tr),
        local(tr.t('cardFor'), entity.period, entity.uk?.period, tr),
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
      facts.push({ label: tr.t('cardDate'), text: formatDateRange(entity.date, entity.endDate, tr.language) });
      break;
    case 'document':
      facts.push({ label: tr.t('cardSigned'), text: day(entity.date, tr) });
      if (entity.ratified) facts.push({ label: tr.t('cardRatified'), text: day(entity.ratified, tr) });
      if (entity.signatories?.length) facts.push(english(tr.t('cardParties'), entity.signatories.join(', ')));
      break;
    default:
      break;
  }
  const name = localText(entity.name, entity.uk?.name, tr.language);
  const summary = localText(entity.summary, entity.uk?.summary, tr.language);
  const context = localText(entity.context, entity.uk?.context, tr.language);
  return {
    language: tr.language,
    englishMarker: tr.language === 'en' ? null : tr.t('englishMarker'),
    entityId: entity.id,
    name: name.text,
    ...(name.lang ? { nameLang: name.lang } : {}),
    ...(summary.lang ? { summaryLang: summary.lang } : {}),
    ...(context.lang ? { contextLang: context.lang } : {}),
    kind: entity.kind,
    kindLabel: tr.t(`cardKind_${entity.kind}`),
    summary: summary.text,
    facts,
    compare,
    context: context.text,
    sources: entity.sources
      .filter((s) => s.url.startsWith('https://'))
      .map(({ publisher, title, url, published, retrieved }) => ({
        publisher,
        title,
        url,
        dated: published ? day(published, tr) : tr.t('cardRetrieved', { date: retrieved ? day(retrieved, tr) : '' }),
      })),
    asOf: day(entity.asOf, tr),
  };
}

/** Looks entities up by id in the full dataset. */
export function datasetLookup(dataset: Pick<Dataset, 'entities'>): (id: string) => Entity | undefined {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  return (id) => byId.get(id);
}
