/**
 * `npm run bench [FOLDER] [--runs N] [--peer-runs N] [--page-scripts] [--only NAME[,NAME…]] [--baseline DIR]`
 *
 * Loads the benchmark build (.output/bench/chrome-mv3: BACKSTORY_BENCH=1, the only build whose content
 * scripts write user timing) into real Chromium and measures, for the fixture pages
 * (tests/fixtures/pages, served at their manifest URLs) and every *.html in FOLDER (served at
 * https://www.nytimes.com/bench/<name>.html), in the same run:
 * - ours: the content scripts' user-timing entries (`backstory:main` = the gate's set-up, `backstory:scan`
 *   per look or scan, `backstory:request` = the gate asking for the engine, `backstory:engine` = the
 *   engine bundle's set-up, `backstory:apply` = painting an analysis); and beside it the background's analysis time (`backstory:analyze`, off the page's thread);
 * - the extra main-thread script time and JS heap it costs the page (CDP Performance.getMetrics, the page
 *   loaded at a supported URL vs. the same bytes at an unsupported host, where no content script runs);
 * - THE SAME for A DO-NOTHING EXTENSION, generated here (the built manifest's content-script `matches`
 *   and `run_at`, a content script with no code): what being a content script at all costs the page;
 * - with `--baseline DIR` (another built chrome-mv3 folder, e.g. the commit before a change), the same
 *   as ours for that build: each extension runs in a browser of its own, and every run of a page goes
 *   through all of them in turn (a different one first each run), so machine noise hits all alike;
 * - long tasks (> 50 ms) that are ours;
 * - hover → card (and hover → active highlight) and DOM change → new mentions marked, on story pages;
 * - for comparison only: THE FLOOR (the extension's own region choice + one bare TreeWalker pass reading
 *   its text) and A PEER (mark.js marking every entity alias on the same region, in a separate page load).
 * Prints two tables (every page; story pages) and the targets, and writes bench-results/latest.json.
 * `npm run bench` builds it first (`BACKSTORY_BENCH=1 npx wxt build` writes it to .output/bench).
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
const BUILT = process.env.BENCH_EXT ? resolve(process.env.BENCH_EXT) : join(ROOT, '.output/bench/chrome-mv3');
const EXT = join(tmpdir(), `backstory-bench-ext-${process.pid}`);
/** The do-nothing extension, generated at start (see emptyExtension). */
const EMPTY_EXT = join(tmpdir(), `backstory-bench-empty-${process.pid}`);
/** The --baseline build, copied aside at start like ours. */
const BASELINE_EXT = join(tmpdir(), `backstory-bench-baseline-${process.pid}`);
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
/** mark.js is for comparison only (no longer a target): one run per story page unless asked. */
const PEER_RUNS = Number(option('--peer-runs') ?? 1);
const ONLY = option('--only');
const BASELINE = option('--baseline');
/** mark.js runs on story pages only unless asked. */
const PEER_ALL = flag('--peer-all');
const FOLDER = argv.find(
  (a, i) => !a.startsWith('--') && !['--runs', '--peer-runs', '--only', '--baseline'].includes(argv[i - 1] ?? ''),
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

// ---------- the extensions under test ----------
/** ours: the build under test; before: the --baseline build; empty: the do-nothing extension. */
type VariantKey = 'ours' | 'before' | 'empty';

/** One extension in a browser of its own: two extensions whose content scripts match the same pages cannot share one. */
interface Variant {
  key: VariantKey;
  context: BrowserContext;
  userDir: string;
  /** The extension's service worker; the empty extension has no background. */
  sw: Worker | null;
  /** chrome-extension:// URLs the browser requested since the last reset (one per load). */
  extRequests: string[];
}

/**
 * Writes into `dir` a minimal MV3 extension with the content-script `matches` and `run_at` of the built
 * manifest in `builtDir` and a content script that does nothing: what any content script costs a page
 * (an isolated world, loading, compiling and running a file), and nothing of ours.
 */
function emptyExtension(builtDir: string, dir: string): void {
  const built = JSON.parse(readFileSync(join(builtDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches: string[]; run_at?: string }[];
  };
  const manifest = {
    manifest_version: 3,
    name: 'Bench: empty content script',
    version: '1.0',
    content_scripts: (built.content_scripts ?? []).map((c) => ({
      matches: c.matches,
      run_at: c.run_at,
      js: ['empty.js'],
    })),
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  writeFileSync(join(dir, 'empty.js'), '// A content script that does nothing.\n');
}

/** A headless Chromium with the extension in `extDir` alone, serving `served` and blocking every other request. */
async function launch(key: VariantKey, extDir: string, served: Map<string, BenchPage>): Promise<Variant> {
  const userDir = join(tmpdir(), `backstory-bench-${key}-${process.pid}`);
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...extensionArgs(extDir), ...CHROMIUM_ARGS],
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
  const sw = key === 'empty' ? null : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  return { key, context, userDir, sw, extRequests };
}

/**
 * Whether `v`'s content script runs on `url`: an isolated world of a chrome-extension:// origin is created
 * in the page (seen through CDP, no code of ours in the page). The empty extension sets no marks, so this
 * is how the run knows its column measured a content script at all.
 */
async function injects(v: Variant, url: string): Promise<boolean> {
  const page = await v.context.newPage();
  const cdp = await v.context.newCDPSession(page);
  let seen = false;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) seen = true;
  });
  await cdp.send('Runtime.enable');
  await load(page, url);
  await page.close();
  return seen;
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
  /** The longest of our user-timing measures (each one synchronous stretch inside one task). */
  longestMeasure: number;
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
async function backgroundAnalyses(sw: Worker | null): Promise<number[]> {
  if (!sw) return [];
  return sw.evaluate(() => {
    const durations = performance.getEntriesByName('backstory:analyze').map((e) => e.duration);
    performance.clearMeasures('backstory:analyze');
    return durations;
  });
}

