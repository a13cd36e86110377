/**
 * `tsx scripts/bench/profile.ts PAGE.html [URL]`: loads one page with the built extension in Chromium
 * under the CDP sampling profiler and prints the content script's hottest functions (self time).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, extensionArgs } from '../../tests/e2e/support/chromium';
import { ROOT } from '../../tests/e2e/support/fixtures';

const EXT = process.env.BENCH_EXT ? resolve(process.env.BENCH_EXT) : join(ROOT, '.output/chrome-mv3');
const [file, url = 'https://www.nytimes.com/bench/page.html'] = process.argv.slice(2);
if (!file) throw new Error('usage: profile.ts PAGE.html [URL]');
const html = readFileSync(file, 'utf8');

const context = await chromium.launchPersistentContext(join(tmpdir(), `backstory-profile-${process.pid}`), {
  executablePath: process.env.CHROMIUM ?? CHROMIUM_PATH,
  headless: true,
  args: [...extensionArgs(EXT), ...CHROMIUM_ARGS],
});
await context.route('**/*', (r) =>
  r.request().url() === url
    ? r.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html })
    : r.abort(),
);
if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
const entries = await page.evaluate(() =>
  performance
    .getEntriesByType('measure')
    .filter((e) => e.name.startsWith('backstory:'))
    .map((e) => `${e.name} ${e.duration.toFixed(1)}`),
);
await context.close();

const dt = new Map<number, number>();
profile.samples?.forEach((id, i) => {
  dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
});
const self = new Map<string, number>();
let ours = 0;
for (const n of profile.nodes) {
  const t = dt.get(n.id) ?? 0;
  if (!n.callFrame.url.startsWith('chrome-extension://')) continue;
  ours += t;
  const key = `${n.callFrame.functionName || '(anonymous)'} :${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + t);
}
console.log(entries.join('\n'));
console.log(`extension self time ${(ours / 1000).toFixed(1)} ms`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log((v / 1000).toFixed(2).padStart(8), k);
