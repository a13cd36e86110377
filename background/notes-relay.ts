/**
 * Carries the notes panel's messages between a story page's content script and the notes frame it
 * made (core/messages/notes-frame.ts). One-shot messages, nothing kept: it works the same in Chrome and
 * Firefox (whose framed extension pages have no `tabs` API and hear no content-script port) and
 * survives the service worker being stopped between two messages.
 */
import '../shared/zod';
import { z } from 'zod/mini';
import { NOTES_DELIVER, NOTES_TO_FRAME, NOTES_TO_PAGE } from '../core/messages/notes-frame';
import { send, sendToTab } from '../core/messages/transport';
import { type Route, route } from './messages';

/** A relayed message: a nonce (a UUID) and a body of at most this many characters as JSON. */
const MAX_BODY_CHARS = 2_000_000;
const Envelope = <T extends string>(type: T) =>
  z
    .object({
      type: z.literal(type),
      nonce: z.string().check(z.regex(/^[0-9a-f-]{36}$/)),
      /** The frame's id in the tab (from its hello), when the content script knows it. */
      frameId: z.optional(z.int().check(z.nonnegative())),
      message: z.unknown(),
    })
    .check(z.refine((m) => JSON.stringify(m.message ?? null).length <= MAX_BODY_CHARS, 'message too large'));

export function notesRelayRoutes(): Route[] {
  return [
    route({
      type: NOTES_TO_FRAME,
      from: ['content-script'],
      schema: Envelope(NOTES_TO_FRAME),
      // To the frame in the sender's own tab: straight to it where the browser can (Firefox's framed
      // extension pages hear tabs.sendMessage, not runtime broadcasts), else to every extension page
      // (Chrome), where only the frame that holds this nonce listens.
      handle: async (m, sender) => {
        if (sender.kind !== 'content-script' || sender.frameId !== 0) return { ok: false };
        const deliver = { type: NOTES_DELIVER, nonce: m.nonce, message: m.message } as const;
        if (m.frameId !== undefined && m.frameId !== 0) {
          const direct = await sendToTab(sender.tabId, deliver, { frameId: m.frameId }).then(
            () => true,
            () => false,
          );
          if (direct) return { ok: true };
        }
        return send(deliver).then(
          () => ({ ok: true }),
          () => ({ ok: false }), // the frame is not listening yet: it says hello when it is
        );
      },
    }),
    route({
      type: NOTES_TO_PAGE,
      from: ['extension-page'],
      schema: Envelope(NOTES_TO_PAGE),
      // Only a frame inside a tab (the notes frame), to its own tab's top document.
      handle: (m, sender) => {
        if (sender.kind !== 'extension-page' || sender.tabId === undefined || !sender.frameId) return { ok: false };
        return sendToTab(
          sender.tabId,
          { type: NOTES_DELIVER, nonce: m.nonce, frameId: sender.frameId, message: m.message },
          { frameId: 0 },
        ).then(
          () => ({ ok: true }),
          () => ({ ok: false }),
        );
      },
    }),
  ];
}
