/**
 * What the Firefox suites need beyond support/firefox.ts: axe-core over an extension or web page (its
 * source evaluated in the page, then `axe.run`, as @axe-core/playwright does in Chromium), real key
 * chords, clicks by text, a recorded clipboard, the extension pages the extension opens by itself, and
 * the notes frame (its address is not reported over WebDriver BiDi: found by asking each frame).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Frame, KeyInput, Page } from 'puppeteer-core';
import type { FirefoxSession } from './firefox';
import { pollUntil } from './fixtures';
import type { IsolatedWorld } from './isolated-world';
import { focusInPanel, focusNotesFrame, type NotesProbe, notesPanel } from './notes-probes';

let axeSource: string | undefined;
/** axe-core's browser build (the one @axe-core/playwright injects). */
export function axeCoreSource(): string {
  if (!axeSource) {
    const main = createRequire(import.meta.url).resolve('axe-core');
    axeSource = readFileSync(path.join(path.dirname(main), 'axe.min.js'), 'utf8');
  }
  return axeSource;
}

/**
 * axe-core over the whole page, as AxeBuilder.analyze() runs it; one line per violation. A framed
 * document of ours (`frame`: the notes frame) is checked as support/notes.ts's axeInNotes does: WCAG 2.2
 * AA and best practice, without the rules only a whole page needs (a landmark, a first-level heading).
 */
export async function firefoxAxe(target: Page | Frame, { frame = false } = {}): Promise<string[]> {
  const loaded = await target.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await target.evaluate(`${axeCoreSource()}\n;undefined`);
  return target.evaluate(async (frame: boolean) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(
      document,
      frame
        ? {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
            },
            rules: {
              'page-has-heading-one': { enabled: false },
              region: { enabled: false },
              'landmark-one-main': { enabled: false },
            },
          }
        : {},
    );
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, frame);
}

/** Presses `key` with modifiers held (`['Alt', 'Shift']`, 'KeyJ'), as real key events. */
export async function chord(page: Page, modifiers: KeyInput[], key: KeyInput): Promise<void> {
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
}

/**
 * The centre of the first visible element matching `selector` whose text includes `text`, scrolled into
 * view and settled (the element itself is what a click there hits).
 */
async function centreOf(target: Page | Frame, selector: string, text?: string) {
  return pollUntil(
    () =>
      target.evaluate(
        async (selector: string, text: string | null) => {
          const el = [...document.querySelectorAll<HTMLElement>(selector)].find(
            (e) => (text === null || (e.textContent ?? '').includes(text)) && e.getClientRects().length > 0,
          );
          if (!el) return null;
          el.scrollIntoView({ block: 'center', behavior: 'instant' });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const r = el.getBoundingClientRect();
          const at = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          const hit = document.elementFromPoint(at.x, at.y);
          return hit && (hit === el || el.contains(hit)) ? at : null;
        },
        selector,
        text ?? null,
      ),
    (at) => at !== null,
    { timeoutMs: 10_000, intervalMs: 100, what: `${selector}${text ? ` with "${text}"` : ''}` },
  ) as Promise<{ x: number; y: number }>;
}

/** Clicks (a real click) the first element matching `selector` whose text includes `text`. */
export async function clickText(page: Page, selector: string, text?: string): Promise<void> {
  const at = await centreOf(page, selector, text);
  await page.mouse.click(at.x, at.y);
}

/** Waits until the page's text (or `selector`'s) includes `text`; returns that text. */
export function waitForText(target: Page | Frame, text: string | RegExp, selector = 'body'): Promise<string> {
  return pollUntil(
    () =>
      target.evaluate(
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
        (sel: string) => document.querySelector<HTMLElement>(sel)?.innerText ?? '',
        selector,
      ),
    (t) => (typeof text === 'string' ? t.includes(text) : text.test(t)),
    { timeoutMs: 10_000, intervalMs: 100, what: `"${text}" in ${selector}` },
  );
}

/**
 * Replaces the page's clipboard with a recorder (an extension page is not granted clipboard reads):
 * what it writes, as text (a ClipboardItem's text/plain part), is in `window.__copied`.
 */
export async function recordClipboard(page: Page | Frame): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => void w.__copied.push(text),
        write: async (items: ClipboardItem[]) => {
          for (const item of items) w.__copied.push(await (await item.getType('text/plain')).text());
        },
      },
    });
  });
}

/** What the page copied since recordClipboard, in order. */
export function copied(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
}

