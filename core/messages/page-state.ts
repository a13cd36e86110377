/**
 * The page-state contract: what the content script answers to `{ type: "backstory:page-state" }`.
 * The sidebar, popup and tests read a page only through this. Producers import the type only,
 * so zod never reaches the content script's startup path.
 */
import { z } from '../zod';

export { PAGE_STATE_CHANGED, PAGE_STATE_REQUEST } from './names';

export const Mention = z.object({
  entityId: z.string(),
  /** The exact page text that is marked. */
  text: z.string(),
});

/** A line of detection's evidence: a message key with parameters (core/detect/evidence.ts), translated where shown. */
export const EvidenceLine = z.object({
  key: z.string(),
  vars: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  terms: z.optional(
    z.array(
      z.object({
        key: z.optional(z.string()),
        entity: z.optional(z.string()),
        en: z.string(),
        count: z.optional(z.number()),
      }),
    ),
  ),
});

export const PageState = z.object({
  version: z.literal(1),
  status: z.enum(['scanning', 'done']),
  url: z.string(),
  articleDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  story: z.nullable(
    z.object({
      id: z.string(),
      score: z.number(),
      evidence: z.array(EvidenceLine),
    }),
  ),
  /** Every marked occurrence, in document order. */
  mentions: z.array(Mention),
  /** When detection says "not the story": the evidence that was weighed, for "why not". */
  weighed: z.optional(z.object({ score: z.number(), threshold: z.number(), evidence: z.array(EvidenceLine) })),
  /** True when the reader asked to annotate a page that was not detected as the story. */
  forced: z.optional(z.boolean()),
  /** Backstory is off here: the reader turned it off on this site, or paused it everywhere. */
  off: z.optional(z.enum(['site', 'paused'])),
});
export type PageState = z.infer<typeof PageState>;
export type Mention = z.infer<typeof Mention>;
