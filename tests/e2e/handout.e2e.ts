/**
 * The handout, end to end in Chromium: by default only what the teacher emphasised (or, with nothing
 * emphasised, the people and figures the article names), marked at the first mention with superscript
 * numbers that match the numbered notes; the teacher's notes beside their passages; the sources once
 * each; the teacher changes what goes in; Ukrainian interface; and in print a typical article fits on two
 * or three A4 pages (counted in Chromium's own PDF).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { axeViolations } from './support/axe';
import { type ChromiumSession, getPageState, launchChromium, storageSet, tabIdOf } from './support/chromium';

let ext: ChromiumSession;

const AP_PASSAGE = 'Ukraine gave up the nuclear weapons';

beforeAll(async () => {
  ext = await launchChromium({ extension: true });
}, 90_000);

afterAll(async () => {
  await ext?.close();
});

/** Opens a fixture as a story page and its handout; returns both. */
async function openHandout(fixture: string): Promise<{ page: Page; handout: Page; url: string }> {
  const { page, entry } = await ext.openFixture(fixture);
  await getPageState(page, { until: (s) => s.story !== null && s.mentions.length > 0 });
  const tabId = await tabIdOf(page);
  const handout = await ext.context.newPage();
  await handout.goto(`chrome-extension://${ext.extensionId}/handout.html?tab=${tabId}`);
  await handout.waitForSelector('body[data-ready]', { timeout: 20_000 });
  expect(await handout.getAttribute('body', 'data-ready')).toBe('ready');
  return { page, handout, url: entry.url };
}

/** The number of pages in a PDF Chromium printed (its page objects). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

async function printedPages(handout: Page): Promise<number> {
  await handout.emulateMedia({ media: 'print' });
  const pdf = await handout.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await handout.emulateMedia({ media: 'screen' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdfPages(pdf);
  // HANDOUT_PDF_DIR=dir keeps the PDFs to look at.
  if (process.env.HANDOUT_PDF_DIR)
    (await import('node:fs')).writeFileSync(`${process.env.HANDOUT_PDF_DIR}/${Date.now()}.pdf`, pdf);
  console.log(`handout: ${pages} A4 page(s) for ${handout.url()}`);
  return pages;
}

/** What the handout shows: the marks' entities and numbers in text order, and the notes. */
async function readHandout(handout: Page) {
  return handout.evaluate(() => {
    const marks = [...document.querySelectorAll<HTMLElement>('.article-body mark')].map((m) => ({
      entity: m.dataset.entity ?? '',
      n: Number(m.dataset.n),
      sup: m.nextElementSibling?.matches('sup.ref') ? m.nextElementSibling.textContent : null,
    }));
    const notes = [...document.querySelectorAll<HTMLLIElement>('.context .notes > li')].map((li) => ({
      value: li.value,
      name: li.querySelector('strong')?.textContent ?? '',
      text: li.textContent ?? '',
    }));
    return {
      marks,
      notes,
      sources: [...document.querySelectorAll('.source-list li')].map((li) => li.textContent ?? ''),
      teacherNotes: [...document.querySelectorAll('.article-body .teacher-note')].map((a) => ({
        text: a.textContent ?? '',
        after: a.previousElementSibling?.textContent ?? a.parentElement?.textContent ?? '',
      })),
    };
  });
}

