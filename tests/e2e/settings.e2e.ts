/**
 * The reader in control, end to end in Chromium with the built extension: the popup (opened as
 * popup.html?tab=ID, the same code the toolbar popup runs), the options page, settings reaching open
 * tabs without a reload, the v1 → v2 storage migration, a corrupted stored value, axe-core on both
 * pages, and the Ukrainian interface.
 *
 * Not testable here: the activeTab grant (only a real click on the toolbar button, a context-menu click
 * or a keyboard command gives it) and the optional-permission prompt (no UI in headless Chromium).
 * The popup's "Annotate this page" path is run against a non-listed site and shows Chrome's refusal
 * without the grant; the registration logic behind "Always run on this site" is unit-tested with the
 * permission stubbed (background/sites.test.ts).
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { evidenceText } from '../../core/detect/evidence';
import type { PageState } from '../../core/messages/page-state';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '../../core/settings';
import { axeViolations } from './support/axe';
import {
  type ChromiumSession,
  getHighlightNames,
  getPageState,
  hasHostElement,
  saveDocsScreenshot,
  storageClear,
  storageGet,
  storageSet,
  tabIdOf,
} from './support/chromium';
import { fixture, fixtureHtml, IMPORTED_NOTE, pollUntil } from './support/fixtures';
import { isolatedWorld } from './support/isolated-world';
import { chromiumForSuite } from './support/suite';

let ext: ChromiumSession;

chromiumForSuite((session) => {
  ext = session;
});

/** The extension APIs used inside `sw.evaluate` (run in the service worker, typed here for tsc). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
};

async function openPopup(target: Page): Promise<Page> {
  const tabId = await tabIdOf(target);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 360, height: 480 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="status"]');
  return popup;
}

async function openOptions(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.waitForSelector('h1');
  return page;
}

const annotated = (s: PageState) => s.story !== null && s.mentions.length > 0 && !s.off;

async function closeAll(pages: Page[]): Promise<void> {
  for (const p of pages) await p.close().catch(() => {});
}

beforeEach(async () => {
  await storageClear(ext);
});

describe('popup on a story page', () => {
  it('shows detection, the reason and the count; turns the site off and on without a reload', async () => {
    const { page } = await ext.openFixture('story-en-ap');
    const state = await getPageState(page, { until: annotated });
    const popup = await openPopup(page);
    await popup.waitForSelector('[data-testid="mentions"]');
    expect(await popup.textContent('[data-testid="status"]')).toBe('This page covers the minerals deal story.');
    expect(await popup.textContent('[data-testid="reason"]')).toContain(evidenceText(state.story!.evidence[0]!));
    expect(await popup.textContent('[data-testid="mentions"]')).toBe(`${state.mentions.length} mentions marked`);
    expect(await popup.getByRole('button', { name: 'Open the sidebar' }).count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Turn off on apnews.com' }).click();
    const off = await getPageState(page, { until: (s) => s.off === 'site' });
    expect(off.mentions).toEqual([]);
    expect((await getHighlightNames(page)).filter((n) => n.startsWith('backstory'))).toEqual([]);
    expect((await storageGet(ext)).settings).toMatchObject({ sites: { disabled: ['apnews.com'] } });
    await popup.getByText('Backstory is off on this site.').waitFor();

    await popup.getByRole('button', { name: 'Turn on again on apnews.com' }).click();
    const on = await getPageState(page, { until: annotated });
    expect(on.mentions.length).toBe(state.mentions.length);
    expect(await getHighlightNames(page)).toContain('backstory-person');
    await closeAll([page, popup]);
  });

  it('pauses everywhere and resumes, across tabs', async () => {
    const { page: a } = await ext.openFixture('story-en-ap');
    const { page: b } = await ext.openFixture('story-en-signing');
    await getPageState(a, { until: annotated });
    await getPageState(b, { until: annotated });
    const popup = await openPopup(a);
    await popup.getByRole('button', { name: 'Pause everywhere' }).click();
    await getPageState(a, { until: (s) => s.off === 'paused' && s.mentions.length === 0 });
    await getPageState(b, { until: (s) => s.off === 'paused' && s.mentions.length === 0 });
    await popup.getByRole('button', { name: 'Resume everywhere' }).click();
    await getPageState(a, { until: annotated });
    await getPageState(b, { until: annotated });
    await closeAll([a, b, popup]);
  });

  it('a page opened while paused stays untouched (no engine, no host) and is annotated on resume', async () => {
    const version = { [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION } };
    await storageSet(ext, { [SETTINGS_KEY]: { ...structuredClone(DEFAULT_SETTINGS), paused: true }, ...version });
    const { page } = await ext.openFixture('story-en-ap');
    const off = await getPageState(page, { until: (s) => s.off === 'paused' });
    expect(off.mentions).toEqual([]);
    expect(await getHighlightNames(page)).toEqual([]);
    expect(await hasHostElement(page)).toBe(false);
    await storageSet(ext, { [SETTINGS_KEY]: { ...structuredClone(DEFAULT_SETTINGS), paused: false }, ...version });
    const on = await getPageState(page, { until: annotated });
    expect(on.story?.id).toBe('us-ukraine-minerals-deal');
    await closeAll([page]);
  });

  it('honours the hover card’s v1 "disabledSites" key and folds it into settings', async () => {
    const { page } = await ext.openFixture('story-en-ap');
    await getPageState(page, { until: annotated });
    await storageSet(ext, { disabledSites: ['apnews.com'] });
    await getPageState(page, { until: (s) => s.off === 'site' });
    const stored = await pollUntil(
      () => storageGet(ext),
      (v) => v.disabledSites === undefined,
      { what: 'legacy key folded' },
    );
    expect(stored.settings).toMatchObject({ sites: { disabled: ['apnews.com'] } });
    // Still off after the fold (now from settings.sites.disabled).
    expect((await getPageState(page)).off).toBe('site');
    await closeAll([page]);
  });
});

describe('popup on a site outside the list', () => {
  it('offers "Annotate this page"; without the activeTab grant Chrome refuses, and the popup says so', async () => {
    const url = 'https://news.example.org/2025/02/28/oval-office-minerals.html';
    ext.serve(url, { body: fixtureHtml(fixture('story-en-ap')) });
    const { page } = await ext.open(url);
    // Without host access the tab's URL is hidden from the extension: find it as the active tab.
    await page.bringToFront();
    const sw = await ext.serviceWorker();
    const tabId = await sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('Backstory does not run on this site.').waitFor();
    // The tab's URL is unknown without host access or activeTab, so there is no per-site button.
    expect(await popup.getByRole('button', { name: /Always run on/ }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Annotate this page' }).click();
    await popup.getByText(/Backstory could not read this page: .*(Cannot access|permission)/i).waitFor();
    expect(await getHighlightNames(page)).toEqual([]);
    await closeAll([page, popup]);
  });
});

describe('options page', () => {
  it('changes reach an open tab: kinds, first only, underline style', async () => {
    const { page } = await ext.openFixture('story-en-ap');
    const full = await getPageState(page, { until: annotated });
    const options = await openOptions();
    expect(await axeViolations(options)).toEqual([]);

    await options.getByLabel('People', { exact: true }).uncheck();
    await pollUntil(
      () => getHighlightNames(page),
      (names) => !names.includes('backstory-person') && names.includes('backstory-organisation'),
      { what: 'people unmarked' },
    );
    const noPeople = await getPageState(page);
    expect(noPeople.mentions.length).toBeLessThan(full.mentions.length);
    expect(noPeople.mentions.map((m) => m.entityId)).not.toContain('donald-trump');

    await options.getByLabel('Only the first of each').check();
    const first = await getPageState(page, {
      until: (s) => new Set(s.mentions.map((m) => m.entityId)).size === s.mentions.length,
    });
    expect(first.mentions.length).toBeGreaterThan(0);

    await options.getByLabel('Solid').check();
    await pollUntil(
      () => getHighlightNames(page),
      (names) => names.includes('backstory-solid-organisation') && !names.includes('backstory-organisation'),
      { what: 'solid highlight names' },
    );
    await options.getByLabel('Background tint').check();
    await pollUntil(
      () => getHighlightNames(page),
      (n) => n.includes('backstory-tint-organisation'),
      { what: 'tint' },
    );

    await options.locator('input[name="site:apnews.com"]').uncheck();
    await getPageState(page, { until: (s) => s.off === 'site' });
    await closeAll([page, options]);
  });

  it('migrates v1 data: separate disabledSites key and old fields fold into settings v2', async () => {
    await storageSet(ext, {
      settings: { enabled: true, underline: 'solid', firstOnly: true, hoverDelay: 450 },
      disabledSites: ['www.reuters.com'],
    });
    const options = await openOptions();
    const stored = await pollUntil(
      () => storageGet(ext),
      (v) => (v.settings$ as { v?: number } | undefined)?.v === 2,
      {
        what: 'migration to v2',
      },
    );
    expect(stored.settings).toEqual({
      paused: false,
      sites: { disabled: ['www.reuters.com'], added: [] },
      marks: { people: true, organisations: true, figures: true, background: true },
      frequency: 'first',
      underline: 'solid',
      hoverDelayMs: 450,
      cardLanguage: 'auto',
      uiLanguage: 'auto',
    });
    expect(stored.disabledSites).toBeUndefined();
    expect(await options.locator('[data-testid="settings-notice"]').count()).toBe(0);
    const { page } = await ext.openFixture('story-en-signing');
    expect((await getPageState(page, { until: (s) => s.off !== undefined })).off).toBe('site');
    await closeAll([page, options]);
  });

  it('falls back to defaults with a notice on a corrupted value, and never loses notes', async () => {
    const notes = {
      'https://apnews.com/a': [
        {
          id: 'n1',
          url: 'https://apnews.com/a',
          exact: 'Zelenskyy',
          prefix: '',
          suffix: '',
          text: 'mine',
          createdAt: '2025-03-01T10:00:00Z',
        },
      ],
    };
    await storageSet(ext, { settings: '{"paused":tru', settings$: { v: 2 }, notes });
    const { page } = await ext.openFixture('story-en-ap');
    await getPageState(page, { until: annotated });
    const popup = await openPopup(page);
    await popup.locator('[data-testid="settings-notice"]').waitFor();
    const options = await openOptions();
    await options.locator('[data-testid="settings-notice"]').waitFor();
    expect(await options.textContent('[data-testid="notes-count"]')).toBe('1 note stored');
    // A change saves a fresh, valid copy; the notice goes; notes are untouched.
    await options.getByLabel('Solid').check();
    await pollUntil(
      () => options.locator('[data-testid="settings-notice"]').count(),
      (n) => n === 0,
      {
        what: 'notice gone',
      },
    );
    const stored = await storageGet(ext);
    expect(stored.notes).toEqual(notes);
    expect(stored.settings).toMatchObject({ underline: 'solid', paused: false });
    await closeAll([page, popup, options]);
  });

  it('imports notes, reporting rejected entries, and never drops stored ones on a bad file', async () => {
    const options = await openOptions();
    const file = (body: unknown) => ({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(body)),
    });
    const input = options.getByLabel('Import notes from a file', { exact: true });
    await input.setInputFiles(file({ version: 1, notes: [IMPORTED_NOTE, { id: 'b' }] }));
    await options.getByText('Imported 1; already stored 0; rejected 1.').waitFor();
    await input.setInputFiles(file({ hello: 'world' }));
    await options.getByText('That file is not a Backstory notes export. Nothing was imported.').waitFor();
    expect((await storageGet(ext)).notes).toEqual({ 'https://apnews.com/x': [IMPORTED_NOTE] });
    await options.getByRole('button', { name: 'Delete all notes' }).click();
    await options.getByRole('button', { name: 'Yes, delete all' }).click();
    await options.getByText('All notes deleted.').waitFor();
    expect((await storageGet(ext)).notes).toEqual({});
    await closeAll([options]);
  });

  it('imports only http(s) note URLs (constructor, __proto__, javascript: each reported) and links only those', async () => {
    const options = await openOptions();
    const note = (id: string, url: string) => ({
      id,
      url,
      exact: 'Vance',
      prefix: '',
      suffix: '',
      text: `note ${id}`,
      createdAt: '2025-03-01T10:00:00Z',
    });
    const notes = [
      note('c', 'constructor'),
      note('p', '__proto__'),
      note('j', 'javascript:document.title="pwned"'),
      note('ok', 'https://apnews.com/y'),
    ];
    const input = options.getByLabel('Import notes from a file', { exact: true });
    await input.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, notes })),
    });
    await options.getByText('Imported 1; already stored 0; rejected 3.').waitFor();
    for (const index of [1, 2, 3]) await options.getByText(`Entry ${index}: url: not an http(s) address`).waitFor();
    expect((await storageGet(ext)).notes).toEqual({ 'https://apnews.com/y': [note('ok', 'https://apnews.com/y')] });
    const hrefs = await options.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => !/^https?:|^#/.test(h ?? ''))).toEqual([]);
    await closeAll([options]);
  });

  it('a full storage area: the import says nothing was saved, and the stored notes are unchanged', async () => {
    const mine = {
      id: 'mine',
      url: 'https://apnews.com/a',
      exact: 'Zelenskyy',
      prefix: '',
      suffix: '',
      text: 'mine',
      createdAt: '2025-03-01T10:00:00Z',
    };
    // chrome.storage.local holds 10 MiB without unlimitedStorage (not requested): fill it nearly up.
    await storageSet(ext, { notes: { [mine.url]: [mine] }, filler: 'x'.repeat(10_300_000) });
    const options = await openOptions();
    const big = Array.from({ length: 30 }, (_, i) => ({ ...mine, id: `big${i}`, text: 'y'.repeat(20_000) }));
    await options.getByLabel('Import notes from a file', { exact: true }).setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, notes: big })),
    });
    await options.getByText(/Your notes could not be saved \(.*\)\. Nothing was imported/).waitFor();
    expect((await storageGet(ext, 'notes')).notes).toEqual({ [mine.url]: [mine] });
    expect(await options.textContent('[data-testid="notes-count"]')).toBe('1 note stored');
    await closeAll([options]);
  });
});

/**
 * What a content script may ask the background (background/messages.ts), asked from the content
 * script's own isolated world on a story page: the world a page that took over our UI would be in.
 */
