/**
 * The notes panel and the noted passages, as a test sees them in Chromium. The panel is the notes frame
 * (an extension page framed in our closed shadow root: page/card-ui/notes/frame-host.ts), reached as one of the
 * page's frames; the passages are boxes in our closed root (page/card-ui/notes/overlay.ts), reached through the
 * extension's isolated world.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ROOT } from './fixtures';
import type { IsolatedWorld } from './isolated-world';
import { focusInPanel, focusNotesFrame, type NotesProbe, notesPanel } from './notes-probes';

/** The notes frame of a page, if it has one. */
export function notesFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/notes-frame\.html/.test(f.url()));
}

/** What the notes panel shows (null: no frame, or it shows nothing). */
export async function probeNotes(page: Page): Promise<NotesProbe | null> {
  const frame = notesFrame(page);
  if (!frame) return null;
  return frame.evaluate(notesPanel).catch(() => null);
}

/** Moves keyboard focus to a control of the panel, as a reader tabbing into it would; true once it has it. */
export async function focusInNotes(page: Page, world: IsolatedWorld, selector: string): Promise<boolean> {
  const frame = notesFrame(page);
  if (!frame) return false;
  await world.evaluate(focusNotesFrame, null);
  return frame.evaluate(focusInPanel, selector);
}

/** Whether the panel's emphasis box for an entity is ticked (null: none). */
export async function notesCheckbox(page: Page, id: string): Promise<boolean | null> {
  const frame = notesFrame(page);
  if (!frame) return null;
  return frame.evaluate((id) => {
    const box = document.querySelector<HTMLInputElement>(`.bs-notes input[type="checkbox"][value="${id}"]`);
    return box ? box.checked : null;
  }, id);
}

/**
 * Which of `passages` are painted as noted (each scrolled into view first: only boxes on screen are
 * drawn): every line box of the passage lies under one of our note boxes.
 */
export async function notedPassages(page: Page, world: IsolatedWorld, passages: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const passage of passages) {
    const lines = await page.evaluate((passage) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(passage);
        if (at === -1) continue;
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + passage.length);
        return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }));
      }
      return [];
    }, passage);
    if (lines.length === 0) continue;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const boxes = await world.evaluate(() => {
      const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
        | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
        | undefined;
      if (!api?.hasHost()) return [];
      return [...api.host().shadow.querySelectorAll('.bs-note-mark')].map((b) => {
        const r = b.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      });
    }, null);
    const covered = lines.every((l) =>
      boxes.some((b) => Math.abs(b.x - l.x) < 1.5 && Math.abs(b.y - l.y) < 1.5 && Math.abs(b.w - l.w) < 1.5),
    );
    if (covered) out.push(passage);
  }
  return out;
}

/** How many note boxes our root holds (0: nothing noted on screen). */
export async function noteBoxCount(world: IsolatedWorld): Promise<number> {
  return world.evaluate(() => {
    const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
      | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
      | undefined;
    return api?.hasHost() ? api.host().shadow.querySelectorAll('.bs-note-mark').length : 0;
  }, null);
}

/** axe-core (WCAG 2.2 AA and best practice) over the notes frame's document: its violations' ids and targets. */
export async function axeInNotes(page: Page): Promise<string[]> {
  const frame = notesFrame(page);
  if (!frame) throw new Error('no notes frame');
  const source = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(source);
  return frame.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; nodes: { target: unknown }[] }[];
    }
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      // A frame's document is not a page: it has no landmark or heading of its own to need.
      rules: {
        'page-has-heading-one': { enabled: false },
        region: { enabled: false },
        'landmark-one-main': { enabled: false },
      },
    });
    return r.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
