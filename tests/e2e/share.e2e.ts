/**
 * Sharing annotated pages, end to end in Chromium: a teacher selects a passage and adds a note (keyboard
 * path through our closed shadow root), the share link is built with the same core function the popup
 * uses, a fresh profile with Backstory shows the note in place, a profile without it scrolls to the text
 * fragment, the handout renders, prints to PDF and saves as script-free HTML, and the context pack
 * parses as Markdown with the expected sections.
 */
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleHtmlAnswer } from '../../core/messages/share';
import type { Note } from '../../core/notes';
import { buildContextPack } from '../../core/share/context-pack';
import { buildShareLink } from '../../core/share/link';
import dataset from '../../data/generated/dataset.json';
import type { Dataset } from '../../data/schema';
import {
  type ChromiumSession,
  getPageState,
  launchChromium,
  messageTab,
  storageGet,
  tabIdOf,
} from './support/chromium';
import { fixture, fixtureHtml, pollUntil } from './support/fixtures';

const ENTRY = fixture('story-en-ap.html');
const PASSAGE = 'Ukraine gave up the nuclear weapons';
const NOTE_TEXT = 'Compare with the Budapest Memorandum card: what was promised?';

let teacher: ChromiumSession;
let teacherPage: Page;
let article: ArticleHtmlAnswer;
let notes: Note[];
let shareUrl: string;

async function storedNotes(session: ChromiumSession): Promise<Record<string, Note[]>> {
  return ((await storageGet(session, 'notes')).notes ?? {}) as Record<string, Note[]>;
}

async function noteHighlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('backstory-note');
    if (!h) return [];
    return [...h].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  });
}

beforeAll(async () => {
  teacher = await launchChromium({ extension: true });
  ({ page: teacherPage } = await teacher.openFixture(ENTRY.file));
  await getPageState(teacherPage, { until: (s) => s.mentions.length > 0 });
  // The notes feature arrives with the lazily injected card UI bundle.
  article = (await pollUntil(
    () => (messageTab(teacherPage, { type: 'backstory:article-html' }) as Promise<ArticleHtmlAnswer>).catch(() => null),
    (a) => a !== null && a.text.length > 0,
    { timeoutMs: 15_000, intervalMs: 250, what: 'article-html answer' },
  )) as ArticleHtmlAnswer;
}, 90_000);

afterAll(async () => {
  await teacher?.close();
});