describe('the background trusts no one', () => {
  it("a content script reads and changes its own tab's article only, and malformed messages are refused", async () => {
    const other = 'https://other.example/teacher-notes';
    const privateNote = {
      id: 'b1',
      url: other,
      exact: 'the class',
      prefix: '',
      suffix: '',
      text: 'PRIVATE: about a student',
      createdAt: '2025-03-01T10:00:00Z',
    };
    await storageSet(ext, { notes: { [other]: [privateNote] } });
    const { page } = await ext.openFixture('story-en-ap');
    await getPageState(page, { until: annotated });
    const world = await isolatedWorld(page, ext.extensionId as string);
    try {
      const answers = await world.evaluate(async (url: string) => {
        const send = (m: unknown) =>
          chrome.runtime.sendMessage(m).then(
            (v: unknown) => ({ value: v }),
            (e: Error) => ({ error: String(e.message) }),
          );
        return {
          read: await send({ type: 'backstory:notes-for-url', url }),
          edit: await send({ type: 'backstory:notes-edit', url, id: 'b1', text: 'REWRITTEN BY THE NEWS PAGE' }),
          remove: await send({ type: 'backstory:notes-delete', url, id: 'b1' }),
          huge: await send({
            type: 'backstory:analyze',
            article: { text: 'x'.repeat(1_000_001), breaks: [], headline: '', articleDate: null },
          }),
          register: await send({ type: 'backstory:register-site', host: 'evil.example' }),
          unknown: await send({ type: 'backstory:dump-storage' }),
        };
      }, other);
      expect(answers.read).toEqual({ value: [] });
      expect(answers.edit).toEqual({ value: { ok: false } });
      expect(answers.remove).toEqual({ value: { ok: false } });
      expect(answers.huge).toEqual({
        error: expect.stringMatching(/Backstory refused "backstory:analyze": malformed/),
      });
      expect(answers.register).toEqual({ error: expect.stringContaining('not accepted from a content-script') });
      expect(answers.unknown).toEqual({ error: expect.stringContaining('unknown message type') });
      expect((await storageGet(ext, 'notes')).notes).toEqual({ [other]: [privateNote] });
    } finally {
      await world.detach();
      await closeAll([page]);
    }
  });
});

