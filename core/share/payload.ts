/**
 * The share payload: a teacher's notes and the entity ids to emphasise, carried in the article link's
 * URL fragment as `#bs=1.<base64url(deflate-raw(json))>` (followed, optionally, by a Text Fragment
 * directive `:~:text=…`). Decoding never throws: every malformed, truncated, oversized or hostile
 * payload comes back as a typed error.
 */

import type { Note } from '../notes';
import { z } from '../zod';
import { shareValueFromHash } from './fragment';

const SHARE_VERSION = 1;
export const LIMITS = {
  /** Encoded payload (the part after `bs=`), characters. */
  encodedChars: 8 * 1024,
  /** Inflated JSON, bytes: a deflate bomb stops here. */
  jsonBytes: 128 * 1024,
  notes: 50,
  noteText: 1000,
  exact: 500,
  context: 64,
  emphasis: 50,
  id: 80,
  /** The name the teacher signs the link with. */
  by: 80,
} as const;

const Str = (max: number, min = 0) => z.string().check(z.minLength(min), z.maxLength(max));

/** One note, in compact form. */
const SharedNote = z.object({
  i: Str(LIMITS.id, 1),
  e: Str(LIMITS.exact, 1),
  p: Str(LIMITS.context),
  s: Str(LIMITS.context),
  a: z.optional(z.tuple([z.int().check(z.minimum(0)), z.int().check(z.minimum(0))])),
  t: Str(LIMITS.noteText),
  k: z.optional(Str(LIMITS.id, 1)),
  /** Creation time: written by links made before it was dropped (a link no longer says when a note was written). */
  c: z.optional(Str(40, 10)),
});
const SharePayloadSchema = z.object({
  v: z.literal(SHARE_VERSION),
  n: z.array(SharedNote).check(z.maxLength(LIMITS.notes)),
  h: z.array(Str(LIMITS.id, 1)).check(z.maxLength(LIMITS.emphasis)),
  /** Who shared it: a name the teacher chose (optional). */
  b: z.optional(Str(LIMITS.by, 1)),
  /** The day it was shared (YYYY-MM-DD; a day, not a time). */
  d: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});
export type SharePayloadWire = z.infer<typeof SharePayloadSchema>;

/** What a share link carries, in the note model's terms (notes without their URL). */
export interface SharePayload {
  notes: Omit<Note, 'url'>[];
  /** Entity ids the teacher wants emphasised. */
  emphasis: string[];
  /** The name the teacher signed the link with, if any. */
  by?: string;
  /** The day the link was made (YYYY-MM-DD), if it says. */
  sharedOn?: string;
}

export type ShareError =
  | 'no-payload'
  | 'unsupported-version'
  | 'too-large'
  | 'bad-encoding'
  | 'bad-compression'
  | 'bad-json'
  | 'invalid-payload';

export type DecodeResult = { ok: true; payload: SharePayload } | { ok: false; error: ShareError; detail?: string };
export type EncodeResult =
  | { ok: true; value: string }
  | { ok: false; error: 'too-many-notes' | 'too-large' | 'invalid-payload'; detail?: string };

function toWire(payload: SharePayload): SharePayloadWire {
  return {
    v: SHARE_VERSION,
    n: payload.notes.map((n) => ({
      i: n.id,
      e: n.exact,
      p: n.prefix,
      s: n.suffix,
      ...(n.position ? { a: [n.position.start, n.position.end] as [number, number] } : {}),
      t: n.text,
      ...(n.entityId ? { k: n.entityId } : {}),
      // No creation time: the news site can read the link, and when a teacher wrote a note is theirs.
    })),
    h: payload.emphasis,
    ...(payload.by?.trim() ? { b: payload.by.trim().slice(0, LIMITS.by) } : {}),
    ...(payload.sharedOn ? { d: payload.sharedOn } : {}),
  };
}

function fromWire(wire: SharePayloadWire): SharePayload {
  return {
    notes: wire.n.map((n) => ({
      id: n.i,
      exact: n.e,
      prefix: n.p,
      suffix: n.s,
      ...(n.a ? { position: { start: n.a[0], end: n.a[1] } } : {}),
      text: n.t,
      ...(n.k ? { entityId: n.k } : {}),
      // Empty when the link has none: the note is dated when the reader saves it (background/share.ts).
      createdAt: n.c ?? '',
    })),
    emphasis: [...new Set(wire.h)],
    ...(wire.b ? { by: wire.b } : {}),
    ...(wire.d ? { sharedOn: wire.d } : {}),
  };
}

