/**
 * `tsx scripts/bench/profile.ts PAGE.html [URL] [--runs N] [--page-scripts]`: loads one page (N times, 5 by default)
 * with the built extension in Chromium under the CDP sampling profiler and prints the content scripts'
 * hottest functions (self time, summed over the runs). Build with `BACKSTORY_PROFILE=1 npx wxt build`
 * and set BENCH_EXT=.output/profile/chrome-mv3 for readable names.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, extensionArgs } from '../../tests/e2e/support/chromium';
import { ROOT } from '../../tests/e2e/support/fixtures';

const EXT = process.env.BENCH_EXT ? resolve(process.env.BENCH_EXT) : join(ROOT, '.output/chrome-mv3');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
// Page scripts blocked by a CSP header, as the benchmark does for folder pages (--page-scripts: run them).
const pageScriptsAt = args.indexOf('--page-scripts');
const PAGE_SCRIPTS = pageScriptsAt >= 0 && args.splice(pageScriptsAt, 1).length > 0;
const [file, url = 'https://www.nytimes.com/bench/page.html'] = args;
if (!file) throw new Error('usage: profile.ts PAGE.html [URL]');
const html = readFileSync(file, 'utf8');

const context = await chromium.launchPersistentContext(join(tmpdir(), `backstory-profile-${process.pid}`), {
  executablePath: process.env.CHROMIUM ?? CHROMIUM_PATH,
  headless: true,
  args: [...extensionArgs(EXT), ...CHROMIUM_ARGS],
});
await context.route('**/*', (r) =>
  r.request().url() === url
    ? r.fulfill({
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          ...(PAGE_SCRIPTS ? {} : { 'content-security-policy': "script-src 'none'" }),
        },
        body: html,
      })
    : r.abort(),
);
if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
const dt = new Map<string, number>();
const entries: string[] = [];
let ours = 0;
for (let run = 0; run < RUNS; run++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const { profile } = await cdp.send('Profiler.stop');
  entries.push(
    (
      await page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((e) => e.name.startsWith('backstory:'))
          .map((e) => `${e.name} ${e.duration.toFixed(1)}`),
      )
    ).join(', '),
  );
  const byNode = new Map<number, number>();
  profile.samples?.forEach((id, i) => {
    byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  });
  for (const n of profile.nodes) {
    const t = byNode.get(n.id) ?? 0;
    if (!n.callFrame.url.startsWith('chrome-extension://')) continue;
    ours += t;
    const file = n.callFrame.url.split('/').pop();
    const key = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber}`;
    dt.set(key, (dt.get(key) ?? 0) + t);
  }
  await page.close();
}
await context.close();

console.log(entries.join('\n'));
console.log(`extension self time ${(ours / 1000 / RUNS).toFixed(1)} ms per run`);
for (const [k, v] of [...dt].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log((v / 1000 / RUNS).toFixed(2).padStart(8), k);
