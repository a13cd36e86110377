/**
 * The page's findings as an export: a versioned JSON document (schema below), one CSV row per
 * mention, and a Markdown summary. Pure builders: the sidebar only downloads or copies their output.
 */

import type { Dataset } from '../../data/schema';
import { evidenceText } from '../detect/evidence';
import type { PageState } from '../messages/page-state';
import { buildView, CLAIM_LABEL, entityMap, formatFigure, KIND_LABEL, type SidebarView } from '../sidebar/view';
import { z } from '../zod';
import { type CitablePage, citePage, citeSource } from './citation';
import { toCsv } from './csv';
import { autolink, noAutolink, oneLine } from './markdown';

/**
 * 2: a source carries `published` or, for a page that shows no date, `retrieved` (the other is null).
 * 3: each entity carries `checked` (the date its facts were last checked), each source `via` (the copy read).
 */
const FINDINGS_VERSION = 3 as const;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const kind = z.enum(['person', 'organisation', 'place', 'event', 'document', 'concept', 'figure']);

const FindingsSource = z.object({
  url: z.string(),
  publisher: z.string(),
  title: z.string(),
  published: z.nullable(isoDate),
  retrieved: z.nullable(isoDate),
  /** Where the page read is a copy of the publisher's text: the site it was read on. */
  via: z.nullable(z.string()),
  citation: z.string(),
});

export const Findings = z.object({
  version: z.literal(FINDINGS_VERSION),
  generator: z.literal('Backstory'),
  /** When the export was made (ISO timestamp). */
  exportedAt: z.string(),
  /** The date of the dataset's last review (which does not re-check every entry: see each entity's `checked`). */
  reviewedAsOf: isoDate,
  page: z.object({
    url: z.string(),
    title: z.nullable(z.string()),
    articleDate: z.nullable(isoDate),
    citation: z.string(),
  }),
  detection: z.object({
    storyId: z.string(),
    storyTitle: z.string(),
    detected: z.boolean(),
    /** Annotated on the reader's request although not detected. */
    forced: z.boolean(),
    score: z.nullable(z.number()),
    threshold: z.nullable(z.number()),
    evidence: z.array(z.string()),
  }),
  entities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind,
      mentions: z.number(),
      firstMention: z.number(),
      /** The date this entry's facts were last checked against its sources (the dataset's `asOf`). */
      checked: isoDate,
    }),
  ),
  /** Every marked occurrence, in document order; `index` is its position in the article. */
  mentions: z.array(z.object({ index: z.number(), entityId: z.string(), name: z.string(), kind, text: z.string() })),
  figures: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      value: z.number(),
      unit: z.string(),
      counts: z.string(),
      period: z.string(),
      estimatedBy: z.string(),
      claimType: z.enum(['independent-estimate', 'official-figure', 'political-claim', 'treaty-text']),
      asOf: isoDate,
      compareWith: z.array(z.string()),
      sources: z.array(z.string()),
    }),
  ),
  /** Timeline events this page mentions (an entity of the event is mentioned). */
  timeline: z.array(z.object({ date: isoDate, title: z.string(), entities: z.array(z.string()), source: z.string() })),
  sources: z.array(FindingsSource),
});
export type Findings = z.infer<typeof Findings>;

export interface FindingsInput {
  state: PageState;
  dataset: Dataset;
  /** The tab's title, if known. */
  title: string | null;
  /** ISO timestamp of the export. */
  now: string;
  /** Precomputed view, when the caller already has it. */
  view?: SidebarView;
}

export function buildFindings({
  state,
  dataset,
  title,
  now,
  view = buildView(state, dataset),
}: FindingsInput): Findings {
  const entities = entityMap(dataset);
  const page: CitablePage = { url: state.url, title, date: state.articleDate };
  const detected = state.story !== null;
  return {
    version: FINDINGS_VERSION,
    generator: 'Backstory',
    exportedAt: now,
    reviewedAsOf: dataset.reviewedAsOf,
    page: { url: state.url, title, articleDate: state.articleDate, citation: citePage(page, now.slice(0, 10)) },
    detection: {
      storyId: dataset.story.id,
      storyTitle: dataset.story.title,
      detected,
      forced: state.forced === true,
      score: state.story?.score ?? state.weighed?.score ?? null,
      threshold: state.weighed?.threshold ?? null,
      // In English, as the rest of the export (the evidence's message keys rendered with the English table).
      evidence: (state.story?.evidence ?? state.weighed?.evidence ?? []).map((line) => evidenceText(line)),
    },
    entities: view.rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      mentions: r.count,
      firstMention: r.first,
      checked: r.checked,
    })),
    mentions: state.mentions.flatMap((m, index) => {
      const e = entities.get(m.entityId);
      return e ? [{ index, entityId: m.entityId, name: e.name, kind: e.kind, text: m.text }] : [];
    }),
    figures: view.figures.map(({ figure: f }) => ({
      id: f.id,
      name: f.name,
      value: f.value,
      unit: f.unit,
      counts: f.counts,
      period: f.period,
      estimatedBy: f.estimatedBy,
      claimType: f.claimType,
      asOf: f.asOf,
      compareWith: f.compareWith ?? [],
      sources: f.sources.map((s) => s.url),
    })),
    timeline: view.timeline
      .filter((e) => e.mentioned)
      .map((e) => ({ date: e.date, title: e.title, entities: e.mentionedEntities, source: e.source.url })),
    sources: view.sources.map((s) => ({
      url: s.url,
      publisher: s.publisher,
      title: s.title,
      published: s.published ?? null,
      retrieved: s.retrieved ?? null,
      via: s.via ?? null,
      citation: citeSource(s),
    })),
  };
}