/** The page (tab) whose address starts with `prefix`, once there is one (addresses asked of each page). */
export async function pageAt(ff: FirefoxSession, prefix: string, timeoutMs = 10_000): Promise<Page> {
  return pollUntil(
    async () => {
      for (const p of await ff.browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(prefix)) return p;
      }
      return null;
    },
    (p) => p !== null,
    { timeoutMs, intervalMs: 200, what: `a page at ${prefix}` },
  ) as Promise<Page>;
}

/** The notes frame of a page (an extension page in our closed root), if it has one. */
export async function firefoxNotesFrame(page: Page): Promise<Frame | undefined> {
  for (const f of page.frames()) {
    const ours = await f.evaluate(() => location.protocol === 'moz-extension:').catch(() => false);
    if (ours) return f;
  }
  return undefined;
}

/** What the notes panel shows (null: no frame, or it shows nothing). */
export async function firefoxProbeNotes(page: Page): Promise<NotesProbe | null> {
  const frame = await firefoxNotesFrame(page);
  if (!frame) return null;
  return frame.evaluate(notesPanel).catch(() => null);
}

/**
 * Firefox over WebDriver BiDi has no media emulation (puppeteer's emulateMediaFeatures needs CDP), so
 * dark mode is applied by the page's own rules: the rules under `@media (prefers-color-scheme: dark)` of
 * every stylesheet in `root` copied into one stylesheet of their own, with `color-scheme: dark`, or
 * removed again (`on` false). Runs in the page (or in our content-script world, given our shadow root).
 */
export function forceDarkIn(root: Document | ShadowRoot, on: boolean): number {
  const old = root.querySelector('style[data-test-dark]');
  old?.remove();
  if (!on) return 0;
  const rules: string[] = [':root, :host { color-scheme: dark; }'];
  const sheets = [...root.styleSheets, ...(root.adoptedStyleSheets ?? [])];
  const walk = (list: CSSRuleList) => {
    for (const rule of list) {
      if (rule instanceof CSSMediaRule || (rule as CSSMediaRule).conditionText !== undefined) {
        const media = rule as CSSMediaRule;
        if (/prefers-color-scheme:\s*dark/.test(media.conditionText ?? media.media?.mediaText ?? ''))
          for (const inner of media.cssRules) rules.push(inner.cssText);
        else if (media.cssRules) walk(media.cssRules);
      }
    }
  };
  for (const sheet of sheets) {
    try {
      walk(sheet.cssRules);
    } catch {
      // (a sheet we may not read)
    }
  }
  const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
  style.setAttribute('data-test-dark', '');
  style.textContent = rules.join('\n');
  (root instanceof Document ? root.head : root).append(style);
  return rules.length - 1;
}

/** forceDarkIn over a page's document (true: how many dark rules it applied, at least one expected). */
export function forceDark(target: Page | Frame, on: boolean): Promise<number> {
  return target.evaluate(`(${forceDarkIn.toString()})(document, ${on})`) as Promise<number>;
}

/**
 * The number of pages of a PDF: its page objects, counted in the file and in its compressed object
 * streams (Firefox's printer keeps them there; Chromium's writes them in the open).
 */
export function pdfPageCount(pdf: Buffer): number {
  const PAGE = /\/Type\s*\/Page(?![a-z])/g;
  const raw = pdf.toString('latin1');
  let count = (raw.match(PAGE) ?? []).length;
  const streams = /stream\r?\n/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end === -1) break;
    try {
      count += (inflateSync(pdf.subarray(start, end)).toString('latin1').match(PAGE) ?? []).length;
    } catch {
      // not a deflated stream
    }
    streams.lastIndex = end + 'endstream'.length;
  }
  return count;
}

/**
 * Moves keyboard focus to a control of the notes panel, as a reader tabbing into it would: the frame
 * element in our root first (through our content-script world), then the control; true once it has it.
 */
export async function focusInNotesFrame(page: Page, world: IsolatedWorld, selector: string): Promise<boolean> {
  const frame = await firefoxNotesFrame(page);
  if (!frame) return false;
  await world.evaluate(focusNotesFrame, null);
  return frame.evaluate(focusInPanel, selector);
}

/** Whether the notes frame is shown in our root (made, and not hidden). Runs in our content-script world. */
export function notesFrameShown(): boolean {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
    | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
    | undefined;
  const frame = api?.hasHost() ? api.host().shadow.querySelector('iframe') : null;
  return frame !== null && frame !== undefined && !frame.classList.contains('bs-hidden');
}
