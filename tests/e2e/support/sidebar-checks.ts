/**
 * The sidebar checks both browsers run (sidebar.e2e.ts in Chromium, firefox.e2e.ts), on what each suite
 * read with its own driver (support/sidebar-probes.ts: what it evaluates in the sidebar and the page).
 */
import Papa from 'papaparse';
import { expect } from 'vitest';
import { CSV_HEADER, Findings } from '../../../core/export/findings';
import type { PageState } from '../../../core/messages/page-state';

/** Counts per entity id in the page state. */
export function countsOf(state: PageState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of state.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return counts;
}

/**
 * Presses Tab on `keyboard` (the sidebar's, focus at its top) until "Copy Markdown summary" has focus,
 * reading each focus with `focused` (focusedControl, evaluated in the sidebar): the filter, an entity
 * and the three exports are reached, each with a visible focus outline.
 */
export async function expectTabReachesExports(
  keyboard: { press(key: 'Tab'): Promise<unknown> },
  focused: () => Promise<{ key: string; outline: boolean } | null>,
): Promise<void> {
  const reached: string[] = [];
  let outlineOk = true;
  for (let i = 0; i < 400; i++) {
    await keyboard.press('Tab');
    const focus = await focused();
    if (!focus) continue;
    reached.push(focus.key);
    outlineOk &&= focus.outline;
    if (focus.key.startsWith('Copy Markdown summary')) break;
  }
  expect(reached).toContain('filter');
  expect(reached).toContain('entity');
  expect(reached.some((k) => k.startsWith('Download JSON'))).toBe(true);
  expect(reached.some((k) => k.startsWith('Download CSV'))).toBe(true);
  expect(reached.some((k) => k.startsWith('Copy Markdown summary'))).toBe(true);
  expect(outlineOk, 'every focused control shows a visible focus outline').toBe(true);
}

/**
 * What the sidebar saved for story-en-ap: JSON with its file name that parses through its schema, with
 * the page and its mentions (returned, for more checks), and CSV that papaparse reads back, with our
 * header and a row per mention.
 */
export function expectExports(
  saved: { json: { name: string; text: string }; csv: string },
  state: PageState,
): Findings {
  expect(saved.json.name).toMatch(/^backstory-apnews\.com-2025-02-28\.json$/);
  const findings = Findings.parse(JSON.parse(saved.json.text));
  expect(findings.page.url).toBe(state.url);
  expect(findings.mentions.map((m) => [m.entityId, m.text])).toEqual(state.mentions.map((m) => [m.entityId, m.text]));
  const parsed = Papa.parse<Record<string, string>>(saved.csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_HEADER]);
  expect(parsed.data.map((r) => [Number(r.mention_index), r.entity_id, r.text])).toEqual(
    state.mentions.map((m, i) => [i, m.entityId, m.text]),
  );
  return findings;
}
