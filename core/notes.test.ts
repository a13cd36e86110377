import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  editNote,
  findNote,
  importNotes,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_NOTES,
  type Note,
  notesByArticle,
  removeNote,
  restoreNote,
  type StoredNotes,
  StoredNotes as StoredNotesSchema,
  setEmphasis,
} from './notes';

const A = 'https://example.com/a';
const B = 'https://example.com/b';
const note = (id: string, url = A, text = `text ${id}`): Note => ({
  id,
  url,
  exact: `quote ${id}`,
  prefix: '',
  suffix: '',
  text,
  createdAt: '2025-01-01T00:00:00.000Z',
});
const stored = (): StoredNotes => ({ [A]: [note('1'), note('2'), note('3')], [B]: [note('4', B)] });

describe('editNote', () => {
  it('replaces only that note’s text and leaves the input untouched', () => {
    const before = stored();
    const copy = structuredClone(before);
    const after = editNote(before, '2', 'new text');
    expect(after?.[A]?.map((n) => n.text)).toEqual(['text 1', 'new text', 'text 3']);
    expect(after?.[B]).toBe(before[B]);
    expect(before).toEqual(copy);
  });
  it('is null for an unknown id or a text over the limit', () => {
    expect(editNote(stored(), 'nope', 'x')).toBeNull();
    expect(editNote(stored(), '1', 'x'.repeat(100_001))).toBeNull();
  });
});

describe('removeNote / restoreNote', () => {
  it('removes a note and returns it with its index; undo puts it back in place', () => {
    const before = stored();
    const r = removeNote(before, '2');
    expect(r?.removed.id).toBe('2');
    expect(r?.index).toBe(1);
    expect(r?.notes[A]?.map((n) => n.id)).toEqual(['1', '3']);
    expect(restoreNote(r!.notes, r!.removed, r!.index)).toEqual(before);
  });
  it('drops an article key when its last note goes, and brings it back on undo', () => {
    const r = removeNote(stored(), '4');
    expect(B in r!.notes).toBe(false);
    expect(restoreNote(r!.notes, r!.removed, r!.index)[B]?.map((n) => n.id)).toEqual(['4']);
  });
  it('undo does not duplicate a note that is already stored', () => {
    const s = stored();
    expect(restoreNote(s, note('1'), 0)).toBe(s);
  });
  it('remove then restore is the identity, for any note', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(A, B), fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (entries, pick) => {
          const s: StoredNotes = {};
          entries.forEach(([url, text], i) => {
            s[url] = [...(s[url] ?? []), note(`n${i}`, url, text)];
          });
          const id = `n${pick % entries.length}`;
          const r = removeNote(s, id);
          expect(findNote(r!.notes, id)).toBeNull();
          expect(restoreNote(r!.notes, r!.removed, r!.index)).toEqual(s);
          expect(StoredNotesSchema.safeParse(r!.notes).success).toBe(true);
        },
      ),
    );
  });
});

describe('notesByArticle', () => {
  it('lists articles with notes, by URL', () => {
    expect(notesByArticle({ [B]: [note('4', B)], [A]: [note('1')], 'https://x/empty': [] }).map((a) => a.url)).toEqual([
      A,
      B,
    ]);
  });
});

describe('setEmphasis', () => {
  it('sets, deduplicates, caps, and removes the key when empty', () => {
    const s = setEmphasis({}, A, ['x', 'y', 'x', '']);
    expect(s).toEqual({ [A]: ['x', 'y'] });
    expect(setEmphasis(s, A, [])).toEqual({});
    expect(
      setEmphasis(
        {},
        A,
        Array.from({ length: 80 }, (_, i) => `e${i}`),
      )[A],
    ).toHaveLength(50);
  });
});

describe('importNotes: hostile files', () => {
  const file = (notes: unknown[]) => JSON.stringify({ version: 1, notes });

  it('imports only http(s) note URLs; constructor, __proto__ and javascript: are each reported, the rest imported', () => {
    const before = stored();
    const r = importNotes(
      before,
      file([
        note('c', 'constructor'),
        note('p', '__proto__'),
        note('j', 'javascript:alert(document.domain)'),
        note('d', 'data:text/html,<script>1</script>'),
        note('ok', 'https://news.example/x'),
      ]),
    );
    expect(r.fileError).toBeUndefined();
    expect(r.added).toBe(1);
    expect(r.rejected).toEqual([0, 1, 2, 3].map((index) => ({ index, reason: 'url: not an http(s) address' })));
    expect(r.merged['https://news.example/x']?.map((n) => n.id)).toEqual(['ok']);
    // Stored notes are all still there, untouched.
    for (const [url, list] of Object.entries(before)) expect(r.merged[url]).toEqual(list);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).ok).toBeUndefined();
  });

  it('refuses a file over the size cap whole, and reports entries past the count cap', () => {
    const big = importNotes(stored(), ' '.repeat(MAX_IMPORT_CHARS + 1));
    expect(big.fileError).toBe('too-large');
    expect(big.merged).toEqual(stored());
    const many = Array.from({ length: MAX_IMPORT_NOTES + 2 }, (_, i) => note(`m${i}`, 'https://news.example/m'));
    const r = importNotes({}, file(many));
    expect(r.added).toBe(MAX_IMPORT_NOTES);
    expect(r.rejected.map((x) => x.index)).toEqual([MAX_IMPORT_NOTES, MAX_IMPORT_NOTES + 1]);
  });

  it('scoped edits and deletes touch one article only', () => {
    expect(editNote(stored(), '4', 'x', A)).toBeNull();
    expect(removeNote(stored(), '4', A)).toBeNull();
    expect(editNote(stored(), '4', 'x', B)?.[B]?.[0]?.text).toBe('x');
    expect(findNote(stored(), '1', 'constructor')).toBeNull();
  });
});
