/**
 * The dataset's schemas. Every type the dataset uses is inferred from these: never written twice.
 * Validated at build time (`npm run data:check`); the content script only sees the compiled form.
 */
import { z } from 'zod';

/** A real calendar date written YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

export const HttpsUrl = z
  .string()
  .url('must be a well-formed URL')
  .refine((u) => u.startsWith('https://'), 'must be an https URL');

/**
 * A public page that states the claims it is cited for, with its date: when it was published (or last
 * updated), or, for a page that shows no date at all (a staff profile), when it was retrieved.
 */
export const Source = z
  .object({
    url: HttpsUrl,
    publisher: z.string().min(2).max(80),
    title: z.string().min(3).max(240),
    /** When the page was published (or last updated, if it has no publication date). */
    published: IsoDate.optional(),
    /** For a page that shows no date: when it was read for this dataset (cited as "n.d., retrieved …"). */
    retrieved: IsoDate.optional(),
    /**
     * Where the page read is a copy (an aggregator, a mirror, a syndicating site) of another publisher's
     * text: the host or outlet actually read. `publisher` then names the original publisher (the wire,
     * the paper), so citations name who wrote it; `url` is the copy's address.
     */
    via: z.string().min(2).max(80).optional(),
  })
  .refine((s) => (s.published === undefined) !== (s.retrieved === undefined), {
    message: 'needs exactly one of published (a dated page) or retrieved (a page with no date)',
  });
export type Source = z.infer<typeof Source>;

/**
 * Languages the aliases and story markers are written for. Scripts written without spaces between
 * words (ja, zh) are matched without word boundaries (core/match/matcher.ts).
 */
export const LANGS = [
  'en',
  'uk',
  'ru',
  'de',
  'fr',
  'es',
  'it',
  'pl',
  'pt',
  'nl',
  'bg',
  'tr',
  'ja',
  'zh',
  'ko',
  'ar',
  'hi',
] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/**
 * How an alias may be matched.
 * - A plain string always counts. Written with capitals, it matches that exact capitalisation or ALL CAPS;
 *   written in lower case, it matches any capitalisation.
 * - `stem: true`: the alias is a word stem and may be followed by letters (Ukrainian, Russian and German
 *   case endings: "Зеленськ" matches "Зеленського").
 * - `when`: the alias is ambiguous on its own (a bare surname, a common word). It counts only
 *   - `after-full-name`: once an unconditional alias of the same entity has appeared earlier in the text,
 *     or when an honorific stands right before it ("Mr. Waltz", "Dr. Meister");
 *   - `in-context`: when one of `context` (lower-case words or phrases) occurs anywhere in the article.
 *   A bare surname that is preceded by an honorific also always counts.
 * - `ambiguousWith`: other entity ids that share this alias on purpose; the `when` rule decides.
 */
export const AliasRule = z.object({
  text: z.string().min(2).max(80),
  stem: z.boolean().optional(),
  when: z.enum(['after-full-name', 'in-context']).optional(),
  context: z.array(z.string().min(2)).optional(),
  ambiguousWith: z.array(z.string()).optional(),
});
export const Alias = z.union([z.string().min(2).max(80), AliasRule]);
export type Alias = z.infer<typeof Alias>;
export type AliasRule = z.infer<typeof AliasRule>;

/** Aliases per language. English is required; other languages where the coverage uses other forms. */
export const Aliases = z.object({
  en: z.array(Alias).min(1),
  uk: z.array(Alias).optional(),
  ru: z.array(Alias).optional(),
  de: z.array(Alias).optional(),
  fr: z.array(Alias).optional(),
  es: z.array(Alias).optional(),
  it: z.array(Alias).optional(),
  pl: z.array(Alias).optional(),
  pt: z.array(Alias).optional(),
  nl: z.array(Alias).optional(),
  bg: z.array(Alias).optional(),
  tr: z.array(Alias).optional(),
  ja: z.array(Alias).optional(),
  zh: z.array(Alias).optional(),
  ko: z.array(Alias).optional(),
  ar: z.array(Alias).optional(),
  hi: z.array(Alias).optional(),
});

/**
 * An entry's texts in Ukrainian, where they have been translated: faithful to the English (the same facts,
 * no new claims). The interface shows each where present when the reader's language is Ukrainian, and
 * otherwise the English marked lang="en".
 */
export const UkTexts = z.strictObject({
  name: z.string().min(2).max(100).optional(),
  summary: z.string().min(10).max(220).optional(),
  context: z.string().min(20).max(800).optional(),
  /** A figure's `counts`, `period` and `estimatedBy`. */
  counts: z.string().min(10).max(400).optional(),
  period: z.string().min(4).max(160).optional(),
  estimatedBy: z.string().min(2).max(160).optional(),
});
export type UkTexts = z.infer<typeof UkTexts>;