export const CSV_HEADER = ['mention_index', 'entity_id', 'entity_name', 'kind', 'text'] as const;

/** One row per mention: position in the article, entity id, name, kind, the marked text. */
export function findingsCsv(findings: Pick<Findings, 'mentions'>): string {
  return toCsv(
    CSV_HEADER,
    findings.mentions.map((m) => [m.index, m.entityId, m.name, m.kind, m.text]),
  );
}

/** Escapes Markdown's inline syntax in plain text, on one line, with no accidental autolinks (core/export/markdown.ts). */
export function mdEscape(text: string): string {
  return noAutolink(oneLine(text).replace(/([\\`*_[\]<>#|~])/g, '\\$1'));
}

export function findingsMarkdown(f: Findings): string {
  const lines: string[] = [];
  const title = f.page.title ?? f.page.url;
  lines.push(`# Backstory: ${mdEscape(title)}`, '');
  lines.push(`- Page: ${autolink(f.page.url) ?? mdEscape(f.page.url)}`);
  lines.push(`- Article date: ${f.page.articleDate ?? 'not found'}`);
  const verdict = f.detection.detected
    ? `detected (score ${f.detection.score})`
    : f.detection.forced
      ? 'not detected; annotated on request'
      : 'not detected';
  lines.push(`- Story "${mdEscape(f.detection.storyTitle)}": ${verdict}`);
  lines.push(
    `- Dataset last reviewed ${f.reviewedAsOf}; each entry below gives the date its facts were last checked; exported ${f.exportedAt}`,
    '',
  );
  if (f.detection.evidence.length) {
    lines.push('## Why', '', ...f.detection.evidence.map((e) => `- ${mdEscape(e)}`), '');
  }
  if (f.entities.length) {
    lines.push(`## Mentioned (${f.mentions.length} mentions of ${f.entities.length} entities)`, '');
    for (const k of Object.keys(KIND_LABEL) as (keyof typeof KIND_LABEL)[]) {
      const inKind = f.entities.filter((e) => e.kind === k);
      if (!inKind.length) continue;
      lines.push(`### ${KIND_LABEL[k]}`, '');
      for (const e of [...inKind].sort((a, b) => b.mentions - a.mentions || a.firstMention - b.firstMention)) {
        lines.push(`- ${mdEscape(e.name)} (${e.mentions}; checked ${e.checked})`);
      }
      lines.push('');
    }
  }
  if (f.figures.length) {
    lines.push('## Figures', '');
    for (const fig of f.figures) {
      lines.push(
        `- **${mdEscape(fig.name)}**: ${mdEscape(formatFigure(fig))}. ${mdEscape(fig.counts)} ` +
          `By ${mdEscape(fig.estimatedBy)}; ${mdEscape(fig.period)}; ${CLAIM_LABEL[fig.claimType].toLowerCase()}; checked ${fig.asOf}.`,
      );
    }
    lines.push('');
  }
  if (f.timeline.length) {
    lines.push('## Timeline events this page mentions', '');
    for (const e of f.timeline) lines.push(`- ${e.date}: ${mdEscape(e.title)}`);
    lines.push('');
  }
  lines.push('## Sources', '', `- ${mdCitation(f.page.citation, f.page.url)}`);
  for (const s of f.sources) lines.push(`- ${mdCitation(s.citation, s.url)}`);
  lines.push('');
  return lines.join('\n');
}

/** A citation as Markdown: the words escaped, the trailing URL as an autolink (http(s) only). */
function mdCitation(citation: string, url: string): string {
  const link = citation.endsWith(url) ? autolink(url) : null;
  return link ? `${mdEscape(citation.slice(0, -url.length))}${link}` : mdEscape(citation);
}
