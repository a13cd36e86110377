/**
 * Strict-CSP pages (`Content-Security-Policy: default-src 'none'`): highlights still paint and hovering
 * still works, and the extension causes no CSP violation. Violations are collected from
 * `securitypolicyviolation` events (an init script, which CDP runs regardless of the page's CSP) and
 * from console CSP errors; the page's own violations (its inline styles under this policy) are those of
 * the same page loaded without the extension, and are subtracted.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ChromiumSession, getHighlightTexts, getPageState, launchChromium } from './support/chromium';
import { multisetMinus } from './support/fixtures';
import { hoverFirstMention } from './support/hover-mention';

let ext: ChromiumSession;
let plain: ChromiumSession;

const INIT = () => {
  const list: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = list;
  document.addEventListener(
    'securitypolicyviolation',
    (e) => list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    true,
  );
};

beforeAll(async () => {
  ext = await launchChromium({ extension: true });
  plain = await launchChromium({ extension: false });
  await ext.context.addInitScript(INIT);
  await plain.context.addInitScript(INIT);
}, 90_000);

afterAll(async () => {
  await ext?.close();
  await plain?.close();
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
const cspConsole = (lines: string[]) => lines.filter((l) => /Content Security Policy|Refused to/i.test(l));

for (const name of ['story-en-ap', 'story-uk']) {
  it(`${name}: highlights and hover under default-src 'none', no violations caused by us`, async () => {
    const opened = await ext.openFixture(name, { csp: true });
    const state = await getPageState(opened.page, { until: (s) => s.mentions.length > 0 });
    expect(state.story).not.toBeNull();
    expect((await getHighlightTexts(opened.page)).length).toBe(state.mentions.length);
    expect(await hoverFirstMention(opened.page)).toBe(true);

    const base = await plain.openFixture(name, { csp: true });
    await base.page.waitForTimeout(1500);
    expect(multisetMinus(await violations(opened.page), await violations(base.page))).toEqual([]);
    expect(multisetMinus(cspConsole(opened.console), cspConsole(base.console))).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
}
