/**
 * `npm run data:stale [-- --today YYYY-MM-DD] [--months N]`: what may have changed since it was last checked.
 * Lists entries whose facts were last checked (`asOf`) more than six months ago, and roles still held
 * whose last confirmation (`checkedTo`) is that old: a person may have left the post since. Prints a
 * report and exits 0 (a reminder, not a gate); exits 1 only when the dataset itself is invalid.
 */
import { rawDataset } from '../data/index';
import type { Entity } from '../data/schema';
import { parseDataset } from '../data/validate';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The date `months` months before `today` (YYYY-MM-DD), clamped to the month's length. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface StaleReport {
  cutoff: string;
  entries: { id: string; kind: Entity['kind']; checked: string }[];
  openRoles: { id: string; title: string; checkedTo: string }[];
}

export function staleReport(entities: readonly Entity[], today: string, months = 6): StaleReport {
  const cutoff = monthsBefore(today, months);
  const entries = entities
    .filter((e) => e.asOf < cutoff)
    .map((e) => ({ id: e.id, kind: e.kind, checked: e.asOf }))
    .sort((a, b) => a.checked.localeCompare(b.checked) || a.id.localeCompare(b.id));
  const openRoles = entities
    .flatMap((e) =>
      e.kind === 'person'
        ? e.roles
            .filter((r) => !r.to && (r.checkedTo ?? '') < cutoff)
            .map((r) => ({ id: e.id, title: r.title, checkedTo: r.checkedTo ?? 'never' }))
        : [],
    )
    .sort((a, b) => a.checkedTo.localeCompare(b.checkedTo) || a.id.localeCompare(b.id));
  return { cutoff, entries, openRoles };
}

if (process.argv[1]?.endsWith('data-stale.ts')) {
  const parsed = parseDataset(rawDataset);
  if (!parsed.ok) {
    console.error('data:stale: the dataset is invalid; run npm run data:check');
    process.exit(1);
  }
  const today = arg('today') ?? new Date().toISOString().slice(0, 10);
  const months = Number(arg('months') ?? 6);
  const report = staleReport(parsed.dataset.entities, today, months);
  console.log(`data:stale — as of ${today}, unchecked since before ${report.cutoff} (${months} months)`);
  console.log(`\nRoles still held, last confirmed before ${report.cutoff} (the person may have left the post):`);
  for (const r of report.openRoles) console.log(`  - ${r.id}: ${r.title} — confirmed to ${r.checkedTo}`);
  if (!report.openRoles.length) console.log('  (none)');
  console.log(`\nEntries whose facts were last checked before ${report.cutoff}:`);
  for (const e of report.entries) console.log(`  - ${e.id} (${e.kind}): checked ${e.checked}`);
  if (!report.entries.length) console.log('  (none)');
  console.log(
    `\n${report.openRoles.length} open role(s) and ${report.entries.length} of ${parsed.dataset.entities.length} entries to re-check. Re-check against a source, then update checkedTo / asOf.`,
  );
}