/**
 * One load of `p` at its supported URL with `v`'s extension. For the empty extension only the metrics
 * mean anything (it sets no user timings, paints nothing and has no background).
 */
async function extRun(v: Variant, p: BenchPage, floorSrc: string): Promise<ExtRun> {
  const { page, cdp } = await openPage(v.context);
  v.extRequests.length = 0;
  await backgroundAnalyses(v.sw);
  await load(page, p.url);
  // The content script runs at document_idle and looks once the page is idle; on a slow page give both
  // longer (a look not yet made would go uncounted).
  for (let i = 0; i < (v.key === 'empty' ? 0 : 50); i++) {
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
      own: [
        ...performance.getEntriesByName('backstory:main'),
        ...performance.getEntriesByName('backstory:scan'),
        ...performance.getEntriesByName('backstory:engine'),
        ...performance.getEntriesByName('backstory:apply'),
        ...performance.getEntriesByName('backstory:request'),
        ...performance.getEntriesByName('backstory:notify'),
      ].map((e) => e.duration),
      annotated: highlights.reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0),
      host: document.querySelector('backstory-ui') !== null,
      longTasks: perf?.longtasks ?? [],
    };
  });
  const run: ExtRun = {
    ...m,
    main: seen.main,
    ui: seen.ui,
    background: (await backgroundAnalyses(v.sw)).reduce((sum, d) => sum + d, 0),
    scans: seen.scans,
    annotated: seen.annotated,
    host: seen.host,
    extRequests: [...v.extRequests],
    longTasks: seen.longTasks,
    ourLongTasks: seen.own.filter((d) => d > 50),
    longestMeasure: Math.max(0, ...seen.own),
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
const diff = (a: number | null, b: number | null | undefined) => (a !== null && b != null ? a - b : null);
/** a / b, or null when either is missing or b is too close to 0 (≤ 0.1 ms) to divide by. */
const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0.1 ? a / b : null);

/** What one extension's runs on a page give (ours, the baseline's or the empty extension's). */
interface ExtSummary {
  annotated: boolean;
  mentions: number;
  /** Start → done of the extension's user timings (none for the empty extension). */
  startDone: { median: number | null; worst: number | null };
  ui: number | null;
  background: number | null;
  firstScan: { median: number | null; worst: number | null };
  scansPerLoad: number | null;
  /** ScriptDuration with − without the extension, paired per run. */
  addedScript: { median: number | null; worst: number | null };
  addedTask: number | null;
  addedHeapKB: number | null;
  /** This extension's own user-timing measures over 50 ms, and the longest of them all. */
  ownLongTasks: number[];
  longestMeasure: number | null;
  pageLongTasks: number;
  hoverActive: number | null;
  hoverCard: number | null | 'n/a';
  mutation: number | null;
  mutationScan: number | null;
  hostOnNonStory: boolean;
  extRequests: string[];
}

