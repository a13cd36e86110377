/**
 * `npm run bench [FOLDER] [--runs N] [--peer-runs N] [--page-scripts] [--only NAME[,NAME…]]`
 *
 * Loads the built extension (.output/chrome-mv3) into real Chromium and measures, for the fixture pages
 * (tests/fixtures/pages, served at their manifest URLs) and every *.html in FOLDER (served at
 * https://www.nytimes.com/bench/<name>.html), side by side in the same browser and run:
 * - ours: the content scripts' user-timing entries (`backstory:main` = the gate's set-up, `backstory:scan`
 *   per look or scan, `backstory:request` = the gate asking for the engine, `backstory:engine` = the
 *   engine bundle's set-up, `backstory:apply` = painting an analysis); and beside it the background's analysis time (`backstory:analyze`, off the page's thread);
 * - the extra main-thread script time and JS heap it costs the page (CDP Performance.getMetrics, the page
 *   loaded at a supported URL vs. the same bytes at an unsupported host, where no content script runs);
 * - long tasks (> 50 ms) that are ours;
 * - hover → card (and hover → active highlight) and DOM change → new mentions marked, on story pages;
 * - THE FLOOR (the extension's own region choice + one bare TreeWalker pass reading its text) and A PEER
 *   (mark.js marking every entity alias on the same region, in a separate page load).
 * Prints a table and writes bench-results/latest.json. Run `npm run build` first (`npm run bench` does).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, extensionArgs } from '../../tests/e2e/support/chromium';
import { fixtureHtml, MANIFEST, ROOT } from '../../tests/e2e/support/fixtures';

/** The build under test (BENCH_EXT to point elsewhere); copied aside at start so a rebuild mid-run cannot disturb it. */
const BUILT = process.env.BENCH_EXT ? resolve(process.env.BENCH_EXT) : join(ROOT, '.output/chrome-mv3');
const EXT = join(tmpdir(), `backstory-bench-ext-${process.pid}`);
const OUT_DIR = join(ROOT, 'bench-results');
const CHROMIUM = process.env.CHROMIUM ?? CHROMIUM_PATH;
const CONTROL_HOST = 'https://bench-control.invalid';
/** Time left after the load event for the content script (document_idle) and its follow-ups. */
const SETTLE_MS = 600;
/** The card code sets this mark when a card becomes visible; without it hover → card is n/a. */
const CARD_MARK = 'backstory:card-visible';

// ---------- arguments ----------
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 5);
const PEER_RUNS = Number(option('--peer-runs') ?? Math.min(RUNS, 3));
const ONLY = option('--only');
/** mark.js runs on story pages only (where the ratio is a target) unless asked. */
const PEER_ALL = flag('--peer-all');
const FOLDER = argv.find(
  (a, i) => !a.startsWith('--') && !['--runs', '--peer-runs', '--only'].includes(argv[i - 1] ?? ''),
);
/** Folder pages run with their inline scripts blocked (CSP) unless asked: quieter, repeatable runs. */
const PAGE_SCRIPTS = flag('--page-scripts');

// ---------- pages ----------
interface BenchPage {
  name: string;
  group: 'fixture' | 'folder';
  url: string;
  controlUrl: string;
  html: string;
  expectStory: boolean | null;
  scripts: boolean;
}

function fixturePages(): BenchPage[] {
  return MANIFEST.map((m) => ({
    name: m.file.replace(/\.html$/, ''),
    group: 'fixture' as const,
    url: m.url,
    controlUrl: `${CONTROL_HOST}/fixture/${m.file}`,
    html: fixtureHtml(m),
    expectStory: m.story,
    scripts: true,
  }));
}

function folderPages(folder: string): BenchPage[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.html$/, ''),
      group: 'folder' as const,
      url: `https://www.nytimes.com/bench/${f}`,
      controlUrl: `${CONTROL_HOST}/folder/${f}`,
      html: readFileSync(join(folder, f), 'utf8'),
      expectStory: null,
      scripts: PAGE_SCRIPTS,
    }));
}