describe('storage.local is closed to content scripts (Chrome: setAccessLevel, background/settings.ts)', () => {
  it("a content script's isolated world can neither read nor write it, and gets its settings by message", async () => {
    const mine = { ...structuredClone(DEFAULT_SETTINGS), underline: 'solid' };
    const privateNote = { id: 'p1', url: 'https://other.example/x', exact: 'the class', prefix: '', suffix: '' };
    await storageSet(ext, {
      [SETTINGS_KEY]: mine,
      [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION },
      notes: { 'https://other.example/x': [privateNote] },
    });
    const { page } = await ext.openFixture('story-en-ap');
    await getPageState(page, { until: annotated });
    const world = await isolatedWorld(page, ext.extensionId as string);
    try {
      const attempt = await world.evaluate(async () => {
        type Area = { get(keys: null): Promise<unknown>; set(values: object): Promise<void> };
        const local = (globalThis as unknown as { chrome: { storage?: { local?: Area } } }).chrome.storage?.local;
        const tryIt = (f: (area: Area) => Promise<unknown>) =>
          local
            ? Promise.resolve(local)
                .then(f)
                .then(
                  (value) => ({ value }),
                  (e: unknown) => ({ error: String((e as Error)?.message ?? e) }),
                )
            : { error: 'no storage.local here' };
        return {
          read: await tryIt((area) => area.get(null)),
          write: await tryIt((area) => area.set({ probe: 'written by a content script' })),
          settings: await chrome.runtime.sendMessage({ type: 'backstory:settings' }),
        };
      }, null);
      expect(attempt.read).toEqual({ error: expect.any(String) });
      expect(attempt.write).toEqual({ error: expect.any(String) });
      expect(await storageGet(ext, 'probe')).toEqual({});
      // What it needs, it is given: the settings keys, and nothing else.
      expect(attempt.settings).toEqual({ [SETTINGS_KEY]: mine });
    } finally {
      await world.detach();
      await closeAll([page]);
    }
  });
});

