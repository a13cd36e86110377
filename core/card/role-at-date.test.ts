import { describe, expect, it } from 'vitest';
import { type DatedRole, lastRoleBefore, latestRole, roleAt, roleTimeline } from './role-at-date';

const waltz = [
  { title: 'U.S. national security adviser', organisation: 'White House', from: '2025-01-20', to: '2025-05-01' },
  { title: 'U.S. ambassador to the United Nations', from: '2025-09-19' },
];

describe('roleAt', () => {
  it('finds the role whose period contains the date', () => {
    expect(roleAt(waltz, '2025-02-28')?.title).toBe('U.S. national security adviser');
    expect(roleAt(waltz, '2025-10-01')?.title).toBe('U.S. ambassador to the United Nations');
  });
  it('counts both ends of a period as held', () => {
    expect(roleAt(waltz, '2025-01-20')?.title).toBe('U.S. national security adviser');
    expect(roleAt(waltz, '2025-05-01')?.title).toBe('U.S. national security adviser');
    expect(roleAt(waltz, '2025-09-19')?.title).toBe('U.S. ambassador to the United Nations');
  });
  it('returns null between roles and before the first', () => {
    expect(roleAt(waltz, '2025-06-15')).toBeNull();
    expect(roleAt(waltz, '2024-12-31')).toBeNull();
  });
  it('prefers the role that started last where periods overlap', () => {
    const roles = [
      { title: 'Senator', from: '2003-01-03' },
      { title: 'Committee chair', from: '2025-01-03' },
    ];
    expect(roleAt(roles, '2025-03-01')?.title).toBe('Committee chair');
    expect(roleAt(roles, '2010-03-01')?.title).toBe('Senator');
  });
});

describe('latestRole / lastRoleBefore', () => {
  it('prefers an open role', () => {
    expect(latestRole(waltz)?.title).toBe('U.S. ambassador to the United Nations');
    expect(latestRole([...waltz].reverse())?.title).toBe('U.S. ambassador to the United Nations');
  });
  it('falls back to the role that ended last', () => {
    const closed = [
      { title: 'A', from: '2010-01-01', to: '2012-01-01' },
      { title: 'B', from: '2012-01-01', to: '2016-01-01' },
    ];
    expect(latestRole(closed)?.title).toBe('B');
    expect(latestRole([])).toBeNull();
  });
  it('finds the last role that ended before a date', () => {
    expect(lastRoleBefore(waltz, '2025-06-15')?.title).toBe('U.S. national security adviser');
    expect(lastRoleBefore(waltz, '2025-03-01')).toBeNull();
  });
});

describe('roleTimeline', () => {
  const held = (t: ReturnType<typeof roleTimeline>) => (t.atDate.status === 'held' ? t.atDate.roles : []);

  it('shows then and latest when the role changed (Waltz on 2025-02-28)', () => {
    const t = roleTimeline(waltz, '2025-02-28');
    expect(held(t).map((r) => r.title)).toEqual(['U.S. national security adviser']);
    expect(t.latest.map((r) => r.title)).toEqual(['U.S. ambassador to the United Nations']);
    expect(t.same).toBe(false);
  });
  it('does not repeat an unchanged role that is still held', () => {
    const t = roleTimeline(waltz, '2025-10-01');
    expect(t.atDate.status).toBe('held');
    expect(t.same).toBe(true);
  });
  it('never calls an ended role the same as now, even when it is the last one (Yermak, Markarova)', () => {
    const yermak = [{ title: 'Head of the Office of the President', from: '2020-02-11', to: '2025-11-28' }];
    const t = roleTimeline(yermak, '2025-02-28');
    expect(held(t).map((r) => r.title)).toEqual(['Head of the Office of the President']);
    expect(t.latest[0]?.to).toBe('2025-11-28');
    expect(t.same).toBe(false);
  });
  it('keeps every role held at once (Rubio from 2025-05-01)', () => {
    const rubio = [
      { title: 'Secretary of State', from: '2025-01-21' },
      { title: 'Acting national security adviser', from: '2025-05-01' },
    ];
    const t = roleTimeline(rubio, '2025-10-01');
    expect(held(t).map((r) => r.title)).toEqual(['Acting national security adviser', 'Secretary of State']);
    expect(t.latest.map((r) => r.title)).toEqual(['Acting national security adviser', 'Secretary of State']);
    expect(t.same).toBe(true);
    expect(held(roleTimeline(rubio, '2025-02-28')).map((r) => r.title)).toEqual(['Secretary of State']);
    expect(roleTimeline(rubio, '2025-02-28').same).toBe(false);
  });
  it('says "former" between roles', () => {
    const t = roleTimeline(waltz, '2025-06-15');
    expect(t.atDate.status === 'former' && t.atDate.role.to).toBe('2025-05-01');
    expect(t.same).toBe(false);
  });
  it('has nothing to say about "then" without an article date', () => {
    const t = roleTimeline(waltz, null);
    expect(t.atDate.status).toBe('unknown');
    expect(t.latest.map((r) => r.title)).toEqual(['U.S. ambassador to the United Nations']);
  });
  it('knows a date before every role', () => {
    const t = roleTimeline(waltz, '2020-01-01');
    expect(t.atDate.status).toBe('before');
    expect(t.same).toBe(false);
  });

  describe('a role whose start is only the date it was first seen held', () => {
    const scholar: DatedRole[] = [
      { title: 'Senior research scholar', from: '2025-02-27', fromPrecision: 'first-seen' },
      { title: 'Program director', from: '2026-12-03', fromPrecision: 'first-seen' },
    ];
    it('is never "before every role": it may already have been held (seen later)', () => {
      const t = roleTimeline(scholar, '2025-01-15');
      expect(t.atDate.status).toBe('seen-later');
      if (t.atDate.status !== 'seen-later') return;
      expect(t.atDate.roles.map((r) => r.title)).toEqual(['Senior research scholar', 'Program director']);
      expect(t.atDate.former).toBeNull();
    });
    it('is held from its first-seen date on, as any role', () => {
      const t = roleTimeline(scholar, '2025-03-01');
      expect(t.atDate.status === 'held' && t.atDate.roles.map((r) => r.title)).toEqual(['Senior research scholar']);
    });
    it('keeps "before" for a known start (month or year precision is still a known start)', () => {
      const known: DatedRole[] = [{ title: 'Head', from: '2021-08-01', fromPrecision: 'month' }];
      expect(roleTimeline(known, '2020-01-01').atDate.status).toBe('before');
    });
    it('names the role that ended before the date beside one first seen after it', () => {
      const roles: DatedRole[] = [
        { title: 'Analyst', from: '2019-01-01', to: '2022-12-31' },
        { title: 'Director', from: '2025-06-01', fromPrecision: 'first-seen' },
      ];
      const t = roleTimeline(roles, '2024-01-01');
      expect(t.atDate.status === 'seen-later' && [t.atDate.former?.title, t.atDate.roles[0]?.title]).toEqual([
        'Analyst',
        'Director',
      ]);
    });
    it('does not count a first-seen role that ended before the date', () => {
      const roles: DatedRole[] = [
        { title: 'Adviser', from: '2024-01-01', fromPrecision: 'first-seen', to: '2024-06-30' },
      ];
      expect(roleTimeline(roles, '2025-01-01').atDate.status).toBe('former');
    });
  });
});