interface PageResult extends ExtSummary {
  name: string;
  group: BenchPage['group'];
  bytes: number;
  expectStory: boolean | null;
  /** The do-nothing extension's added script time. */
  empty: { median: number | null; worst: number | null };
  /** Ours' added script time over the empty extension's (page medians); null when the empty one's is ≤ 0.1 ms. */
  ratioToEmpty: number | null;
  /** The --baseline build on the same page, same run. */
  before: ExtSummary | null;
  floor: { median: number | null; walk: number | null; chars: number | null };
  peer: { median: number | null; marks: number | null } | null;
  ratioToFloor: number | null;
  peerRatio: number | null;
}

function summariseExt(ext: ExtRun[], ctrl: ControlRun[]): ExtSummary {
  const annotated = ext.some((r) => r.annotated > 0);
  const paired = ext.map((r, i) => (ctrl[i] ? r.script - (ctrl[i] as ControlRun).script : null));
  return {
    annotated,
    mentions: Math.max(...ext.map((r) => r.annotated)),
    startDone: { median: median(ext.map((r) => r.main)), worst: max(ext.map((r) => r.main)) },
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
    ownLongTasks: ext.flatMap((r) => r.ourLongTasks),
    longestMeasure: max(ext.map((r) => r.longestMeasure)),
    pageLongTasks: Math.max(0, ...ext.map((r) => r.longTasks.length)),
    hoverActive: median(ext.map((r) => r.hoverActive)),
    hoverCard: annotated ? (median(ext.map((r) => r.hoverCard)) ?? 'n/a') : null,
    mutation: median(ext.map((r) => r.mutation)),
    mutationScan: median(ext.map((r) => r.mutationScan)),
    hostOnNonStory: !annotated && ext.some((r) => r.host),
    extRequests: [...new Set(ext.flatMap((r) => r.extRequests))],
  };
}

/** One page's loads: per extension, its loads with the extension and the paired control loads. */
type PageRuns = Partial<Record<VariantKey, { ext: ExtRun[]; control: ControlRun[] }>>;

function summarise(p: BenchPage, runs: PageRuns, peer: PeerRun[]): PageResult {
  const ours = summariseExt(runs.ours?.ext ?? [], runs.ours?.control ?? []);
  const empty = summariseExt(runs.empty?.ext ?? [], runs.empty?.control ?? []).addedScript;
  const ctrl = runs.ours?.control ?? [];
  const floor = median(ctrl.map((r) => r.floor));
  const peerMs = median(peer.map((r) => r.ms));
  const main = ours.startDone.median;
  return {
    name: p.name,
    group: p.group,
    bytes: Buffer.byteLength(p.html),
    expectStory: p.expectStory,
    ...ours,
    empty,
    ratioToEmpty: ratio(ours.addedScript.median, empty.median),
    before: runs.before ? summariseExt(runs.before.ext, runs.before.control) : null,
    floor: { median: floor, walk: median(ctrl.map((r) => r.walk)), chars: median(ctrl.map((r) => r.floorChars)) },
    peer: peer.length ? { median: peerMs, marks: median(peer.map((r) => r.marks)) } : null,
    ratioToFloor: ratio(main, floor),
    peerRatio: ratio(peerMs, main),
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
    ['page/card-ui/card/controller.ts', /SHOW_DELAY_MS\s*=\s*(\d+)/],
  ] as const) {
    const path = join(ROOT, file);
    const m = existsSync(path) ? pattern.exec(readFileSync(path, 'utf8')) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

/** `git describe --always --dirty` of the work tree holding `dir` (a build inside it), or '?' outside git. */
function gitState(dir: string): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return '?';
  }
}

/**
 * A release build writes no user timing (page scripts could read it), so its figures would all be
 * missing: only a benchmark build will do (builds before that change always wrote it).
 */
function assertBenchBuild(dir: string): void {
  const gate = join(dir, 'content-scripts/content.js');
  if (!existsSync(gate) || !readFileSync(gate, 'utf8').includes('backstory:main'))
    throw new Error(`${dir} is not a benchmark build: build it with BACKSTORY_BENCH=1 npx wxt build (.output/bench)`);
}