const entityBase = {
  /** Stable slug: lower-case words joined by hyphens. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug'),
  name: z.string().min(2).max(80),
  aliases: Aliases,
  /**
   * Phrases that contain an alias but are not this entity ("Usha Vance", "Trump Tower"):
   * where one of these matches, the alias inside it is not marked.
   */
  notThis: z.array(z.string().min(2)).optional(),
  /** One line, plain words, no more than 160 characters. */
  summary: z.string().min(10).max(160),
  /** A short paragraph of context, plain words, no more than 600 characters. */
  context: z.string().min(20).max(600),
  related: z.array(z.string()).default([]),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  /**
   * The date this entry's facts were last checked against its sources (shown as "checked …" / "as of …").
   * An entry re-checked in a review carries that review's date; one not re-checked since it was written
   * carries the date of the newest source it was checked against, never a later one. For a person it is
   * no later than the date every role still held is confirmed to (`checkedTo`).
   */
  asOf: IsoDate,
  sources: z.array(Source).min(1),
  /** Ukrainian versions of the texts above (see UkTexts). */
  uk: UkTexts.optional(),
};

export const Role = z.object({
  title: z.string().min(2).max(120),
  organisation: z.string().min(2).max(120).optional(),
  from: IsoDate,
  /**
   * How exactly `from` is known, where not to the day: `month` (only the month is public; `from` is its first
   * day), `year` (its first day), or `first-seen` (the start is not public; `from` is the date of the earliest
   * source found that shows the role held, so the role may have begun earlier).
   */
  fromPrecision: z.enum(['month', 'year', 'first-seen']).optional(),
  /** Omitted while the role is held. */
  to: IsoDate.optional(),
  /** Index into the entity's `sources` that states this role. */
  source: z.number().int().min(0),
  /**
   * The date up to which this role is confirmed by a source: for a role held, the date of the newest
   * source showing it still held; for an ended role, a date on or after its end. No later than the date
   * of the confirming source (`checkedBy`, else `source`). Required for every role in the dataset (checked by
   * `crossCheck`, so hand-built test fixtures may omit it).
   */
  checkedTo: IsoDate.optional(),
  /** Index into `sources` of the page that confirms the role up to `checkedTo`, where not `source`. */
  checkedBy: z.number().int().min(0).optional(),
});
export type Role = z.infer<typeof Role>;

export const Person = z.object({
  ...entityBase,
  kind: z.literal('person'),
  roles: z.array(Role).min(1),
});

export const Organisation = z.object({ ...entityBase, kind: z.literal('organisation') });
export const Place = z.object({ ...entityBase, kind: z.literal('place') });
export const Concept = z.object({ ...entityBase, kind: z.literal('concept') });

export const Event = z.object({
  ...entityBase,
  kind: z.literal('event'),
  date: IsoDate,
  endDate: IsoDate.optional(),
});

export const DocumentEntity = z.object({
  ...entityBase,
  kind: z.literal('document'),
  /** When it was signed (or adopted). */
  date: IsoDate,
  /** Ratification or entry into force, where that differs from signing. */
  ratified: IsoDate.optional(),
  signatories: z.array(z.string()).optional(),
});

export const Figure = z.object({
  ...entityBase,
  kind: z.literal('figure'),
  value: z.number(),
  unit: z.string().min(1).max(40),
  /** What exactly is counted. */
  counts: z.string().min(10).max(300),
  /** The period or date the figure holds for, in words ("Jan 2022 – Dec 2024"). */
  period: z.string().min(4).max(120),
  /** Who estimated or claimed it, and whether it is an independent estimate or a political claim. */
  estimatedBy: z.string().min(2).max(120),
  claimType: z.enum(['independent-estimate', 'official-figure', 'political-claim', 'treaty-text']),
  /** Ids of figures that measure the same thing differently (a claim and the estimate beside it). */
  compareWith: z.array(z.string()).optional(),
});

export const Entity = z.discriminatedUnion('kind', [
  Person,
  Organisation,
  Place,
  Concept,
  Event,
  DocumentEntity,
  Figure,
]);
export type Entity = z.infer<typeof Entity>;
export type EntityKind = Entity['kind'];
export type Person = z.infer<typeof Person>;
export type Figure = z.infer<typeof Figure>;