describe('the handout', () => {
  it('by default: the people and figures the article names, first mention only, numbered to match the notes; two A4 pages', async () => {
    const { page, handout } = await openHandout('story-en-ap.html');
    const h = await readHandout(handout);
    // Few notes, not every entity on the page (the AP story names 15+ entities).
    expect(h.notes.length).toBeGreaterThan(2);
    expect(h.notes.length).toBeLessThanOrEqual(8);
    expect(h.notes.map((n) => n.name)).toContain('Volodymyr Zelenskyy');
    // Each entity marked once (first mention), each mark followed by its number.
    expect(new Set(h.marks.map((m) => m.entity)).size).toBe(h.marks.length);
    for (const m of h.marks) expect(m.sup).toBe(String(m.n));
    // The numbers read 1, 2, 3… down the text, and note n is the nth note.
    expect(h.marks.map((m) => m.n)).toEqual(h.marks.map((_, i) => i + 1));
    expect(h.notes.map((n) => n.value)).toEqual(h.notes.map((_, i) => i + 1));
    // Each note gives its own checked date and its sources, listed once each.
    for (const n of h.notes) expect(n.text).toMatch(/\(checked [A-Z][a-z]+ \d{1,2}, \d{4}\)/);
    expect(h.sources.length).toBeGreaterThan(0);
    expect(new Set(h.sources).size).toBe(h.sources.length);
    expect(h.sources.length).toBeLessThan(40);
    expect(await handout.locator('.choose button[aria-pressed="true"]').textContent()).toBe('People and key figures');

    const pages = await printedPages(handout);
    // An 830-word story with its context on two A4 pages (nine before: every mention, 27 notes, 77 sources).
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await Promise.all([handout.close(), page.close()]);
  }, 90_000);

  it("by default only the emphasised entities, with the teacher's note beside its passage", async () => {
    const { page, entry } = await ext.openFixture('story-en-ap.html');
    const url = entry.url;
    await getPageState(page, { until: (s) => s.story !== null });
    const noteText = 'What did each side promise in 1994?';
    await storageSet(ext, {
      emphasis: { [url]: ['budapest-memorandum', 'jd-vance'] },
      notes: {
        [url]: [
          {
            id: 'n1',
            url,
            exact: AP_PASSAGE,
            prefix: '',
            suffix: '',
            text: noteText,
            createdAt: '2026-12-03T10:00:00.000Z',
          },
        ],
      },
    });
    await page.close();
    const { page: again, handout } = await openHandout('story-en-ap.html');
    const h = await readHandout(handout);
    expect(h.notes.map((n) => n.name).sort()).toEqual(['Budapest Memorandum', 'JD Vance']);
    expect(h.marks.map((m) => m.entity).sort()).toEqual(['budapest-memorandum', 'jd-vance']);
    expect(await handout.locator('.choose button[aria-pressed="true"]').textContent()).toBe('Emphasised only');
    // The note stands right after the paragraph that holds its passage, with T1 at the passage.
    expect(h.teacherNotes).toHaveLength(1);
    expect(h.teacherNotes[0]?.text).toContain(noteText);
    expect(h.teacherNotes[0]?.after).toContain(AP_PASSAGE);
    expect(await handout.locator('.article-body .tn-passage').textContent()).toBe(AP_PASSAGE);
    expect(await handout.locator('.article-body sup.tn-ref').textContent()).toBe('T1');
    expect(await handout.locator('.teacher-notes').count()).toBe(0); // nothing left over at the end
    expect(await printedPages(handout)).toBeLessThanOrEqual(2);

    // The saved file carries the note in place and no scripts.
    const [download] = await Promise.all([handout.waitForEvent('download'), handout.click('#save-html')]);
    const { readFileSync } = await import('node:fs');
    const saved = readFileSync((await download.path()) as string, 'utf8');
    expect(saved).not.toMatch(/<script/i);
    expect(saved).toContain('class="teacher-note"');
    expect(saved).toContain('<sup class="ref">1</sup>');
    await Promise.all([handout.close(), again.close()]);
  }, 90_000);

  it('the teacher chooses what goes in: everything, every mention, no sources', async () => {
    const { page, handout } = await openHandout('story-en-ap.html');
    const before = await readHandout(handout);
    await handout.getByRole('button', { name: 'Everything marked on the page' }).click();
    const all = await readHandout(handout);
    expect(all.notes.length).toBeGreaterThan(before.notes.length);
    expect(all.marks.map((m) => m.n)).toEqual(all.marks.map((_, i) => i + 1));

    await handout.getByLabel('Mark every mention, not only the first').check();
    const every = await readHandout(handout);
    expect(every.marks.length).toBeGreaterThan(all.marks.length);
    for (const m of every.marks) expect(m.sup).toBe(String(m.n));
    // Later mentions repeat their entity's number; every number has its note.
    const numbers = new Set(every.marks.map((m) => m.n));
    for (const n of numbers) expect(every.notes[n - 1]).toBeDefined();

    await handout.getByLabel('List of sources').uncheck();
    expect(await handout.locator('.sources').count()).toBe(0);
    // Untick one entity: its note and marks go, the others renumber from 1.
    const first = every.marks[0]?.entity as string;
    await handout.locator(`.choose input[type="checkbox"][value="${first}"]`).uncheck();
    const fewer = await readHandout(handout);
    expect(fewer.marks.some((m) => m.entity === first)).toBe(false);
    expect(fewer.marks[0]?.n).toBe(1);
    expect(await handout.locator('.choose button[aria-pressed="true"]').count()).toBe(0);
    expect(await axeViolations(handout)).toEqual([]);
    await Promise.all([handout.close(), page.close()]);
  }, 90_000);

  it('a long article with the defaults still prints on a few pages', async () => {
    const { page, handout } = await openHandout('story-en-long.html');
    const h = await readHandout(handout);
    expect(h.marks.map((m) => m.n)).toEqual(h.marks.map((_, i) => i + 1));
    // 2,700 words, more than twice a typical article (the AP story above, 830 words, takes two pages).
    expect(await printedPages(handout)).toBeLessThanOrEqual(5);
    await Promise.all([handout.close(), page.close()]);
  }, 90_000);

  it('speaks Ukrainian when the interface is Ukrainian', async () => {
    await storageSet(ext, { settings: { ...structuredClone(DEFAULT_SETTINGS), uiLanguage: 'uk' } });
    try {
      const { page, handout } = await openHandout('story-en-signing.html');
      expect(await handout.getByRole('button', { name: 'Друкувати' }).count()).toBe(1);
      expect(await handout.locator('.context h2').textContent()).toBe('Контекст');
      expect(await handout.locator('.choose summary').textContent()).toBe('Що включити');
      expect(await handout.locator('html').getAttribute('lang')).toBe('uk');
      // Dataset texts without a Ukrainian version stay English and say so (the sources' titles).
      expect(await handout.locator('.source-list li span[lang="en"]').count()).toBeGreaterThan(0);
      expect(await handout.locator('.context .checked').first().textContent()).toMatch(/^\(перевірено /);
      await Promise.all([handout.close(), page.close()]);
    } finally {
      await storageSet(ext, { settings: structuredClone(DEFAULT_SETTINGS) });
    }
  }, 90_000);
});