/** Trims notes to what a link may carry (context to 32 chars each side, quote and text to their limits). */
function fitNote<T extends Omit<Note, 'url'>>(note: T): Omit<Note, 'url'> {
  const exact = note.exact.slice(0, LIMITS.exact);
  return {
    id: note.id.slice(0, LIMITS.id),
    exact,
    prefix: note.prefix.slice(-32),
    suffix: exact.length < note.exact.length ? '' : note.suffix.slice(0, 32),
    ...(note.position ? { position: { start: note.position.start, end: note.position.start + exact.length } } : {}),
    text: note.text.slice(0, LIMITS.noteText),
    ...(note.entityId ? { entityId: note.entityId.slice(0, LIMITS.id) } : {}),
    createdAt: note.createdAt,
  };
}

// --- base64url -------------------------------------------------------------------------------------

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

// --- deflate ---------------------------------------------------------------------------------------

async function pump(
  stream: CompressionStream | DecompressionStream,
  input: Uint8Array,
  maxOut: number,
): Promise<Uint8Array | 'too-large'> {
  const writer = stream.writable.getWriter();
  // Errors surface through the reader; the writer's own promises must never reject unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxOut) {
      reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// --- encode / decode -------------------------------------------------------------------------------

/** The fragment value for a payload: `1.<base64url>` (put after `#bs=`). */
export async function encodeSharePayload(payload: SharePayload): Promise<EncodeResult> {
  if (payload.notes.length > LIMITS.notes) return { ok: false, error: 'too-many-notes' };
  const wire = toWire({
    ...payload,
    notes: payload.notes.map(fitNote),
    emphasis: payload.emphasis.slice(0, LIMITS.emphasis),
  });
  const checked = SharePayloadSchema.safeParse(wire);
  if (!checked.success) return { ok: false, error: 'invalid-payload', detail: describeIssue(checked.error) };
  const json = new TextEncoder().encode(JSON.stringify(checked.data));
  const deflated = await pump(new CompressionStream('deflate-raw'), json, Number.POSITIVE_INFINITY);
  if (deflated === 'too-large') return { ok: false, error: 'too-large' };
  const value = `${SHARE_VERSION}.${toBase64Url(deflated)}`;
  if (value.length > LIMITS.encodedChars) return { ok: false, error: 'too-large' };
  return { ok: true, value };
}

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.length ? issue.path.join('.') : 'payload'}: ${issue.message}`.slice(0, 200);
}

/** Decodes a share value (`1.<base64url>`). Never throws. */
export async function decodeSharePayload(value: string): Promise<DecodeResult> {
  try {
    if (typeof value !== 'string' || value.length === 0) return { ok: false, error: 'no-payload' };
    if (value.length > LIMITS.encodedChars) return { ok: false, error: 'too-large' };
    const dot = value.indexOf('.');
    if (dot === -1) return { ok: false, error: 'bad-encoding' };
    if (value.slice(0, dot) !== String(SHARE_VERSION)) return { ok: false, error: 'unsupported-version' };
    const bytes = fromBase64Url(value.slice(dot + 1));
    if (!bytes || bytes.length === 0) return { ok: false, error: 'bad-encoding' };
    let inflated: Uint8Array | 'too-large';
    try {
      inflated = await pump(new DecompressionStream('deflate-raw'), bytes, LIMITS.jsonBytes);
    } catch {
      return { ok: false, error: 'bad-compression' };
    }
    if (inflated === 'too-large') return { ok: false, error: 'too-large' };
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    } catch {
      return { ok: false, error: 'bad-json' };
    }
    if (json && typeof json === 'object' && 'v' in json && json.v !== SHARE_VERSION) {
      return { ok: false, error: 'unsupported-version' };
    }
    const parsed = SharePayloadSchema.safeParse(json);
    if (!parsed.success) return { ok: false, error: 'invalid-payload', detail: describeIssue(parsed.error) };
    return { ok: true, payload: fromWire(parsed.data) };
  } catch (error) {
    return { ok: false, error: 'invalid-payload', detail: String(error).slice(0, 200) };
  }
}

/** Decodes whatever share payload a URL fragment holds. */
export async function decodeShareHash(hash: string): Promise<DecodeResult> {
  const value = shareValueFromHash(hash);
  if (value === null) return { ok: false, error: 'no-payload' };
  return decodeSharePayload(value);
}
