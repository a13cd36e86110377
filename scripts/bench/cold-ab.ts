/**
 * `tsx scripts/bench/cold-ab.ts A.ts B.ts [FOLDER] [--rounds N] [--only NAME,NAME]`: compares two versions
 * of one step as a content script pays for it, cold. Each page of FOLDER (the shared corpus by default)
 * is loaded once without the extension, its scripts blocked; then each round runs A and B (in alternating
 * order) in a fresh isolated world of their own (`Page.createIsolatedWorld`), so every run pays the
 * first-call costs: new wrappers for every DOM object it touches, unoptimised code, uncompiled patterns.
 *
 * A.ts and B.ts each export `measure(doc: Document): number`, the milliseconds of the step (timed inside,
 * so set-up stays out of it). Prints the median per page, and the median and sum over pages.
 * The second slot has measured slower for identical code on this VM: run it again with A and B swapped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../../tests/e2e/support/chromium';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const ROUNDS = Number(option('--rounds') ?? 10);
const only = option('--only')?.split(',');
const [fileA, fileB, folder = resolve('../shared/corpus/pages')] = args;
if (!fileA || !fileB) throw new Error('usage: cold-ab.ts A.ts B.ts [FOLDER] [--rounds N] [--only NAME,NAME]');

async function bundle(file: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { measure } from ${JSON.stringify(resolve(file))}; globalThis.__cold = measure(document);`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  return `${result.outputFiles[0]?.text};globalThis.__cold`;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
const code = { a: await bundle(fileA), b: await bundle(fileB) };
const pages = readdirSync(folder).filter(
  (f) => f.endsWith('.html') && (!only || only.some((name) => f.startsWith(name))),
);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? CHROMIUM_PATH, headless: true });
const context = await browser.newContext();
let html = '';
await context.route('**/*', (route) =>
  route.request().url().startsWith('https://www.nytimes.com/bench/')
    ? route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
        body: html,
      })
    : route.abort(),
);
const perPage = { a: [] as number[], b: [] as number[] };
for (const file of pages) {
  html = readFileSync(`${folder}/${file}`, 'utf8');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`https://www.nytimes.com/bench/${file}`, { waitUntil: 'load' });
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const runs = { a: [] as number[], b: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
      const world = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: `cold-${side}-${round}`,
      });
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: code[side],
        contextId: world.executionContextId,
        returnByValue: true,
      });
      runs[side].push(Number(result.value));
    }
  }
  await page.close();
  perPage.a.push(median(runs.a));
  perPage.b.push(median(runs.b));
  console.log(`${file.padEnd(34)} A ${median(runs.a).toFixed(2)}  B ${median(runs.b).toFixed(2)}`);
}
const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0).toFixed(1);
console.log(
  `over ${pages.length} pages: median A ${median(perPage.a).toFixed(2)} B ${median(perPage.b).toFixed(2)} ms; ` +
    `sum A ${sum(perPage.a)} B ${sum(perPage.b)} ms`,
);
await browser.close();