// ---------- in-page helpers ----------
/** Collects long tasks and long animation frames from the start of every document (page world). */
const INIT_SCRIPT = `(() => {
  // tsx compiles the functions passed to page.evaluate with keepNames, which calls __name.
  window.__name ??= (f) => f;
  const store = (window.__bsPerf = { longtasks: [], loaf: [] });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) store.longtasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) store.loaf.push({ start: e.startTime, duration: e.duration,
        scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

interface LoadMetrics {
  script: number;
  task: number;
  heap: number;
}

interface ExtRun extends LoadMetrics {
  main: number | null;
  /** The UI that follows annotation on story pages (`backstory:notify`: host element, card bundle request). */
  ui: number;
  /** The background's analyses for this load (ms, summed): off the page's main thread. */
  background: number;
  scans: number[];
  annotated: number;
  host: boolean;
  extRequests: string[];
  longTasks: { start: number; duration: number }[];
  ourLongTasks: number[];
  hoverActive: number | null;
  hoverCard: number | null;
  mutation: number | null;
  mutationScan: number | null;
}

interface ControlRun extends LoadMetrics {
  floor: number;
  walk: number;
  floorChars: number;
}

interface PeerRun {
  ms: number;
  marks: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function metrics(cdp: CDPSession): Promise<LoadMetrics> {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => m.find((x) => x.name === name)?.value ?? 0;
  const script = get('ScriptDuration') * 1000;
  const task = get('TaskDuration') * 1000;
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: after } = await cdp.send('Performance.getMetrics');
  const heap = after.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0;
  return { script, task, heap };
}

async function openPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  return { page, cdp };
}

async function load(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await sleep(SETTLE_MS);
}

/** The background's `backstory:analyze` measures since the last call (and clears them). */
function backgroundAnalyses(sw: Worker): Promise<number[]> {
  return sw.evaluate(() => {
    const durations = performance.getEntriesByName('backstory:analyze').map((e) => e.duration);
    performance.clearMeasures('backstory:analyze');
    return durations;
  });
}

async function extRun(
  context: BrowserContext,
  sw: Worker,
  p: BenchPage,
  floorSrc: string,
  extRequests: string[],
): Promise<ExtRun> {
  const { page, cdp } = await openPage(context);
  extRequests.length = 0;
  await backgroundAnalyses(sw);
  await load(page, p.url);
  // The content script runs at document_idle and looks once the page is idle; on a slow page give both
  // longer (a look not yet made would go uncounted).
  for (let i = 0; i < 50; i++) {
    const done = await page.evaluate(
      () =>
        performance.getEntriesByName('backstory:main').length > 0 &&
        performance.getEntriesByName('backstory:scan').length > 0,
    );
    if (done) break;
    await sleep(100);
  }
  const m = await metrics(cdp);
  const seen = await page.evaluate(() => {
    const highlights = [...CSS.highlights.keys()].filter((k) => k.startsWith('backstory-') && k !== 'backstory-active');
    const perf = (window as unknown as { __bsPerf: { longtasks: { start: number; duration: number }[] } }).__bsPerf;
    return {
      // Start → done: the gate's main, plus every look, engine set-up and scan that ran after it before we
      // look: the gate looks once the page is idle, a story-like page then loads the engine, and DOM
      // changes by the page's own scripts cost rescans.
      main: (() => {
        const main = performance.getEntriesByName('backstory:main')[0];
        if (!main) return null;
        const mainEnd = main.startTime + main.duration;
        const later = [
          ...performance.getEntriesByName('backstory:scan'),
          ...performance.getEntriesByName('backstory:engine'),
          ...performance.getEntriesByName('backstory:apply'),
          ...performance.getEntriesByName('backstory:request'),
        ].filter((e) => e.startTime >= mainEnd);
        return later.reduce((sum, e) => sum + e.duration, main.duration);
      })(),
      ui: performance.getEntriesByName('backstory:notify').reduce((sum, e) => sum + e.duration, 0),
      scans: performance.getEntriesByName('backstory:scan').map((e) => e.duration),
      ours: [
        ...performance.getEntriesByName('backstory:main'),
        ...performance.getEntriesByName('backstory:scan'),
        ...performance.getEntriesByName('backstory:engine'),
        ...performance.getEntriesByName('backstory:apply'),
        ...performance.getEntriesByName('backstory:request'),
        ...performance.getEntriesByName('backstory:notify'),
      ]
        .filter((e) => e.duration > 50)
        .map((e) => e.duration),
      annotated: highlights.reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0),
      host: document.querySelector('backstory-ui') !== null,
      longTasks: perf?.longtasks ?? [],
    };
  });
  const run: ExtRun = {
    ...m,
    main: seen.main,
    ui: seen.ui,
    background: (await backgroundAnalyses(sw)).reduce((sum, d) => sum + d, 0),
    scans: seen.scans,
    annotated: seen.annotated,
    host: seen.host,
    extRequests: [...extRequests],
    longTasks: seen.longTasks,
    ourLongTasks: seen.ours,
    hoverActive: null,
    hoverCard: null,
    mutation: null,
    mutationScan: null,
  };
  if (seen.annotated > 0) {
    await page.evaluate(floorSrc);
    Object.assign(run, await hover(page));
    Object.assign(run, await mutation(page));
  }
  await page.close();
  return run;
}

/** A real mouse move over a mention; times the active highlight and the card (if the card code marks it). */
async function hover(page: Page): Promise<{ hoverActive: number | null; hoverCard: number | null }> {
  const target = await page.evaluate(async () => {
    const names = [...CSS.highlights.keys()].filter((k) => k.startsWith('backstory-') && k !== 'backstory-active');
    for (const name of names) {
      for (const r of CSS.highlights.get(name) ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
        await new Promise((f) => requestAnimationFrame(() => requestAnimationFrame(f)));
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 2 && rect.height > 2 && rect.top >= 0 && rect.bottom <= innerHeight)
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
  if (!target) return { hoverActive: null, hoverCard: null };
  await page.mouse.move(1, 1);
  await sleep(100);
  // Listen in the page for the move's timestamp, then watch for the active highlight and the card mark.
  const watching = page.evaluate(
    ({ cardMark, x, y }) =>
      new Promise<{ active: number | null; card: number | null }>((done) => {
        let movedAt = -1;
        let active: number | null = null;
        document.addEventListener('pointermove', (e) => (movedAt < 0 ? (movedAt = e.timeStamp) : 0), {
          capture: true,
          once: true,
        });
        // The card lives in our closed shadow root; from outside it is visible when a point near the
        // mention hit-tests to our host element (or when the card code sets the mark).
        const probes: [number, number][] = [];
        for (let dy = 24; dy <= 240; dy += 24)
          for (const dx of [-60, 0, 60]) probes.push([x + dx, y + dy], [x + dx, y - dy]);
        const cardShown = () => {
          const mark = performance.getEntriesByName(cardMark).find((e) => e.startTime >= movedAt);
          if (mark) return mark.startTime;
          for (const [px, py] of probes)
            if (
              px >= 0 &&
              py >= 0 &&
              px < innerWidth &&
              py < innerHeight &&
              document.elementFromPoint(px, py)?.localName === 'backstory-ui'
            )
              return performance.now();
          return null;
        };
        const t0 = performance.now();
        const poll = () => {
          const now = performance.now();
          if (movedAt >= 0) {
            if (active === null && CSS.highlights.has('backstory-active')) active = now - movedAt;
            const card = cardShown();
            if (card !== null && active !== null) return done({ active, card: card - movedAt });
          }
          if (now - t0 > 3000) return done({ active, card: null });
          setTimeout(poll, 1);
        };
        poll();
      }),
    { cardMark: CARD_MARK, x: target.x, y: target.y },
  );
  await sleep(50);
  await page.mouse.move(target.x, target.y);
  const { active, card } = await watching;
  await page.mouse.move(1, 1);
  return { hoverActive: active, hoverCard: card };
}

/** Appends a paragraph with new mentions to the article region ("load more") and times its marking. */
async function mutation(page: Page): Promise<{ mutation: number | null; mutationScan: number | null }> {
  return page.evaluate(
    () =>
      new Promise<{ mutation: number | null; mutationScan: number | null }>((done) => {
        const region = (window as unknown as { __backstoryBench: { region(): Element } }).__backstoryBench.region();
        const p = document.createElement('p');
        p.textContent =
          'Later that evening, Marco Rubio and Scott Bessent spoke again about the minerals agreement with Ukraine.';
        region.append(p);
        const insertedAt = performance.now();
        const poll = () => {
          const now = performance.now();
          for (const [name, h] of CSS.highlights) {
            if (!name.startsWith('backstory-') || name === 'backstory-active') continue;
            for (const r of h) {
              if (p.contains(r.startContainer)) {
                const scan = performance
                  .getEntriesByName('backstory:scan')
                  .find((e) => e.startTime >= insertedAt && e.startTime + e.duration <= now + 1);
                return done({
                  mutation: now - insertedAt,
                  mutationScan: scan ? scan.startTime + scan.duration - insertedAt : null,
                });
              }
            }
          }
          if (now - insertedAt > 3000) return done({ mutation: null, mutationScan: null });
          setTimeout(poll, 1);
        };
        setTimeout(poll, 1);
      }),
  );
}

async function controlRun(context: BrowserContext, p: BenchPage, floorSrc: string): Promise<ControlRun> {
  const { page, cdp } = await openPage(context);
  await load(page, p.controlUrl);
  const m = await metrics(cdp);
  await page.evaluate(floorSrc);
  const f = await page.evaluate(() =>
    (
      window as unknown as { __backstoryBench: { floor(): { total: number; walk: number; chars: number } } }
    ).__backstoryBench.floor(),
  );
  await page.close();
  return { ...m, floor: f.total, walk: f.walk, floorChars: f.chars };
}

/**
 * The floor as a content script pays for it (for comparison only; the target's floor is the one above):
 * the same region choice and walk, in a fresh isolated world of the page (`Page.createIsolatedWorld`),
 * so it pays the first touch of the DOM and cold code as our scripts do. A load of its own, so nothing
 * ran before it.
 */
async function coldFloorRun(context: BrowserContext, p: BenchPage, floorSrc: string): Promise<number> {
  const { page, cdp } = await openPage(context);
  await load(page, p.controlUrl);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'cold-floor' });
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `${floorSrc};globalThis.__backstoryBench.floor().total`,
    contextId: world.executionContextId,
    returnByValue: true,
  });
  await page.close();
  return Number(result.value);
}

async function peerRun(
  context: BrowserContext,
  p: BenchPage,
  floorSrc: string,
  markSrc: string,
  aliases: string[],
): Promise<PeerRun> {
  const { page } = await openPage(context);
  await load(page, p.controlUrl);
  await page.evaluate(floorSrc);
  await page.evaluate(markSrc);
  const r = await page.evaluate(
    (aliases) =>
      new Promise<PeerRun>((done) => {
        const region = (window as unknown as { __backstoryBench: { region(): Element } }).__backstoryBench.region();
        const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string, o: object): void } }).Mark;
        // One mark() per alias: mark.js handles an array by recursing once per keyword, which overflows
        // the stack with this many aliases; it runs each keyword as its own pass either way.
        const options = {
          separateWordSearch: false,
          diacritics: false,
          accuracy: { value: 'exactly', limiters: [...',.;:!?\'"()[]{}…–—-«»“”‘’/'] },
          exclude: ['script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer'],
        };
        const marker = new Mark(region);
        let marks = 0;
        let finished = 0;
        const t0 = performance.now();
        for (const alias of aliases)
          marker.mark(alias, {
            ...options,
            done: (n: number) => {
              marks += n;
              finished++;
            },
          });
        const ms = performance.now() - t0;
        // mark() is synchronous without iframes; if it ever is not, wait for every done().
        const wait = () =>
          finished >= aliases.length ? done({ ms: Math.max(ms, performance.now() - t0), marks }) : setTimeout(wait, 1);
        if (finished >= aliases.length) done({ ms, marks });
        else wait();
      }),
    aliases,
  );
  await page.close();
  return r;
}

// ---------- statistics ----------
const nums = (xs: (number | null)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
function median(xs: (number | null)[]): number | null {
  const v = nums(xs).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}
const max = (xs: (number | null)[]) => (nums(xs).length ? Math.max(...nums(xs)) : null);
const fmt = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));

interface PageResult {
  name: string;
  group: BenchPage['group'];
  bytes: number;
  expectStory: boolean | null;
  annotated: boolean;
  mentions: number;
  ours: { median: number | null; worst: number | null };
  ui: number | null;
  background: number | null;
  firstScan: { median: number | null; worst: number | null };
  scansPerLoad: number | null;
  addedScript: { median: number | null; worst: number | null };
  addedTask: number | null;
  addedHeapKB: number | null;
  ourLongTasks: number[];
  pageLongTasks: number;
  floor: { median: number | null; walk: number | null; chars: number | null };
  /** Story pages: the floor run in a fresh isolated world (coldFloorRun). */
  coldFloor: number | null;
  peer: { median: number | null; marks: number | null } | null;
  ratioToFloor: number | null;
  peerRatio: number | null;
  hoverActive: number | null;
  hoverCard: number | null | 'n/a';
  mutation: number | null;
  mutationScan: number | null;
  hostOnNonStory: boolean;
  extRequests: string[];
}

function summarise(p: BenchPage, ext: ExtRun[], ctrl: ControlRun[], peer: PeerRun[], cold: number[]): PageResult {
  const annotated = ext.some((r) => r.annotated > 0);
  const paired = ext.map((r, i) => (ctrl[i] ? r.script - (ctrl[i] as ControlRun).script : null));
  const ours = median(ext.map((r) => r.main));
  const floor = median(ctrl.map((r) => r.floor));
  const peerMs = median(peer.map((r) => r.ms));
  return {
    name: p.name,
    group: p.group,
    bytes: Buffer.byteLength(p.html),
    expectStory: p.expectStory,
    annotated,
    mentions: Math.max(...ext.map((r) => r.annotated)),
    ours: { median: ours, worst: max(ext.map((r) => r.main)) },
    ui: median(ext.map((r) => r.ui)),
    background: median(ext.map((r) => r.background)),
    firstScan: { median: median(ext.map((r) => r.scans[0] ?? null)), worst: max(ext.map((r) => r.scans[0] ?? null)) },
    scansPerLoad: median(ext.map((r) => r.scans.length)),
    addedScript: { median: median(paired), worst: max(paired) },
    addedTask: median(ext.map((r, i) => (ctrl[i] ? r.task - (ctrl[i] as ControlRun).task : null))),
    addedHeapKB: (() => {
      const a = median(ext.map((r) => r.heap));
      const b = median(ctrl.map((r) => r.heap));
      return a !== null && b !== null ? (a - b) / 1024 : null;
    })(),
    ourLongTasks: ext.flatMap((r) => r.ourLongTasks),
    pageLongTasks: Math.max(0, ...ext.map((r) => r.longTasks.length)),
    floor: { median: floor, walk: median(ctrl.map((r) => r.walk)), chars: median(ctrl.map((r) => r.floorChars)) },
    coldFloor: median(cold),
    peer: peer.length ? { median: peerMs, marks: median(peer.map((r) => r.marks)) } : null,
    ratioToFloor: ours !== null && floor ? ours / floor : null,
    peerRatio: ours && peerMs !== null ? peerMs / ours : null,
    hoverActive: median(ext.map((r) => r.hoverActive)),
    hoverCard: annotated ? (median(ext.map((r) => r.hoverCard)) ?? 'n/a') : null,
    mutation: median(ext.map((r) => r.mutation)),
    mutationScan: median(ext.map((r) => r.mutationScan)),
    hostOnNonStory: !annotated && ext.some((r) => r.host),
    extRequests: [...new Set(ext.flatMap((r) => r.extRequests))],
  };
}

// ---------- sizes ----------
function sizes(): { files: { file: string; raw: number; gzip: number }[]; raw: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(EXT, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
  const rows = files.map((file) => {
    const bytes = readFileSync(join(EXT, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files: rows, raw: rows.reduce((n, r) => n + r.raw, 0), gzip: rows.reduce((n, r) => n + r.gzip, 0) };
}

/** Whether text only the full dataset has (entity summaries) made it into what every page loads. */
function datasetInContentScript(): boolean | null {
  const datasetFile = join(ROOT, 'data/generated/dataset.json');
  if (!existsSync(datasetFile)) return null;
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as { entities?: { summary?: unknown }[] };
  const probes = (dataset.entities ?? [])
    .map((e) => (typeof e.summary === 'string' ? e.summary : JSON.stringify(e.summary ?? '')))
    .filter((s) => s.length > 40)
    .map((s) => s.slice(0, 40));
  const content = readFileSync(join(EXT, 'content-scripts/content.js'), 'utf8');
  return probes.some((s) => content.includes(s));
}

/** The card's default hover-intent delay: the settings default, or the card controller's constant. */
function hoverIntent(): number | null {
  for (const [file, pattern] of [
    ['core/settings.ts', /hoverDelayMs:\s*(\d+)/],
    ['page/card/controller.ts', /SHOW_DELAY_MS\s*=\s*(\d+)/],
  ] as const) {
    const path = join(ROOT, file);
    const m = existsSync(path) ? pattern.exec(readFileSync(path, 'utf8')) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

// ---------- main ----------
async function main(): Promise<void> {
  if (!existsSync(join(BUILT, 'manifest.json'))) throw new Error(`no build in ${BUILT}: run npm run build`);
  cpSync(BUILT, EXT, { recursive: true });
  let pages = [...fixturePages(), ...(FOLDER ? folderPages(resolve(FOLDER)) : [])];
  // --only a,b,c: pages whose name contains any of them.
  if (ONLY) pages = pages.filter((p) => ONLY.split(',').some((part) => p.name.includes(part)));

  const floorBuild = await build({
    entryPoints: [join(ROOT, 'scripts/bench/floor.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  const floorSrc = floorBuild.outputFiles[0]?.text ?? '';
  const markSrc = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const index = JSON.parse(readFileSync(join(ROOT, 'data/generated/match-index.json'), 'utf8')) as {
    patterns: { text: string; kind: number }[];
  };
  const aliases = [...new Set(index.patterns.filter((p) => p.kind === 0).map((p) => p.text))];

  const served = new Map<string, BenchPage>();
  for (const p of pages) {
    served.set(p.url, p);
    served.set(p.controlUrl, p);
  }
  const userDir = join(tmpdir(), `backstory-bench-${process.pid}`);
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...extensionArgs(EXT), ...CHROMIUM_ARGS],
  });
  const extRequests: string[] = [];
  context.on('request', (r) => {
    if (r.url().startsWith('chrome-extension://')) extRequests.push(r.url());
  });
  await context.addInitScript(INIT_SCRIPT);
  await context.route('**/*', (route) => {
    const url = route.request().url().split('#')[0] as string;
    const p = served.get(url);
    if (!p) return route.abort('blockedbyclient');
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (!p.scripts) headers['content-security-policy'] = "script-src 'none'";
    return route.fulfill({ status: 200, headers, body: p.html });
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const browserVersion =
    context.browser()?.version() ?? execFileSync('/usr/lib/chromium/chromium', ['--version']).toString();

  // Warm-up: one load of each kind so the first measured page does not pay the browser's start-up.
  if (pages[0]) {
    await extRun(context, sw, pages[0], floorSrc, extRequests);
    await controlRun(context, pages[0], floorSrc);
  }

  const results: PageResult[] = [];
  const raw: Record<string, { ext: ExtRun[]; control: ControlRun[]; peer: PeerRun[]; coldFloor: number[] }> = {};
  const started = Date.now();
  for (const p of pages) {
    const ext: ExtRun[] = [];
    const ctrl: ControlRun[] = [];
    const peer: PeerRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate which load goes first, so drift does not favour either.
      if (i % 2 === 0) {
        ext.push(await extRun(context, sw, p, floorSrc, extRequests));
        ctrl.push(await controlRun(context, p, floorSrc));
      } else {
        ctrl.push(await controlRun(context, p, floorSrc));
        ext.push(await extRun(context, sw, p, floorSrc, extRequests));
      }
    }
    const isStory = ext.some((r) => r.annotated > 0);
    if (isStory || PEER_ALL)
      for (let i = 0; i < PEER_RUNS; i++) peer.push(await peerRun(context, p, floorSrc, markSrc, aliases));
    const cold: number[] = [];
    if (isStory) for (let i = 0; i < RUNS; i++) cold.push(await coldFloorRun(context, p, floorSrc));
    raw[p.name] = { ext, control: ctrl, peer, coldFloor: cold };
    const r = summarise(p, ext, ctrl, peer, cold);
    results.push(r);
    process.stderr.write(
      `${p.name}: ours ${fmt(r.ours.median)} ms, +script ${fmt(r.addedScript.median)} ms, floor ${fmt(r.floor.median)} ms, mark.js ${fmt(r.peer?.median)} ms\n`,
    );
  }
  await context.close();
  rmSync(userDir, { recursive: true, force: true });

  const size = sizes();
  const report = buildReport(results, size, {
    date: new Date().toISOString(),
    extensionId: new URL(sw.url()).host,
    chromium: browserVersion,
    node: process.version,
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    runs: RUNS,
    peerRuns: PEER_RUNS,
    folder: FOLDER ?? null,
    folderPageScripts: PAGE_SCRIPTS,
    seconds: Math.round((Date.now() - started) / 1000),
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
    hoverIntentMs: hoverIntent(),
    aliases: aliases.length,
    datasetInContentScript: datasetInContentScript(),
  });
  rmSync(EXT, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'latest.json'), `${JSON.stringify({ ...report, raw }, null, 1)}\n`);
  console.log(report.text);
  console.log(`\nwrote ${join(OUT_DIR, 'latest.json')}`);
}

interface Machine {
  date: string;
  extensionId: string;
  chromium: string;
  node: string;
  nproc: number;
  cpu: string;
  runs: number;
  peerRuns: number;
  folder: string | null;
  folderPageScripts: boolean;
  seconds: number;
  loadAverage: number[];
  hoverIntentMs: number | null;
  aliases: number;
  datasetInContentScript: boolean | null;
}

function buildReport(results: PageResult[], size: ReturnType<typeof sizes>, machine: Machine) {
  const lines: string[] = [];
  lines.push(
    `Backstory bench — ${machine.date} — Chromium ${machine.chromium}, Node ${machine.node}, ${machine.nproc} cores (${machine.cpu})`,
  );
  lines.push(
    `${machine.runs} runs per page (median / worst), mark.js ${machine.peerRuns} runs, ${machine.aliases} aliases; folder page scripts ${machine.folderPageScripts ? 'on' : 'blocked (CSP)'}; load average at the end ${machine.loadAverage.join(' ')}`,
  );
  lines.push('');
  const header = [
    'page',
    'story',
    'mentions',
    'ours ms (med/worst)',
    '1st scan',
    'then UI',
    'background',
    '+script ms (med/worst)',
    '+task ms',
    '+heap kB',
    'floor ms',
    'ours/floor',
    'cold floor',
    'mark.js ms',
    'mark.js/ours',
    'hover→active',
    'hover→card',
    'DOM→marked',
  ];
  const rows = results.map((r) => [
    `${r.group === 'fixture' ? '' : '/'}${r.name}`,
    r.annotated ? 'yes' : 'no',
    String(r.mentions),
    `${fmt(r.ours.median, 2)} / ${fmt(r.ours.worst, 2)}`,
    fmt(r.firstScan.median, 2),
    r.annotated ? fmt(r.ui, 2) : '',
    r.background ? fmt(r.background, 2) : '',
    `${fmt(r.addedScript.median)} / ${fmt(r.addedScript.worst)}`,
    // Page loads differ by tens of ms of task time run to run: only story pages' cost stands above that.
    r.annotated ? fmt(r.addedTask) : '',
    fmt(r.addedHeapKB, 0),
    fmt(r.floor.median, 2),
    r.ratioToFloor === null ? 'n/a' : `${r.ratioToFloor.toFixed(1)}×`,
    r.coldFloor === null ? '' : fmt(r.coldFloor, 2),
    fmt(r.peer?.median ?? null, 0),
    r.peerRatio === null ? 'n/a' : `${r.peerRatio.toFixed(0)}×`,
    r.annotated ? fmt(r.hoverActive) : '',
    r.hoverCard === null ? '' : r.hoverCard === 'n/a' ? 'n/a' : fmt(r.hoverCard),
    r.annotated ? fmt(r.mutation) : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  lines.push(line(header));
  lines.push(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) lines.push(line(r));

  // Targets.
  const folder = results.filter((r) => r.group === 'folder');
  const nonStory = (folder.length ? folder : results).filter((r) => !r.annotated);
  const story = results.filter((r) => r.annotated);
  const longest = [...story].sort((a, b) => (b.floor.chars ?? 0) - (a.floor.chars ?? 0))[0];
  const nsOursMedian = median(nonStory.map((r) => r.ours.median));
  const nsOursWorst = max(nonStory.map((r) => r.ours.worst));
  const nsScriptMedian = median(nonStory.map((r) => r.addedScript.median));
  const nsScriptWorst = max(nonStory.map((r) => r.addedScript.worst));
  const ourLong = results.flatMap((r) => r.ourLongTasks.map((d) => `${r.name} ${d.toFixed(0)} ms`));
  const hoverCards = story.map((r) => r.hoverCard);
  const cardsBuilt = hoverCards.some((c) => typeof c === 'number');
  const hoverActive = median(story.map((r) => r.hoverActive));
  const cardTimes = hoverCards.map((c) => (typeof c === 'number' ? c : null));
  const cardMedian = median(cardTimes);
  const cardWorst = max(cardTimes);
  const mutationWorst = max(story.map((r) => r.mutation));
  const met = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'met' : 'NOT met');
  const targets = [
    {
      target: `pages not about the story${folder.length ? ' (folder)' : ''}: median added main-thread time ≤ 3 ms`,
      value: `start→done ${fmt(nsOursMedian, 2)} ms; ScriptDuration delta ${fmt(nsScriptMedian, 2)} ms (${nonStory.length} pages)`,
      status: met(nsOursMedian !== null && nsScriptMedian !== null && Math.max(nsOursMedian, nsScriptMedian) <= 3),
    },
    {
      target: 'pages not about the story: worst ≤ 10 ms',
      value: `start→done ${fmt(nsOursWorst, 2)} ms; ScriptDuration delta ${fmt(nsScriptWorst, 2)} ms`,
      status: met(nsOursWorst !== null && nsScriptWorst !== null && Math.max(nsOursWorst, nsScriptWorst) <= 10),
    },
    {
      target: 'no UI code or full dataset loaded on pages not about the story',
      value: `host element on a non-story page: ${nonStory.some((r) => r.hostOnNonStory) ? 'yes' : 'no'}; extension requests: ${
        [...new Set(nonStory.flatMap((r) => r.extRequests))].join(', ') || 'none'
      }; dataset text in content.js: ${machine.datasetInContentScript ?? 'n/a'}`,
      status: met(
        !nonStory.some((r) => r.hostOnNonStory) &&
          !nonStory.some((r) => r.extRequests.some((u) => !/content-scripts\/content\.(js|css)$/.test(u))) &&
          machine.datasetInContentScript !== true,
      ),
    },
    {
      target: 'story page, long article: detection + annotation ≤ 20 ms',
      value: longest
        ? `${longest.name} (${longest.floor.chars} chars): ${fmt(longest.ours.median, 2)} ms median, ${fmt(longest.ours.worst, 2)} ms worst`
        : 'n/a',
      status: met(longest ? (longest.ours.median ?? 1e9) <= 20 : null),
    },
    {
      target: 'story page, long article: ≤ 3× the floor',
      value: longest
        ? `${fmt(longest.ratioToFloor, 1)}× (floor ${fmt(longest.floor.median, 2)} ms; walk alone ${fmt(longest.floor.walk, 2)} ms; ` +
          `for comparison, the floor in a fresh isolated world, as a content script pays it: ${fmt(longest.coldFloor, 2)} ms, ours ${
            longest.ours.median !== null && longest.coldFloor
              ? (longest.ours.median / longest.coldFloor).toFixed(1)
              : 'n/a'
          }× it)`
        : 'n/a',
      status: met(longest ? (longest.ratioToFloor ?? 1e9) <= 3 : null),
    },
    {
      target: 'story pages: ≥ 100× faster than mark.js',
      value: story.map((r) => `${r.name} ${fmt(r.peerRatio, 0)}×`).join(', ') || 'n/a',
      status: met(story.length ? story.every((r) => (r.peerRatio ?? 0) >= 100) : null),
    },
    {
      target: 'no long task (> 50 ms) of ours',
      value: ourLong.length ? ourLong.join(', ') : 'none',
      status: met(ourLong.length === 0),
    },
    {
      target: `hover → card within the hover-intent delay (${machine.hoverIntentMs ?? '?'} ms) plus one frame`,
      value: cardsBuilt
        ? `median ${fmt(cardMedian)} ms, worst of medians ${fmt(cardWorst)} ms (hover → active highlight ${fmt(hoverActive)} ms)`
        : `n/a (cards not built); hover → active highlight ${fmt(hoverActive)} ms median`,
      status:
        cardsBuilt && machine.hoverIntentMs !== null
          ? met((cardWorst ?? 1e9) <= machine.hoverIntentMs + 1000 / 60)
          : 'n/a',
    },
    {
      target: 'new content annotated within 100 ms of insertion',
      value: `worst of medians ${fmt(mutationWorst)} ms (${story.map((r) => `${r.name} ${fmt(r.mutation)}`).join(', ')})`,
      status: met(mutationWorst !== null ? mutationWorst <= 100 : null),
    },
    {
      target: 'content script ≤ 30 kB gzip',
      value: `${size.files.map((f) => `${f.file} ${(f.raw / 1024).toFixed(1)} kB raw / ${(f.gzip / 1024).toFixed(1)} kB gzip`).join('; ')}; total ${(size.gzip / 1024).toFixed(1)} kB gzip`,
      status: met(size.gzip <= 30 * 1024),
    },
  ];
  lines.push('');
  lines.push('Targets:');
  for (const t of targets) lines.push(`- [${t.status}] ${t.target}: ${t.value}`);
  return { machine, size, targets, results, text: lines.join('\n') };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