// ---------- main ----------
async function main(): Promise<void> {
  if (!existsSync(join(BUILT, 'manifest.json'))) throw new Error(`no build in ${BUILT}: run npm run bench`);
  assertBenchBuild(BUILT);
  cpSync(BUILT, EXT, { recursive: true });
  // The commits the builds come from (their work trees' state now: `-dirty` if they have uncommitted changes).
  const trees = { ours: gitState(BUILT), before: BASELINE ? gitState(resolve(BASELINE)) : null };
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
  emptyExtension(EXT, EMPTY_EXT);
  if (BASELINE) {
    if (!existsSync(join(resolve(BASELINE), 'manifest.json'))) throw new Error(`no build in ${BASELINE}`);
    assertBenchBuild(resolve(BASELINE));
    cpSync(resolve(BASELINE), BASELINE_EXT, { recursive: true });
  }
  const variants: Variant[] = [
    await launch('ours', EXT, served),
    ...(BASELINE ? [await launch('before', BASELINE_EXT, served)] : []),
    await launch('empty', EMPTY_EXT, served),
  ];
  const ours = variants[0] as Variant;
  const browserVersion =
    ours.context.browser()?.version() ?? execFileSync('/usr/lib/chromium/chromium', ['--version']).toString();

  // Warm-up: one load of each kind in each browser so the first measured page does not pay its start-up;
  // and a check that each extension's content script does run on the pages.
  if (pages[0]) {
    for (const v of variants) {
      if (!(await injects(v, pages[0].url))) throw new Error(`the ${v.key} extension's content script did not run`);
      await extRun(v, pages[0], floorSrc);
      await controlRun(v.context, pages[0], floorSrc);
    }
  }

  const results: PageResult[] = [];
  const raw: Record<string, { runs: PageRuns; peer: PeerRun[] }> = {};
  const started = Date.now();
  for (const p of pages) {
    const runs: PageRuns = {};
    for (const v of variants) runs[v.key] = { ext: [], control: [] };
    for (let i = 0; i < RUNS; i++) {
      // Every extension in turn, a different one first each run; within each, alternate which load goes
      // first. Drift then favours none of them.
      for (let k = 0; k < variants.length; k++) {
        const v = variants[(i + k) % variants.length] as Variant;
        const into = runs[v.key] as { ext: ExtRun[]; control: ControlRun[] };
        if (i % 2 === 0) {
          into.ext.push(await extRun(v, p, floorSrc));
          into.control.push(await controlRun(v.context, p, floorSrc));
        } else {
          into.control.push(await controlRun(v.context, p, floorSrc));
          into.ext.push(await extRun(v, p, floorSrc));
        }
      }
    }
    const peer: PeerRun[] = [];
    const isStory = runs.ours?.ext.some((r) => r.annotated > 0);
    if (isStory || PEER_ALL)
      for (let i = 0; i < PEER_RUNS; i++) peer.push(await peerRun(ours.context, p, floorSrc, markSrc, aliases));
    raw[p.name] = { runs, peer };
    const r = summarise(p, runs, peer);
    results.push(r);
    process.stderr.write(
      `${p.name}: ours ${fmt(r.startDone.median)} ms${r.before ? ` (before ${fmt(r.before.startDone.median)})` : ''}, ` +
        `+script ${fmt(r.addedScript.median)} ms${r.before ? ` (before ${fmt(r.before.addedScript.median)})` : ''}, ` +
        `empty extension +script ${fmt(r.empty.median)} ms\n`,
    );
  }
  const extensionId = ours.sw ? new URL(ours.sw.url()).host : '?';
  for (const v of variants) {
    await v.context.close();
    rmSync(v.userDir, { recursive: true, force: true });
  }

  const size = sizes();
  const report = buildReport(results, size, {
    date: new Date().toISOString(),
    extensionId,
    build: `${BUILT} (${trees.ours})`,
    baseline: BASELINE ? `${resolve(BASELINE)} (${trees.before})` : null,
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
  for (const dir of [EXT, EMPTY_EXT, BASELINE_EXT]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'latest.json'), `${JSON.stringify({ ...report, raw }, null, 1)}\n`);
  console.log(report.text);
  console.log(`\nwrote ${join(OUT_DIR, 'latest.json')}`);
}

interface Machine {
  date: string;
  extensionId: string;
  /** The build under test and the --baseline build, each with the commit of the work tree holding it. */
  build: string;
  baseline: string | null;
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

/** A column of a printed table: its header and its cell for a page. */
type Column = [header: string, cell: (r: PageResult) => string];

function table(rows: PageResult[], columns: Column[]): string[] {
  const header = columns.map(([h]) => h);
  const cells = rows.map((r) => columns.map(([, cell]) => cell(r)));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)];
}

const medWorst = (x: { median: number | null; worst: number | null } | undefined, digits = 1) =>
  x ? `${fmt(x.median, digits)} / ${fmt(x.worst, digits)}` : '';
