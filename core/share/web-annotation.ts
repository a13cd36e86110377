/**
 * W3C Web Annotation (JSON-LD) export and import of notes: one Annotation per note, its target the
 * article URL with a TextQuoteSelector and a TextPositionSelector, its body a TextualBody. Import
 * validates each annotation, reports what it rejected and why, and merges only valid new notes into a
 * copy of the stored notes (stored notes are never changed or dropped).
 */

import {
  copyNotes,
  flattenNotes,
  isHttpUrl,
  MAX_IMPORT_CHARS,
  type Note,
  Note as NoteSchema,
  type StoredNotes,
} from '../notes';
import { z } from '../zod';

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const ENTITY_PREFIX = 'urn:backstory:entity:';

/** Import files larger than this are refused whole (the same cap as the notes file). */
export { MAX_IMPORT_CHARS };

const MAX_IMPORT_ANNOTATIONS = 5000;

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  body: (
    | { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' }
    | { type: 'SpecificResource'; purpose: 'identifying'; source: string }
  )[];
  target: {
    source: string;
    selector: (
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    )[];
  };
}

function annotationId(id: string): string {
  return /^(urn:|https?:)/.test(id) ? id : `urn:backstory:note:${encodeURIComponent(id)}`;
}

function noteId(id: string): string {
  const prefix = 'urn:backstory:note:';
  if (!id.startsWith(prefix)) return id;
  try {
    return decodeURIComponent(id.slice(prefix.length));
  } catch {
    return id;
  }
}

function toWebAnnotation(note: Note): WebAnnotation {
  return {
    '@context': ANNO_CONTEXT,
    id: annotationId(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: note.createdAt,
    body: [
      { type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' },
      ...(note.entityId
        ? [
            {
              type: 'SpecificResource' as const,
              purpose: 'identifying' as const,
              source: ENTITY_PREFIX + note.entityId,
            },
          ]
        : []),
    ],
    target: {
      source: note.url,
      selector: [
        { type: 'TextQuoteSelector', exact: note.exact, prefix: note.prefix, suffix: note.suffix },
        ...(note.position ? [{ type: 'TextPositionSelector' as const, ...note.position }] : []),
      ],
    },
  };
}

/** An AnnotationCollection-free export: a JSON array of annotations (what most tools import). */
export function exportWebAnnotations(stored: StoredNotes): WebAnnotation[] {
  return flattenNotes(stored).map(toWebAnnotation);
}

const Body = z.object({
  type: z.optional(z.string()),
  value: z.optional(z.string()),
  purpose: z.optional(z.string()),
  source: z.optional(z.string()),
});
const Selector = z.object({
  type: z.string(),
  exact: z.optional(z.string()),
  prefix: z.optional(z.string()),
  suffix: z.optional(z.string()),
  start: z.optional(z.int().check(z.minimum(0))),
  end: z.optional(z.int().check(z.minimum(0))),
});
const Annotation = z.object({
  type: z.union([z.literal('Annotation'), z.array(z.string())]),
  id: z.optional(z.string()),
  created: z.optional(z.string()),
  body: z.optional(z.union([Body, z.array(Body), z.string()])),
  bodyValue: z.optional(z.string()),
  target: z.object({
    source: z.string().check(z.regex(/^https?:\/\//, 'must be an http(s) URL')),
    selector: z.union([Selector, z.array(Selector)]),
  }),
});

function issueText(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.length ? issue.path.join('.') : 'annotation'}: ${issue.message}`.slice(0, 200);
}

/** One annotation to a note, or the reason it is not one. */
function fromWebAnnotation(value: unknown, fallbackId: string): { note: Note } | { reason: string } {
  const parsed = Annotation.safeParse(value);
  if (!parsed.success) return { reason: issueText(parsed.error) };
  const a = parsed.data;
  const selectors = Array.isArray(a.target.selector) ? a.target.selector : [a.target.selector];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote?.exact) return { reason: 'target.selector: no TextQuoteSelector with an exact quote' };
  const pos = selectors.find((s) => s.type === 'TextPositionSelector');
  const bodies = typeof a.body === 'string' ? [] : Array.isArray(a.body) ? a.body : a.body ? [a.body] : [];
  const textual = bodies.find((b) => b.type === 'TextualBody' && typeof b.value === 'string');
  const entity = bodies.find((b) => b.source?.startsWith(ENTITY_PREFIX))?.source?.slice(ENTITY_PREFIX.length);
  const candidate = {
    id: a.id ? noteId(a.id) : fallbackId,
    url: a.target.source,
    exact: quote.exact,
    prefix: quote.prefix ?? '',
    suffix: quote.suffix ?? '',
    ...(pos?.start !== undefined && pos.end !== undefined && pos.end >= pos.start
      ? { position: { start: pos.start, end: pos.end } }
      : {}),
    text: textual?.value ?? a.bodyValue ?? '',
    ...(entity ? { entityId: entity } : {}),
    createdAt: a.created ?? new Date(0).toISOString(),
  };
  const note = NoteSchema.safeParse(candidate);
  if (!note.success) return { reason: issueText(note.error) };
  // The options page links each article: only web addresses, never javascript: or data:.
  if (!isHttpUrl(note.data.url)) return { reason: 'target.source: not an http(s) address' };
  return { note: note.data };
}

export interface AnnotationImportReport {
  /** Stored notes (unchanged, first) plus the valid new ones. */
  merged: StoredNotes;
  added: number;
  duplicates: number;
  rejected: { index: number; reason: string }[];
  /** The file as a whole could not be read: nothing was imported. */
  fileError?: 'not-json' | 'too-large' | 'not-annotations';
}

/** Imports a Web Annotation file: an array, one annotation, an AnnotationCollection/AnnotationPage with `items`/`first.items`. */
export function importWebAnnotations(stored: StoredNotes, fileText: string): AnnotationImportReport {
  const merged = copyNotes(stored);
  const report: AnnotationImportReport = { merged, added: 0, duplicates: 0, rejected: [] };
  const done = (r: AnnotationImportReport) => ({ ...r, merged: { ...r.merged } });
  if (typeof fileText !== 'string' || fileText.length > MAX_IMPORT_CHARS)
    return done({ ...report, fileError: 'too-large' });
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return done({ ...report, fileError: 'not-json' });
  }
  let items: unknown[] | undefined;
  if (Array.isArray(json)) items = json;
  else if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    if (Array.isArray(o.items)) items = o.items;
    else if (o.first && typeof o.first === 'object' && Array.isArray((o.first as Record<string, unknown>).items)) {
      items = (o.first as Record<string, unknown>).items as unknown[];
    } else if (o.type === 'Annotation') items = [o];
  }
  if (!items) return done({ ...report, fileError: 'not-annotations' });
  const ids = new Set(flattenNotes(stored).map((n) => n.id));
  items.forEach((item, index) => {
    if (index >= MAX_IMPORT_ANNOTATIONS) {
      report.rejected.push({ index, reason: `more than ${MAX_IMPORT_ANNOTATIONS} annotations` });
      return;
    }
    const result = fromWebAnnotation(item, `import-${index}-${Date.now().toString(36)}`);
    if ('reason' in result) {
      report.rejected.push({ index, reason: result.reason });
      return;
    }
    if (ids.has(result.note.id)) {
      report.duplicates++;
      return;
    }
    ids.add(result.note.id);
    const list = merged[result.note.url] ?? [];
    merged[result.note.url] = list;
    list.push(result.note);
    report.added++;
  });
  return done(report);
}
