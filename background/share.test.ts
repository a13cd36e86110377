/**
 * The notes routes behind the sender policy (background/messages.ts): a content script reads and changes
 * the notes of its own tab's article only, whatever URL its message names; malformed and oversized
 * messages are refused with an error the sender sees.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  EMPHASIS_FOR_URL,
  EMPHASIS_SET,
  HAS_NOTES_FOR_URL,
  NOTES_ADD,
  NOTES_DELETE,
  NOTES_EDIT,
  NOTES_FOR_URL,
  NOTES_RESTORE,
  SHARE_DECODE,
} from '../core/messages/share';
import type { Note, StoredNotes } from '../core/notes';
import { setupMessages } from './messages';
import { shareRoutes } from './share';

const A = 'https://news.example/story-a';
const B = 'https://other.example/teacher-notes-on-b';

const note = (id: string, url: string, text = `note ${id}`): Note => ({
  id,
  url,
  exact: 'minerals deal',
  prefix: '',
  suffix: '',
  text,
  createdAt: '2025-03-01T10:00:00.000Z',
});

/** Our content script in the top frame of a tab showing `url`. */
const contentScript = (url: string, extra: object = {}) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 3, windowId: 1, url },
  frameId: 0,
  url,
  ...extra,
});
const optionsPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

const send = async (message: unknown, sender: object): Promise<unknown> => {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answer;
};
const stored = async () => ((await fakeBrowser.storage.local.get('notes')).notes ?? {}) as StoredNotes;

beforeEach(async () => {
  fakeBrowser.reset();
  setupMessages(shareRoutes());
  await fakeBrowser.storage.local.set({ notes: { [A]: [note('a1', A)], [B]: [note('b1', B, 'private about B')] } });
});

describe('notes messages from a content script', () => {
  it('read the notes of the tab article, whatever URL the message names', async () => {
    const answer = (await send({ type: NOTES_FOR_URL, url: B }, contentScript(A))) as Note[];
    expect(answer.map((n) => n.id)).toEqual(['a1']);
    expect(await send({ type: HAS_NOTES_FOR_URL, url: B }, contentScript('https://third.example/x'))).toBe(false);
  });

  it('cannot edit or delete a note on another article by its id', async () => {
    expect(await send({ type: NOTES_EDIT, url: B, id: 'b1', text: 'REWRITTEN' }, contentScript(A))).toEqual({
      ok: false,
    });
    expect(await send({ type: NOTES_DELETE, url: B, id: 'b1' }, contentScript(A))).toEqual({ ok: false });
    expect((await stored())[B]).toEqual([note('b1', B, 'private about B')]);
    // Its own article's note: yes.
    expect(await send({ type: NOTES_EDIT, id: 'a1', text: 'mine' }, contentScript(A))).toEqual({ ok: true });
    expect((await stored())[A]?.[0]?.text).toBe('mine');
  });

  it('adds notes to the tab article (not the URL in the message), dating shared notes now', async () => {
    const shared = { id: 's1', exact: 'deal', prefix: '', suffix: '', text: 'from a link', createdAt: '' };
    expect(await send({ type: NOTES_ADD, url: B, notes: [shared] }, contentScript(`${A}#bs=1.xyz`))).toEqual({
      ok: true,
      added: 1,
    });
    const after = await stored();
    expect(after[B]?.map((n) => n.id)).toEqual(['b1']);
    expect(after[A]?.map((n) => [n.id, n.url])).toEqual([
      ['a1', A],
      ['s1', A],
    ]);
    expect(after[A]?.[1]?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('cannot put a note back onto another article through undo', async () => {
    await expect(send({ type: NOTES_RESTORE, note: note('x', B), index: 0 }, contentScript(A))).rejects.toThrow(
      'belongs to another article',
    );
    expect((await stored())[B]?.map((n) => n.id)).toEqual(['b1']);
  });

  it('sets and reads emphasis for the tab article only', async () => {
    await send({ type: EMPHASIS_SET, url: B, ids: ['jd-vance'] }, contentScript(A));
    expect(await send({ type: EMPHASIS_FOR_URL, url: B }, optionsPage())).toEqual([]);
    expect(await send({ type: EMPHASIS_FOR_URL }, contentScript(A))).toEqual(['jd-vance']);
  });

  it('refuses subframes and a tab that has moved on to another site', async () => {
    await expect(send({ type: NOTES_FOR_URL }, contentScript(A, { frameId: 2, url: B }))).rejects.toThrow(
      'only the top frame',
    );
    await expect(send({ type: NOTES_FOR_URL }, contentScript(A, { url: B }))).rejects.toThrow('only the top frame');
  });

  it("follows the top frame's own address within its site (a single-page app's move, before the tab's URL)", async () => {
    const next = 'https://news.example/story-next';
    await fakeBrowser.storage.local.set({ notes: { [A]: [note('a1', A)], [next]: [note('n1', next)] } });
    const answer = (await send({ type: NOTES_FOR_URL, url: B }, contentScript(A, { url: next }))) as Note[];
    expect(answer.map((n) => n.id)).toEqual(['n1']);
  });

  it('refuses malformed and oversized messages with a clear error', async () => {
    await expect(send({ type: NOTES_EDIT, id: 'a1' }, contentScript(A))).rejects.toThrow(
      /Backstory refused "backstory:notes-edit": malformed \(text/,
    );
    await expect(send({ type: NOTES_EDIT, id: 'a1', text: 'x'.repeat(100_001) }, contentScript(A))).rejects.toThrow(
      'malformed',
    );
    const many = Array.from({ length: 51 }, (_, i) => ({ ...note(`n${i}`, A), url: undefined }));
    await expect(send({ type: NOTES_ADD, notes: many }, contentScript(A))).rejects.toThrow('malformed (notes');
    await expect(send({ type: SHARE_DECODE, hash: 'x'.repeat(30_000) }, contentScript(A))).rejects.toThrow('malformed');
    await expect(send({ type: 'backstory:notes-wipe' }, contentScript(A))).rejects.toThrow('unknown message type');
    await expect(send('hello', contentScript(A))).rejects.toThrow('a message without a type');
    expect((await stored())[A]?.[0]?.text).toBe('note a1');
  });

  it('answers no one but this extension', async () => {
    const stranger = { ...contentScript(A), id: 'another-extension' };
    expect(await send({ type: NOTES_FOR_URL }, stranger)).toBeUndefined();
    expect(await send({ type: NOTES_FOR_URL }, { id: fakeBrowser.runtime.id })).toBeUndefined();
  });
});

describe('notes messages from an extension page', () => {
  it('name the article they mean (http(s) only)', async () => {
    expect(((await send({ type: NOTES_FOR_URL, url: B }, optionsPage())) as Note[]).map((n) => n.id)).toEqual(['b1']);
    await expect(send({ type: NOTES_FOR_URL, url: 'javascript:alert(1)' }, optionsPage())).rejects.toThrow(
      'not an http(s) address',
    );
    await expect(send({ type: NOTES_FOR_URL }, optionsPage())).rejects.toThrow('no article URL');
  });

  it('framed in a web page, are scoped to that page like a content script', async () => {
    const framed = { ...optionsPage(), tab: { id: 3, url: A }, frameId: 5 };
    expect(((await send({ type: NOTES_FOR_URL, url: B }, framed)) as Note[]).map((n) => n.id)).toEqual(['a1']);
  });
});