describe('Ukrainian interface', () => {
  it('follows the override and passes axe in Ukrainian', async () => {
    const { page } = await ext.openFixture('story-en-ap');
    await getPageState(page, { until: annotated });
    const options = await openOptions();
    await options.locator('select[name="uiLanguage"]').selectOption('uk');
    await options.waitForLoadState('load');
    await options.getByRole('heading', { name: 'Налаштування Backstory' }).waitFor();
    expect(await options.getAttribute('html', 'lang')).toBe('uk');
    expect(await axeViolations(options)).toEqual([]);
    saveDocsScreenshot('options-uk.png', await options.screenshot({ fullPage: false }));

    const popup = await openPopup(page);
    await popup.getByText('Ця сторінка про угоду щодо корисних копалин.').waitFor();
    await popup.locator('[data-testid="mentions"]').waitFor();
    // The evidence in Ukrainian (message keys with parameters), not English marked "(англійською)".
    expect(await popup.textContent('[data-testid="reason"]')).toMatch(/^Чому: /);
    expect(await popup.textContent('[data-testid="reason"]')).not.toContain('(англійською)');
    expect(await popup.textContent('[data-testid="mentions"]')).toMatch(/^\d+ згад(ку|ки|ок) позначено$/);
    // The sharing tools, the emphasis picker among them, in Ukrainian too.
    await popup.getByText('Виділити в посиланні').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    saveDocsScreenshot('popup-uk.png', await popup.screenshot());
    await closeAll([page, options, popup]);
  });
});
