import { describe, expect, it } from 'vitest';
import dataset from '../../data/generated/dataset.json';
import type { Dataset } from '../../data/schema';
import { DEFAULT_MAX, initialOptions, mentionedIds, noteOrder, presetIds, sourceKey, sourceList } from './plan';

const DATA = dataset as unknown as Dataset;
const byId = new Map(DATA.entities.map((e) => [e.id, e]));
const kindOf = (id: string) => byId.get(id)?.kind;
const mentions = [
  'donald-trump',
  'volodymyr-zelenskyy',
  'nato',
  'donald-trump',
  'trump-500-billion-demand',
  'budapest-memorandum',
  'jd-vance',
  'no-such-entity',
].map((entityId) => ({ entityId }));
const mentioned = mentionedIds(mentions, (id) => byId.has(id));

describe('handout plan', () => {
  it('lists each known entity once, in the order of first mention', () => {
    expect(mentioned).toEqual([
      'donald-trump',
      'volodymyr-zelenskyy',
      'nato',
      'trump-500-billion-demand',
      'budapest-memorandum',
      'jd-vance',
    ]);
  });

  it('starts from what the teacher emphasised', () => {
    const { preset, options } = initialOptions(mentioned, ['budapest-memorandum', 'unknown'], kindOf);
    expect(preset).toBe('emphasised');
    expect(options.include).toEqual(['budapest-memorandum']);
    expect(options).toMatchObject({ everyMention: false, sources: true, teacherNotes: true });
  });

  it('with nothing emphasised, starts from the people and figures the article names, a few at most', () => {
    const { preset, options } = initialOptions(mentioned, [], kindOf);
    expect(preset).toBe('default');
    expect(options.include).toEqual(['donald-trump', 'volodymyr-zelenskyy', 'trump-500-billion-demand', 'jd-vance']);
    const many = DATA.entities.filter((e) => e.kind === 'person').map((e) => e.id);
    expect(presetIds('default', many, [], kindOf)).toHaveLength(Math.min(DEFAULT_MAX, many.length));
    expect(presetIds('all', mentioned, [], kindOf)).toEqual(mentioned);
  });

  it('numbers the notes in the order their first mark appears, then what the text does not show', () => {
    expect(noteOrder(['jd-vance', 'nato', 'donald-trump'], ['nato', 'jd-vance'], mentioned)).toEqual([
      'nato',
      'jd-vance',
      'donald-trump',
    ]);
  });

  it('lists each source once, however many notes cite it, and gives each note its numbers', () => {
    const a = { url: 'https://www.example.com/a/', publisher: 'A', title: 'A title', published: '2025-01-01' };
    const b = { url: 'https://example.com/b', publisher: 'B', title: 'B title', published: '2025-01-02' };
    const { sources, refs } = sourceList([
      { id: 'x', sources: [a, b] },
      { id: 'y', sources: [{ ...a, url: 'https://example.com/a' }] },
    ]);
    expect(sources.map((s) => s.publisher)).toEqual(['A', 'B']);
    expect(refs.get('x')).toEqual([1, 2]);
    expect(refs.get('y')).toEqual([1]);
    expect(sourceKey('https://www.Example.com/a/#x')).toBe('example.com/a');
    const many = Array.from({ length: 6 }, (_, i) => ({ ...b, url: `https://example.com/${i}` }));
    expect(sourceList([{ id: 'z', sources: many }]).refs.get('z')).toEqual([1, 2, 3]);
  });
});