describe('share annotated pages', () => {
  it('a teacher selects a passage and adds a note with the keyboard', async () => {
    await teacherPage.evaluate((passage) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(passage);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + passage.length);
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return;
      }
      throw new Error('passage not found');
    }, PASSAGE);
    await teacherPage.keyboard.press('Alt+Shift+N'); // focuses "Add note"
    await teacherPage.keyboard.press('Enter'); // opens the note box, focus in the textarea
    await teacherPage.keyboard.type(NOTE_TEXT);
    await teacherPage.keyboard.press('Tab'); // "Save note"
    await teacherPage.keyboard.press('Enter');
    const stored = await pollUntil(
      () => storedNotes(teacher),
      (s) => (s[ENTRY.url]?.length ?? 0) > 0,
      { timeoutMs: 10_000, intervalMs: 200, what: 'stored note' },
    );
    notes = stored[ENTRY.url] as Note[];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ exact: PASSAGE, text: NOTE_TEXT, url: ENTRY.url });
    expect(article.text.slice(notes[0]!.position!.start, notes[0]!.position!.end)).toBe(PASSAGE);
    await pollUntil(
      () => noteHighlightTexts(teacherPage),
      (t) => t.includes(PASSAGE),
      {
        timeoutMs: 5_000,
        intervalMs: 200,
        what: 'note highlight on the teacher page',
      },
    );
  });

  it('builds the share link with the core function', async () => {
    const link = await buildShareLink(ENTRY.url, notes, { articleText: article.text });
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    shareUrl = link.url;
    expect(shareUrl).toMatch(/#bs=1\.[A-Za-z0-9_-]+:~:text=Ukraine%20gave%20up%20the%20nuclear%20weapons$/);
  });

  it('a fresh profile with Backstory shows the notes in place', async () => {
    const fresh = await launchChromium({ extension: true });
    try {
      fresh.serve(ENTRY.url, { body: fixtureHtml(ENTRY) });
      const { page, pageErrors } = await fresh.open(shareUrl);
      await getPageState(page, { until: (s) => s.mentions.length > 0 });
      const texts = await pollUntil(
        () => noteHighlightTexts(page),
        (t) => t.length > 0,
        {
          timeoutMs: 15_000,
          intervalMs: 250,
          what: 'shared note highlight',
        },
      );
      expect(texts).toEqual([PASSAGE]);
      expect(await storedNotes(fresh)).toEqual({}); // nothing is saved until the reader presses Save
      expect(pageErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it('a damaged link changes nothing on the page', async () => {
    const fresh = await launchChromium({ extension: true });
    try {
      fresh.serve(ENTRY.url, { body: fixtureHtml(ENTRY) });
      const { page, pageErrors } = await fresh.open(`${ENTRY.url}#bs=1.AAAAbroken`);
      await getPageState(page, { until: (s) => s.mentions.length > 0 });
      await new Promise((r) => setTimeout(r, 1000));
      expect(await noteHighlightTexts(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it('a profile without the extension scrolls to the text fragment', async () => {
    const plain = await launchChromium({ extension: false });
    try {
      plain.serve(ENTRY.url, { body: fixtureHtml(ENTRY) });
      const { page } = await plain.open(shareUrl);
      const result = await pollUntil(
        () =>
          page.evaluate((passage) => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let top = Number.NaN;
            while (walker.nextNode()) {
              const node = walker.currentNode as Text;
              if (node.data.includes(passage)) top = node.parentElement!.getBoundingClientRect().top;
            }
            return { hasDirective: 'fragmentDirective' in document, scrollY: window.scrollY, top, vh: innerHeight };
          }, PASSAGE),
        (r) => r.scrollY > 0,
        { timeoutMs: 10_000, intervalMs: 200, what: 'scroll to text fragment' },
      );
      expect(result.hasDirective).toBe(true);
      expect(result.top).toBeGreaterThanOrEqual(-50);
      expect(result.top).toBeLessThan(result.vh);
    } finally {
      await plain.close();
    }
  }, 60_000);

  it('the handout renders, prints to PDF with the notes, and saves script-free HTML', async () => {
    const tabId = await tabIdOf(teacherPage);
    const page = await teacher.context.newPage();
    await page.goto(`chrome-extension://${teacher.extensionId}/handout.html?tab=${tabId}`);
    await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
    expect(await page.getAttribute('body', 'data-ready')).toBe('ready');
    expect(await page.textContent('h1')).toContain('Zelenskyy');
    expect(await page.locator('mark').count()).toBeGreaterThan(5);
    expect(await page.textContent('.teacher-notes')).toContain(NOTE_TEXT);
    expect(await page.textContent('.context')).toContain('People');
    expect(
      await page.locator('.article-body script, .article-body iframe, .article-body img, .article-body a').count(),
    ).toBe(0);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('.teacher-notes').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-html')]);
    const saved = readFileSync((await download.path()) as string, 'utf8');
    expect(saved).not.toMatch(/<script/i);
    expect(saved).not.toMatch(/\s(src|srcset|href)=/i);
    expect(saved).toContain(NOTE_TEXT);
    expect(saved).toContain('<style>');
    expect(saved).toContain('<mark');
  }, 60_000);

  it('the context pack parses as Markdown with the expected sections', async () => {
    const state = await getPageState(teacherPage);
    const pack = buildContextPack({
      url: ENTRY.url,
      title: article.title,
      articleDate: state.articleDate,
      mentioned: state.mentions.map((m) => m.entityId),
      notes,
      dataset: dataset as unknown as Dataset,
    });
    const tokens = marked.lexer(pack.markdown);
    const headings = tokens.filter((t) => t.type === 'heading').map((t) => (t as { text: string }).text);
    expect(headings.slice(1)).toEqual(['Who and what the article mentions', 'Timeline', "Teacher's notes"]);
    expect(pack.markdown).toContain('Volodymyr Zelenskyy');
    expect(pack.markdown).toContain(NOTE_TEXT.replace(/[.:]/g, (c) => `\\${c}`).slice(0, 20));
  });
});