const times = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)}×`);

function buildReport(results: PageResult[], size: ReturnType<typeof sizes>, machine: Machine) {
  const lines: string[] = [];
  const withBefore = machine.baseline !== null;
  lines.push(
    `Backstory bench — ${machine.date} — Chromium ${machine.chromium}, Node ${machine.node}, ${machine.nproc} cores (${machine.cpu})`,
  );
  lines.push(
    `${machine.runs} runs per page (median / worst), mark.js ${machine.peerRuns} runs, ${machine.aliases} aliases; folder page scripts ${machine.folderPageScripts ? 'on' : 'blocked (CSP)'}; load average at the end ${machine.loadAverage.join(' ')}`,
  );
  lines.push(
    `ours: ${machine.build}; before: ${machine.baseline ?? '(no --baseline)'}; empty: a do-nothing content script with our matches and run_at`,
  );
  lines.push('');
  lines.push(
    'Every page. +script = main-thread script time the extension adds to the load (CDP ScriptDuration, with − without, paired per run), ms, median / worst; start→done = our user timings, ms.',
  );
  const only = (ok: boolean, columns: Column[]) => (ok ? columns : []);
  lines.push(
    ...table(results, [
      ['page', (r) => `${r.group === 'fixture' ? '' : '/'}${r.name}`],
      ['story', (r) => (r.annotated ? 'yes' : 'no')],
      ['mentions', (r) => String(r.mentions)],
      ['empty +script', (r) => medWorst(r.empty)],
      ['ours +script', (r) => medWorst(r.addedScript)],
      ['ours/empty', (r) => times(r.ratioToEmpty)],
      ...only(withBefore, [['before +script', (r) => medWorst(r.before?.addedScript)]]),
      ['ours start→done', (r) => medWorst(r.startDone, 2)],
      ...only(withBefore, [['before start→done', (r) => medWorst(r.before?.startDone, 2)]]),
      ['1st scan', (r) => fmt(r.firstScan.median, 2)],
      ['+heap kB', (r) => fmt(r.addedHeapKB, 0)],
      ['floor ms', (r) => fmt(r.floor.median, 2)],
    ]),
  );

  const story = results.filter((r) => r.annotated);
  lines.push('');
  lines.push(
    'Story pages. +task = all main-thread task time the extension adds to the load (TaskDuration, paired, median); longest = our longest user-timing measure over the runs; hover and DOM→marked: ms, median.',
  );
  lines.push(
    ...table(story, [
      ['page', (r) => `${r.group === 'fixture' ? '' : '/'}${r.name}`],
      ['mentions', (r) => String(r.mentions)],
      ['ours start→done', (r) => medWorst(r.startDone, 2)],
      ...only(withBefore, [['before start→done', (r) => medWorst(r.before?.startDone, 2)]]),
      ['then UI', (r) => fmt(r.ui, 2)],
      ['background', (r) => fmt(r.background, 2)],
      ['+task ms', (r) => fmt(r.addedTask)],
      ...only(withBefore, [['before +task', (r) => fmt(r.before?.addedTask)]]),
      ['longest', (r) => fmt(r.longestMeasure)],
      ...only(withBefore, [['before longest', (r) => fmt(r.before?.longestMeasure)]]),
      ['floor ms', (r) => fmt(r.floor.median, 2)],
      ['mark.js ms', (r) => fmt(r.peer?.median ?? null, 0)],
      ['hover→active', (r) => fmt(r.hoverActive)],
      ['hover→card', (r) => (r.hoverCard === 'n/a' ? 'n/a' : fmt(r.hoverCard))],
      ['DOM→marked', (r) => fmt(r.mutation)],
    ]),
  );

  // Targets.
  const folder = results.filter((r) => r.group === 'folder');
  const nonStory = (folder.length ? folder : results).filter((r) => !r.annotated);
  const longest = [...story].sort((a, b) => (b.floor.chars ?? 0) - (a.floor.chars ?? 0))[0];
  /** Over the pages not about the story: the median and the worst of the per-page medians. */
  const across = (pick: (r: PageResult) => number | null) => ({
    median: median(nonStory.map(pick)),
    worst: max(nonStory.map(pick)),
  });
  const oursScript = across((r) => r.addedScript.median);
  const emptyScript = across((r) => r.empty.median);
  const beforeScript = across((r) => r.before?.addedScript.median ?? null);
  const oursMain = across((r) => r.startDone.median);
  const beforeMain = across((r) => r.before?.startDone.median ?? null);
  const emptyRatio = ratio(oursScript.median, emptyScript.median);
  const ourLong = results.flatMap((r) => r.ownLongTasks.map((d) => `${r.name} ${d.toFixed(0)} ms`));
  const hoverCards = story.map((r) => r.hoverCard);
  const cardsBuilt = hoverCards.some((c) => typeof c === 'number');
  const hoverActive = median(story.map((r) => r.hoverActive));
  const cardTimes = hoverCards.map((c) => (typeof c === 'number' ? c : null));
  const cardMedian = median(cardTimes);
  const cardWorst = max(cardTimes);
  const mutationWorst = max(story.map((r) => r.mutation));
  const met = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'met' : 'NOT met');
  const FRAME = 1000 / 60;
  const targets = [
    {
      target: `pages not about the story${folder.length ? ' (folder)' : ''}: script time added ≤ about 2× the empty extension's`,
      value:
        `median of page medians: ours ${fmt(oursScript.median, 2)} ms, empty extension ${fmt(emptyScript.median, 2)} ms: ${
          emptyRatio === null ? 'the empty one is within 0.1 ms of nothing' : times(emptyRatio)
        }; ` +
        `worst page median: ours ${fmt(oursScript.worst, 2)} ms, empty ${fmt(emptyScript.worst, 2)} ms; ` +
        `median of per-page ratios ${times(median(nonStory.map((r) => r.ratioToEmpty)))}; ` +
        `start→done ${fmt(oursMain.median, 2)} ms median, ${fmt(oursMain.worst, 2)} ms worst page median (${nonStory.length} pages)`,
      status: met(
        oursScript.median === null || emptyScript.median === null
          ? null
          : oursScript.median <= 2 * Math.max(emptyScript.median, 0),
      ),
    },
    ...(withBefore
      ? [
          {
            target:
              'no speed regression on the every-page path: ours within 10 % of the baseline (medians of page medians)',
            value:
              `script time added: ours ${fmt(oursScript.median, 2)} ms, before ${fmt(beforeScript.median, 2)} ms (worst page median ${fmt(oursScript.worst, 2)} vs ${fmt(beforeScript.worst, 2)}); ` +
              `start→done: ours ${fmt(oursMain.median, 2)} ms, before ${fmt(beforeMain.median, 2)} ms (worst page median ${fmt(oursMain.worst, 2)} vs ${fmt(beforeMain.worst, 2)}); ` +
              `per page, ours − before, median: ${fmt(median(nonStory.map((r) => diff(r.addedScript.median, r.before?.addedScript.median))), 2)} ms script, ` +
              `${fmt(median(nonStory.map((r) => diff(r.startDone.median, r.before?.startDone.median))), 2)} ms start→done`,
            status: met(
              oursScript.median !== null &&
                beforeScript.median !== null &&
                oursMain.median !== null &&
                beforeMain.median !== null
                ? oursScript.median <= beforeScript.median * 1.1 && oursMain.median <= beforeMain.median * 1.1
                : null,
            ),
          },
        ]
      : []),
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
      target: 'no long task (> 50 ms) of ours',
      value: `${ourLong.length ? ourLong.join(', ') : 'none'}; longest measure of ours on a story page ${fmt(max(story.map((r) => r.longestMeasure)))} ms${
        withBefore ? `; before: ${results.flatMap((r) => r.before?.ownLongTasks ?? []).length} long tasks` : ''
      }`,
      status: met(ourLong.length === 0),
    },
    {
      target: `story page, long article: start → done well under one frame (${FRAME.toFixed(1)} ms): every load under it`,
      value: longest
        ? `${longest.name} (${longest.floor.chars} chars): ${fmt(longest.startDone.median, 2)} ms median, ${fmt(longest.startDone.worst, 2)} ms worst` +
          (longest.before
            ? `; before: ${fmt(longest.before.startDone.median, 2)} ms median, ${fmt(longest.before.startDone.worst, 2)} ms worst`
            : '')
        : 'n/a',
      status: met(longest ? (longest.startDone.worst ?? 1e9) < FRAME : null),
    },
    {
      target: `hover → card within the hover-intent delay (${machine.hoverIntentMs ?? '?'} ms) plus one frame`,
      value: cardsBuilt
        ? `median ${fmt(cardMedian)} ms, worst of medians ${fmt(cardWorst)} ms (hover → active highlight ${fmt(hoverActive)} ms)`
        : `n/a (cards not built); hover → active highlight ${fmt(hoverActive)} ms median`,
      status:
        cardsBuilt && machine.hoverIntentMs !== null ? met((cardWorst ?? 1e9) <= machine.hoverIntentMs + FRAME) : 'n/a',
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
