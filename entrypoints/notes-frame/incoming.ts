/**
 * What the notes frame accepts from the content script that made it (core/messages/notes-frame.ts
 * ToFrame), checked field by field before the panel sees it. The relay and the nonce already keep other
 * senders out (background/notes-relay.ts); this is the frame's own check that a message has the shape it
 * renders, so nothing malformed reaches the panel's state. (zod/mini: an extension page, not a content
 * script.)
 */

import type { ToFrame } from '@/core/messages/notes-frame';
import { Note } from '@/core/notes';
import { z } from '@/core/zod';

/** Ids (notes', entities') and the passage are checked as a stored note's are (core/notes.ts). */
const Id = Note.shape.id;
const Ids = z.array(Id).check(z.maxLength(1000));
/** A note as the page holds it: a share link's may carry no creation time (core/share/payload.ts: ''). */
const PageNote = z.extend(z.omit(Note, { url: true }), { createdAt: z.string().check(z.maxLength(40)) });
const QuoteSelector = z.pick(Note, { exact: true, prefix: true, suffix: true, position: true });

const ToFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('state'),
    article: z.string().check(z.minLength(1), z.maxLength(4000)),
    language: z.enum(['en', 'uk']),
    shared: z.array(PageNote).check(z.maxLength(1000)),
    sharedEmphasis: Ids,
    sharedBy: z.optional(z.string().check(z.maxLength(200))),
    sharedOn: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    linkError: z.boolean(),
    orphans: Ids,
    entities: Ids,
  }),
  z.object({ type: z.literal('compose'), selector: QuoteSelector }),
  z.object({ type: z.literal('show-note'), id: Id }),
  z.object({ type: z.literal('open') }),
  z.object({ type: z.literal('link'), url: z.url({ protocol: /^https?$/ }) }),
  z.object({ type: z.literal('link-failed') }),
]);

/** The message as the frame's table types it, or null when it is not one it renders. */
export function toFrame(value: unknown): ToFrame | null {
  const parsed = ToFrameSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
