import { describe, expect, it } from 'vitest';
import { rawDataset } from '../data/index';
import { parseDataset } from '../data/validate';
import { monthsBefore, staleReport } from './data-stale';

describe('data:stale', () => {
  it('counts six months back, clamped to the month', () => {
    expect(monthsBefore('2026-12-03', 6)).toBe('2026-06-03');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
  });
  it('lists roles still held and entries not checked for six months', () => {
    const parsed = parseDataset(rawDataset);
    if (!parsed.ok) throw new Error('invalid dataset');
    const report = staleReport(parsed.dataset.entities, '2026-12-03');
    expect(report.cutoff).toBe('2026-06-03');
    // An ended role never counts as open; a role confirmed after the cutoff is not listed.
    expect(report.openRoles.some((r) => r.id === 'keith-kellogg' || r.id === 'andriy-yermak')).toBe(false);
    for (const r of report.openRoles) expect(r.checkedTo < report.cutoff).toBe(true);
    for (const e of report.entries) expect(e.checked < report.cutoff).toBe(true);
    expect(report.openRoles.map((r) => r.id)).toContain('donald-trump');
    // Checked today: not stale.
    expect(staleReport(parsed.dataset.entities, '2026-12-03', 1).entries.map((e) => e.id)).not.toContain(
      'us-ukraine-supplemental-appropriations',
    );
  });
});