export const TimelineEvent = z.object({
  date: IsoDate,
  /** The last day of an event that lasted several days (the date span is date … endDate). */
  endDate: IsoDate.optional(),
  title: z.string().min(5).max(140),
  detail: z.string().min(10).max(400),
  /** Entities this event involves (its sources are the sidebar's; mentioning one does not mark the event). */
  entities: z.array(z.string()).min(1),
  /**
   * The entities that are this event itself (the Oval Office meeting, the signed agreement, the $500
   * billion demand): an article that mentions one names the event, and the sidebar marks it "on this
   * page". A subset of `entities`. An event without them is marked only for an article dated within it.
   */
  named: z.array(z.string()).optional(),
  source: Source,
  /** Further sources, where sources disagree (the detail says which says what). */
  otherSources: z.array(Source).optional(),
  /** The title and detail in Ukrainian, faithful to the English (see UkTexts). */
  uk: z
    .strictObject({ title: z.string().min(5).max(180).optional(), detail: z.string().min(10).max(520).optional() })
    .optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/**
 * How detection groups what it counts (each group is one feature of the model, core/detect/features.ts):
 * ukraine — Ukraine is a subject; deal / meeting — the story's core (the minerals deal, the Feb 28
 * meeting); context — background the story shares with others (security guarantees, rare earths, aid
 * figures); us — the U.S. side; negative — another story with the same cast (each negative signal is a
 * feature of its own); deal-term / resource-term — plain words for "agreement" and for "minerals,
 * resources"; clash-term / place-term — words for a quarrel and for the Oval Office or the White House:
 * each pair weighs most where its two words stand together (core/detect/cooccurrence.ts).
 */
export const SignalGroup = z.enum([
  'deal',
  'meeting',
  'ukraine',
  'context',
  'us',
  'negative',
  'deal-term',
  'resource-term',
  'clash-term',
  'place-term',
]);

/** A detection signal: phrases whose presence in the article counts toward (or against) the story. */
export const Signal = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** How the evidence line names it: "the minerals deal". */
  label: z.string().min(3).max(80),
  group: SignalGroup,
  phrases: Aliases,
});
export type Signal = z.infer<typeof Signal>;

/**
 * A logistic model over named features (core/detect/features.ts): score = bias + Σ weight × value,
 * and an article is the story when the score's probability reaches `threshold`. Written by
 * `npm run detector:train` (scripts/detector/train.ts); the features it was trained on must be the
 * ones the dataset defines now (data:check says when to retrain).
 */
export const DetectorModel = z.object({
  version: z.literal(1),
  bias: z.number(),
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number()),
  /** How it was trained and what cross-validation measured (also in docs/DETECTION.md). */
  trainedOn: z.object({
    date: IsoDate,
    articles: z.number().int().min(0),
    languages: z.array(z.string()),
    crossValidated: z.object({ precision: z.number(), recall: z.number(), f1: z.number(), folds: z.number().int() }),
  }),
});
export type DetectorModel = z.infer<typeof DetectorModel>;

export const Story = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(5).max(120),
  summary: z.string().min(40).max(900),
  /** The title and summary in Ukrainian, faithful to the English (see UkTexts). */
  uk: z
    .strictObject({ title: z.string().min(5).max(160).optional(), summary: z.string().min(40).max(1100).optional() })
    .optional(),
  /** The period the story covers; articles dated outside it weigh less. */
  dateRange: z.object({ from: IsoDate, to: IsoDate.optional() }),
  timeline: z.array(TimelineEvent).min(5),
  signals: z.array(Signal).min(3),
  /** Entity ids whose mentions count as evidence, in the group they count toward. */
  entitySignals: z.array(
    z.object({
      entityId: z.string(),
      group: SignalGroup,
    }),
  ),
  /**
   * The story's phases by date: an article's date falls before the story, in one phase, or after all
   * (each is a feature of the model). Consecutive, non-overlapping.
   */
  phases: z
    .array(
      z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(3).max(80), from: IsoDate, to: IsoDate }),
    )
    .min(1),
  /** The detector's weights, trained on the development set (`npm run detector:train`). */
  detector: DetectorModel,
});
export type Story = z.infer<typeof Story>;

export const Dataset = z.object({
  /**
   * The date of the dataset's last review (its sources read, its entries re-checked where `asOf` says so).
   * Each entry's own `asOf` says how far its facts were checked; the UI shows both.
   */
  reviewedAsOf: IsoDate,
  story: Story,
  entities: z.array(Entity),
});
export type Dataset = z.infer<typeof Dataset>;

/** What dataset files are written as (before zod fills in defaults). */
export type PersonInput = z.input<typeof Person>;
export type OrganisationInput = z.input<typeof Organisation>;
export type PlaceInput = z.input<typeof Place>;
export type ConceptInput = z.input<typeof Concept>;
export type EventInput = z.input<typeof Event>;
export type DocumentInput = z.input<typeof DocumentEntity>;
export type FigureInput = z.input<typeof Figure>;
export type StoryInput = z.input<typeof Story>;
