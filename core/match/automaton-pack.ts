/**
 * The automaton's tables as one base64 string, built at build time (scripts/data-build.ts) and
 * shipped in the match index: a page decodes it natively and wraps typed-array views around the bytes
 * instead of building the automaton (about 15 ms of a story page's main thread, measured).
 *
 * Layout (little-endian; every browser Backstory runs on is, and both ends check): an Int32 header (the
 * number of tables, then each table's length and width), then the tables in TABLE_ORDER, each stored
 * in the narrowest of Uint16 / Int16 / Int32 that holds its values (node ids fit 16 bits today: the
 * string is half the size) and padded to 4 bytes. Unpacking widens them to Int32Array natively.
 */
import type { AutomatonTables } from './automaton';

const TABLE_ORDER = [
  'rootAscii',
  'rootOtherCodes',
  'rootOtherTargets',
  'first',
  'codes',
  'targets',
  'denseAt',
  'dense',
  'fail',
  'outStart',
  'outList',
  'dict',
  'lengths',
] as const satisfies readonly (keyof AutomatonTables)[];

const LITTLE_ENDIAN = new Uint8Array(Int32Array.of(1).buffer)[0] === 1;

const Width = { U16: 0, I16: 1, I32: 2 } as const;
const ARRAY_OF = [Uint16Array, Int16Array, Int32Array] as const;

function widthOf(a: Int32Array): number {
  let min = 0;
  let max = 0;
  for (const v of a) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min >= 0 && max <= 0xffff) return Width.U16;
  if (min >= -0x8000 && max <= 0x7fff) return Width.I16;
  return Width.I32;
}

/** Bytes a table takes, padded to 4. */
const sizeOf = (length: number, width: number) => (width === Width.I32 ? 4 * length : (2 * length + 3) & ~3);

export function packTables(tables: AutomatonTables): string {
  if (!LITTLE_ENDIAN) throw new Error('packTables: big-endian build machines are not supported');
  const arrays = TABLE_ORDER.map((key) => tables[key]);
  const widths = arrays.map(widthOf);
  const headerBytes = 4 * (1 + 2 * arrays.length);
  const bytes = new Uint8Array(headerBytes + arrays.reduce((n, a, i) => n + sizeOf(a.length, widths[i] as number), 0));
  const header = new Int32Array(bytes.buffer, 0, 1 + 2 * arrays.length);
  header[0] = arrays.length;
  let at = headerBytes;
  arrays.forEach((a, i) => {
    const width = widths[i] as 0 | 1 | 2;
    header[1 + 2 * i] = a.length;
    header[2 + 2 * i] = width;
    new ARRAY_OF[width](bytes.buffer, at, a.length).set(a);
    at += sizeOf(a.length, width);
  });
  return toBase64(bytes);
}

export function unpackTables(packed: string): AutomatonTables {
  if (!LITTLE_ENDIAN) throw new Error('unpackTables: big-endian platforms are not supported');
  const bytes = fromBase64(packed);
  const count = bytes.byteLength >= 4 ? new Int32Array(bytes.buffer, bytes.byteOffset, 1)[0] : 0;
  if (count !== TABLE_ORDER.length) throw new Error('unpackTables: not a packed automaton');
  const header = new Int32Array(bytes.buffer, bytes.byteOffset, 1 + 2 * count);
  const tables: Partial<Record<keyof AutomatonTables, Int32Array>> = {};
  let at = bytes.byteOffset + header.byteLength;
  TABLE_ORDER.forEach((key, i) => {
    const length = header[1 + 2 * i] as number;
    const width = header[2 + 2 * i] as number;
    const view = new ARRAY_OF[width as 0 | 1 | 2](bytes.buffer as ArrayBuffer, at, length);
    tables[key] = width === Width.I32 ? (view as Int32Array) : new Int32Array(view as ArrayLike<number>);
    at += sizeOf(length, width);
  });
  return tables as AutomatonTables;
}

type Base64Uint8Array = typeof Uint8Array & {
  fromBase64?: (s: string) => Uint8Array;
};

function fromBase64(s: string): Uint8Array {
  // Native in Chromium 140+ and Firefox 133+; the fallback is for older browsers and Node.
  const native = (Uint8Array as Base64Uint8Array).fromBase64;
  if (native) return native(s);
  const binary = atob(s);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
