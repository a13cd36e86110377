/**
 * Real-corpus integrity check: loads every saved page of a folder (default ../shared/corpus/pages from the
 * repository root) in Chromium with and without the built extension, page JavaScript disabled and every
 * other request blocked, and reports per page: detected as the story?, mentions, DOM changed?, new errors?
 *
 *   npm run corpus:check            (builds first)
 *   npx tsx scripts/corpus-check.ts [folder]
 *
 * Exits non-zero if any page's DOM changed (apart from our host element) or got new errors.
 * The pages are robustness data only: none of them is about the story, so the goal is 0 detections.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type ChromiumSession,
  firstDifference,
  getPageState,
  launchChromium,
  snapshotDom,
} from '../tests/e2e/support/chromium';
import { multisetMinus, ROOT, sleep } from '../tests/e2e/support/fixtures';

const folder = path.resolve(process.argv[2] ?? path.join(ROOT, '../shared/corpus/pages'));
const BASE = 'https://www.nytimes.com/corpus/';
const RESOURCE_NOISE = /Failed to load resource|Not allowed to load local resource/;

interface Row {
  name: string;
  story: boolean | null;
  mentions: number | null;
  domChanged: boolean;
  newErrors: string[];
  ms: number;
}

const errorLines = (console: string[], pageErrors: string[]) => [
  ...pageErrors.map((e) => `pageerror: ${e}`),
  // Subresource failures are the harness's doing (every request but the page is aborted; saved pages point
  // at blob: URLs), and Chromium reports them at varying moments: they are not the extension's errors.
  ...console.filter((l) => l.startsWith('error:') && !RESOURCE_NOISE.test(l)),
];

async function checkPage(ext: ChromiumSession, plain: ChromiumSession, file: string): Promise<Row> {
  const started = Date.now();
  const name = path.basename(file, '.html');
  const url = `${BASE}${encodeURIComponent(name)}.html`;
  const body = readFileSync(file);
  ext.serve(url, { body });
  plain.serve(url, { body });

  const a = await ext.open(url);
  const b = await plain.open(url);
  const row: Row = { name, story: null, mentions: null, domChanged: false, newErrors: [], ms: 0 };
  try {
    try {
      const state = await getPageState(a.page, { timeoutMs: 20_000 });
      row.story = state.story !== null;
      row.mentions = state.mentions.length;
    } catch (error) {
      row.newErrors.push(`no page state: ${String(error).slice(0, 200)}`);
    }
    await sleep(1_000); // late work (idle callbacks, deferred UI) must not touch the page either
    const [domA, domB] = [await snapshotDom(a.page), await snapshotDom(b.page)];
    const diff = firstDifference(domA, domB, 80);
    if (diff) {
      row.domChanged = true;
      if (process.env.CORPUS_VERBOSE) console.error(`${name}: DOM differs ${diff}`);
    }
    row.newErrors.push(...multisetMinus(errorLines(a.console, a.pageErrors), errorLines(b.console, b.pageErrors)));
  } finally {
    await a.page.close();
    await b.page.close();
  }
  row.ms = Date.now() - started;
  return row;
}

async function main(): Promise<number> {
  if (!existsSync(folder)) {
    console.log(`corpus-check: no corpus folder at ${folder}; nothing to check.`);
    return 0;
  }
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => path.join(folder, f));
  if (files.length === 0) {
    console.log(`corpus-check: no .html files in ${folder}; nothing to check.`);
    return 0;
  }

  const ext = await launchChromium({ extension: true, javaScriptEnabled: false });
  const plain = await launchChromium({ extension: false, javaScriptEnabled: false });
  const rows: Row[] = [];
  try {
    for (const file of files) {
      let row: Row;
      try {
        row = await checkPage(ext, plain, file);
      } catch (error) {
        row = {
          name: path.basename(file, '.html'),
          story: null,
          mentions: null,
          domChanged: false,
          newErrors: [`harness: ${String(error).slice(0, 200)}`],
          ms: 0,
        };
      }
      rows.push(row);
    }
  } finally {
    await ext.close();
    await plain.close();
  }

  const width = Math.max(4, ...rows.map((r) => r.name.length));
  const line = (cells: string[]) =>
    `${cells[0]!.padEnd(width)}  ${cells[1]!.padEnd(6)}  ${cells[2]!.padStart(8)}  ${cells[3]!.padEnd(11)}  ${cells[4]!.padEnd(10)}  ${cells[5]!.padStart(6)}`;
  console.log(line(['page', 'story?', 'mentions', 'DOM changed', 'new errors', 'ms']));
  console.log('-'.repeat(width + 53));
  for (const r of rows) {
    console.log(
      line([
        r.name,
        r.story === null ? '?' : r.story ? 'YES' : 'no',
        r.mentions === null ? '?' : String(r.mentions),
        r.domChanged ? 'YES' : 'no',
        r.newErrors.length ? String(r.newErrors.length) : 'no',
        String(r.ms),
      ]),
    );
  }
  for (const r of rows.filter((x) => x.newErrors.length)) {
    for (const e of r.newErrors) console.log(`  ${r.name}: ${e}`);
  }

  const detected = rows.filter((r) => r.story).length;
  const changed = rows.filter((r) => r.domChanged).length;
  const errored = rows.filter((r) => r.newErrors.length).length;
  console.log(
    `${rows.length} pages, ${detected} detected as the story (goal: 0), ${changed} with DOM changes, ${errored} with new errors`,
  );
  return changed > 0 || errored > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
