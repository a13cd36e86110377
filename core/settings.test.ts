import { describe, expect, it } from 'vitest';
import { importNotes } from './notes';
import { DEFAULT_SETTINGS, normalizeHost, offReason, readSettings } from './settings';
import { migrateV1toV2, SettingsV2 } from './settings-schema';

describe('settings', () => {
  it('the hand reader and the zod schema agree on the defaults and on broken values', () => {
    expect(readSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(SettingsV2.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    for (const bad of [
      null,
      'x',
      [],
      { ...DEFAULT_SETTINGS, underline: 'wavy' },
      { ...DEFAULT_SETTINGS, hoverDelayMs: -1 },
    ]) {
      expect(readSettings(bad)).toBeNull();
      expect(SettingsV2.safeParse(bad).success).toBe(false);
    }
  });

  it('migrates v1 and folds the legacy disabled list', () => {
    const v2 = migrateV1toV2({ enabled: false, underline: 'solid', firstOnly: true, hoverDelay: 9000 }, [
      'BBC.co.uk',
      'x',
    ]);
    expect(v2).toMatchObject({ paused: true, underline: 'solid', frequency: 'first', hoverDelayMs: 2000 });
    expect(v2.sites.disabled).toEqual(['bbc.co.uk']);
    expect(SettingsV2.safeParse(v2).success).toBe(true);
  });

  it('says why Backstory is off on a host', () => {
    const s = { ...DEFAULT_SETTINGS, sites: { disabled: ['apnews.com'], added: [] } };
    expect(offReason(s, [], 'www.apnews.com')).toBe('site');
    expect(offReason(s, ['reuters.com'], 'www.reuters.com')).toBe('site');
    expect(offReason(s, [], 'bbc.com')).toBeNull();
    expect(offReason({ ...s, paused: true }, [], 'bbc.com')).toBe('paused');
    expect(normalizeHost('https://News.Example.org:8080/a?b')).toBe('news.example.org');
    expect(normalizeHost('not a host')).toBeNull();
  });
});

describe('notes import', () => {
  const note = {
    id: 'a',
    url: 'https://x.org/1',
    exact: 'Vance',
    prefix: '',
    suffix: '',
    text: 't',
    createdAt: '2025-03-01T10:00:00Z',
  };
  it('adds valid new notes, reports rejects and duplicates, keeps stored notes', () => {
    const stored = { 'https://x.org/1': [note] };
    const r = importNotes(stored, JSON.stringify({ version: 1, notes: [note, { ...note, id: 'b' }, { id: 'c' }] }));
    expect(r).toMatchObject({ added: 1, duplicates: 1 });
    expect(r.rejected.map((x) => x.index)).toEqual([2]);
    expect(r.merged['https://x.org/1']?.map((n) => n.id)).toEqual(['a', 'b']);
    expect(stored['https://x.org/1']).toHaveLength(1);
  });
  it('rejects a file that is not a notes export as a whole', () => {
    expect(importNotes({}, '{').fileError).toBe('not-json');
    expect(importNotes({}, '{"version":2,"notes":[]}').fileError).toBe('not-notes-file');
  });
});
