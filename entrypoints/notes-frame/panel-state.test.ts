import { describe, expect, it } from 'vitest';
import type { FrameState, PageNote } from '@/core/messages/notes-frame';
import { INITIAL, type PanelState, reduce, shows, toggledEmphasis } from './panel-state';

const page = (article: string, extra: Partial<FrameState> = {}): FrameState => ({
  type: 'state',
  article,
  language: 'en',
  shared: [],
  sharedEmphasis: [],
  linkError: false,
  orphans: [],
  entities: ['a', 'b', 'c'],
  ...extra,
});
const note = (id: string, text = `note ${id}`): PageNote => ({
  id,
  exact: 'the minerals deal',
  prefix: '',
  suffix: '',
  text,
  createdAt: '2025-03-01T10:00:00.000Z',
});
const run = (...events: Parameters<typeof reduce>[1][]): PanelState => events.reduce(reduce, INITIAL);

describe('the notes panel state', () => {
  it('shows nothing until the page says there is something, and nothing once closed', () => {
    expect(shows(run({ type: 'page', page: page('A') }))).toBe(false);
    const loaded = run(
      { type: 'page', page: page('A') },
      { type: 'loaded', article: 'A', stored: [note('1')], emphasis: [] },
    );
    expect(shows(loaded)).toBe(true);
    expect(shows(reduce(loaded, { type: 'close' }))).toBe(false);
    // A clicked passage opens it again, on that note.
    const reopened = reduce(reduce(loaded, { type: 'close' }), { type: 'show-note', id: '1' });
    expect(shows(reopened)).toBe(true);
    expect(reopened.current).toBe('1');
  });

  it('drops a late answer for the article before, and a move to another article keeps nothing half-done', () => {
    let s = run(
      { type: 'page', page: page('A') },
      { type: 'loaded', article: 'A', stored: [note('1')], emphasis: ['a'] },
    );
    s = reduce(s, { type: 'edit', id: '1' });
    s = reduce(s, { type: 'share-name', name: 'Ms. Koval' });
    s = reduce(s, { type: 'page', page: page('B') });
    expect(s.editing).toBeNull();
    expect(s.stored).toEqual([]);
    expect(s.myEmphasis).toBeNull();
    expect(s.shareName).toBe('Ms. Koval');
    s = reduce(s, { type: 'loaded', article: 'A', stored: [note('1')], emphasis: [] });
    expect(s.stored).toEqual([]);
  });

  it('edits a draft, keeps an Undo offer only with its own status line', () => {
    let s = run(
      { type: 'page', page: page('A') },
      { type: 'loaded', article: 'A', stored: [note('1', 'old')], emphasis: [] },
    );
    s = reduce(reduce(s, { type: 'edit', id: '1' }), { type: 'edit-draft', text: 'new' });
    expect(s.editing).toEqual({ id: '1', draft: 'new' });
    s = reduce(s, { type: 'deleted', note: { ...note('1'), url: 'A' }, index: 0 });
    s = reduce(s, { type: 'say', text: 'Note deleted.', undo: true });
    expect(s.lastDeleted?.index).toBe(0);
    expect(reduce(s, { type: 'say', text: 'Something else.' }).lastDeleted).toBeNull();
  });

  it('ticks emphasis in the page order, keeping ids the page no longer mentions after them', () => {
    expect(toggledEmphasis(['z', 'c'], ['a', 'b', 'c'], 'a', true)).toEqual(['a', 'c', 'z']);
    expect(toggledEmphasis(['a', 'c'], ['a', 'b', 'c'], 'a', false)).toEqual(['c']);
  });

  it('leaves notes out of the share link and back in', () => {
    let s = reduce(INITIAL, { type: 'share-toggle', id: '1', on: false });
    s = reduce(s, { type: 'share-toggle', id: '1', on: false });
    expect(s.leftOut).toEqual(['1']);
    expect(reduce(s, { type: 'share-toggle', id: '1', on: true }).leftOut).toEqual([]);
  });
});
