/**
 * Sharing annotated pages, end to end in Chromium: a teacher selects a passage and adds a note (keyboard
 * path through our closed shadow root), the share link is built with the same core function the popup
 * uses, a fresh profile with Backstory shows the note in place, a profile without it scrolls to the text
 * fragment, the handout renders (the emphasised entity numbered, the note at its passage), prints to PDF
 * and saves as script-free HTML, and the context pack
 * parses as Markdown with the expected sections. The teacher ticks an entity to emphasise (the student
 * sees it marked and named), edits, deletes and restores a note in the page panel with the keyboard, and
 * round-trips the notes through W3C Web Annotation export/import in the options page. The panel lives in
 * our closed shadow root, reached through the extension's isolated world (support/isolated-world.ts).
 */
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleHtmlAnswer } from '../../core/messages/share';
import type { Note } from '../../core/notes';
import { buildContextPack } from '../../core/share/context-pack';
import { buildShareLink } from '../../core/share/link';
import { decodeShareHash } from '../../core/share/payload';
import dataset from '../../data/generated/dataset.json';
import type { Dataset } from '../../data/schema';
import {
  type ChromiumSession,
  getPageState,
  launchChromium,
  messageTab,
  saveDocsScreenshot,
  storageGet,
  storageSet,
  tabIdOf,
} from './support/chromium';
import { fixture, fixtureHtml, pollUntil, sleep } from './support/fixtures';
import { namedHighlightTexts } from './support/highlights';
import { type IsolatedWorld, isolatedWorld } from './support/isolated-world';
import {
  axeInNotes,
  focusInNotes,
  noteBoxCount,
  notedPassages,
  notesCheckbox,
  notesFrame,
  probeNotes,
} from './support/notes';
import { selectPassage } from './support/notes-probes';

const ENTRY = fixture('story-en-ap.html');
const PASSAGE = 'Ukraine gave up the nuclear weapons';
const NOTE_TEXT = 'Compare with the Budapest Memorandum card: what was promised?';

let teacher: ChromiumSession;
let teacherPage: Page;
let article: ArticleHtmlAnswer;
let notes: Note[];
let shareUrl: string;
let emphasised: string;
const EDITED = 'Edited: who signed the Budapest Memorandum, and what did each side promise?';

async function storedNotes(session: ChromiumSession): Promise<Record<string, Note[]>> {
  return ((await storageGet(session, 'notes')).notes ?? {}) as Record<string, Note[]>;
}

beforeAll(async () => {
  teacher = await launchChromium({ extension: true });
  ({ page: teacherPage } = await teacher.openFixture(ENTRY.file));
  await getPageState(teacherPage, { until: (s) => s.mentions.length > 0 });
  // (The engine answers the handout's request; the notes feature arrives with the card UI bundle, at the
  // reader's first intent.)
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
    await teacherPage.evaluate(selectPassage, PASSAGE);
    await teacherPage.keyboard.press('Alt+Shift+N'); // loads the notes (card UI bundle), focuses "Add note"
    const world = await isolatedWorld(teacherPage, teacher.extensionId as string);
    await pollUntil(
      () =>
        world.evaluate(() => {
          const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
            host(): { shadow: ShadowRoot };
          };
          return api.host().shadow.activeElement?.classList.contains('bs-add-button') ?? false;
        }, null),
      Boolean,
      { timeoutMs: 5_000, intervalMs: 50, what: 'focus on "Add note"' },
    );
    await teacherPage.keyboard.press('Enter'); // opens the note box in the notes frame, focus in the textarea
    await pollUntil(
      () => probeNotes(teacherPage),
      (p) => p?.focus === 'bs-note-text',
      { timeoutMs: 5_000, intervalMs: 50, what: 'focus in the new note' },
    );
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
      () => notedPassages(teacherPage, world, [PASSAGE]),
      (t) => t.includes(PASSAGE),
      { timeoutMs: 5_000, intervalMs: 200, what: 'the noted passage painted on the teacher page' },
    );
    await world.detach();
  });

  it('the teacher ticks an entity to emphasise in the page panel, with the keyboard', async () => {
    const world = await isolatedWorld(teacherPage, teacher.extensionId as string);
    try {
      const panel = await pollUntil(
        () => probeNotes(teacherPage),
        (p) => p !== null && p.mine === 1,
        { timeoutMs: 5_000, intervalMs: 200, what: 'the notes panel listing the new note' },
      );
      expect(panel?.text).toContain('My notes on this page');
      expect(panel?.text).toContain(NOTE_TEXT);
      expect(await focusInNotes(teacherPage, world, '.bs-emphasis-pick summary')).toBe(true);
      await teacherPage.keyboard.press('Enter'); // opens the list
      await teacherPage.keyboard.press('Tab'); // the first entity's checkbox
      await teacherPage.keyboard.press('Space');
      const stored = await pollUntil(
        async () => ((await storageGet(teacher, 'emphasis')).emphasis ?? {}) as Record<string, string[]>,
        (e) => (e[ENTRY.url]?.length ?? 0) > 0,
        { timeoutMs: 5_000, intervalMs: 200, what: 'stored emphasis' },
      );
      const state = await getPageState(teacherPage);
      emphasised = state.mentions[0]!.entityId; // the list is in order of first mention
      expect(stored[ENTRY.url]).toEqual([emphasised]);
    } finally {
      await world.detach();
    }
  });

  it('the notes frame passes axe, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await teacherPage.emulateMedia({ colorScheme: scheme });
      expect(await axeInNotes(teacherPage), scheme).toEqual([]);
    }
    await teacherPage.emulateMedia({ colorScheme: 'light' });
  });

  it('the teacher shares from the page panel: names the link, sees what students will see, copies it', async () => {
    const world = await isolatedWorld(teacherPage, teacher.extensionId as string);
    try {
      await teacher.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      expect(await focusInNotes(teacherPage, world, '.bs-share summary')).toBe(true);
      await teacherPage.keyboard.press('Enter'); // opens "Share with students"
      const frame = notesFrame(teacherPage) as Frame;
      await frame.getByLabel('Your name in the link (optional)').fill('Mr. Petrenko');
      const preview = frame.getByTestId('share-preview');
      await preview.getByText(/^Shared by Mr\. Petrenko on /).waitFor();
      expect(await preview.textContent()).toContain(NOTE_TEXT);
      await frame.getByRole('button', { name: 'Copy share link' }).click();
      await frame.getByText('Share link copied: 1 note.').waitFor();
      // (The frame may write the clipboard, not read it: read it from an extension page.)
      const reader = await teacher.context.newPage();
      await reader.goto(`chrome-extension://${teacher.extensionId}/options.html`);
      const copied = await reader.evaluate(() => navigator.clipboard.readText());
      await reader.close();
      expect(copied.startsWith(`${ENTRY.url}#bs=`)).toBe(true);
      const decoded = await decodeShareHash(new URL(copied).hash);
      expect(decoded.ok && decoded.payload.by).toBe('Mr. Petrenko');
      expect(decoded.ok && decoded.payload.notes.map((n) => n.text)).toEqual([NOTE_TEXT]);
      expect(copied).toContain(':~:text=');
    } finally {
      await world.detach();
    }
  });

  it("the page panel's boxes follow emphasis ticked in the popup", async () => {
    const popup = await teacher.context.newPage();
    try {
      const state = await getPageState(teacherPage);
      const other = [...new Set(state.mentions.map((m) => m.entityId))].find((id) => id !== emphasised) as string;
      const panelBox = (id: string) => notesCheckbox(teacherPage, id);
      expect(await panelBox(other)).toBe(false);
      await popup.goto(`chrome-extension://${teacher.extensionId}/popup.html?tab=${await tabIdOf(teacherPage)}`);
      await popup.getByText('Emphasise in the share link (1)').waitFor();
      for (const ticked of [true, false]) {
        await popup.locator(`input[value="${other}"]`).setChecked(ticked);
        await pollUntil(
          () => panelBox(other),
          (on) => on === ticked,
          {
            timeoutMs: 5_000,
            intervalMs: 100,
            what: `the panel box ${ticked ? 'ticked' : 'unticked'} from the popup`,
          },
        );
      }
      expect(await panelBox(emphasised)).toBe(true);
      expect(((await storageGet(teacher, 'emphasis')).emphasis as Record<string, string[]>)[ENTRY.url]).toEqual([
        emphasised,
      ]);
    } finally {
      await popup.close();
    }
  });

  it('a page with stored notes shows them on the next visit, before any hover', async () => {
    const { page } = await teacher.openFixture(ENTRY.file);
    const world = await isolatedWorld(page, teacher.extensionId as string);
    try {
      await page.mouse.move(4, 4);
      const panel = await pollUntil(
        () => probeNotes(page),
        (p) => p !== null && p.mine === 1,
        { timeoutMs: 10_000, intervalMs: 200, what: 'the notes panel on the next visit' },
      );
      expect(panel?.text).toContain(NOTE_TEXT);
      expect(await notedPassages(page, world, [PASSAGE])).toEqual([PASSAGE]);
    } finally {
      await world.detach();
      await page.close();
    }
  });

  it('a single-page app that moves to an article with stored notes shows them, before any hover', async () => {
    // Two articles on one site: the app starts on the first and routes to the second without a reload.
    const from = fixture('story-en-liveblog.html');
    const to = fixture('story-en-long.html');
    const passage = 'This explainer sets out what the deal contains';
    const stored = ((await storageGet(teacher, 'notes')).notes ?? {}) as Record<string, Note[]>;
    const note: Note = {
      id: 'spa-note',
      url: to.url,
      exact: passage,
      prefix: '',
      suffix: '',
      text: 'Read after a client-side navigation',
      createdAt: new Date().toISOString(),
    };
    await storageSet(teacher, { notes: { ...stored, [to.url]: [note] } });
    const { page } = await teacher.openFixture(from.file);
    const world = await isolatedWorld(page, teacher.extensionId as string);
    try {
      await page.mouse.move(4, 4);
      await getPageState(page, { until: (s) => s.mentions.length > 0 });
      await sleep(500);
      expect(await probeNotes(page)).toBeNull();
      // As client-side routers do: the next article's body in place of this one, and its address.
      await page.evaluate(
        ({ url, html }) => {
          const next = new DOMParser().parseFromString(html, 'text/html');
          document.title = next.title;
          document.body.replaceWith(document.adoptNode(next.body));
          history.pushState({}, '', url);
        },
        { url: to.url, html: fixtureHtml(to) },
      );
      const panel = await pollUntil(
        () => probeNotes(page),
        (p) => p !== null && p.mine === 1 && p.text.includes(note.text),
        { timeoutMs: 10_000, intervalMs: 200, what: 'the notes panel of the article routed to' },
      );
      expect(panel?.text).toContain(note.text);
      expect(await notedPassages(page, world, [passage])).toEqual([passage]);
    } finally {
      await world.detach();
      await page.close();
      await storageSet(teacher, { notes: stored });
    }
  });

  it("after a single-page move to another article, the notes panel reloads for that article's address", async () => {
    const from = fixture('story-en-liveblog.html');
    const to = fixture('story-en-long.html');
    const stored = ((await storageGet(teacher, 'notes')).notes ?? {}) as Record<string, Note[]>;
    const noteOn = (url: string, id: string, exact: string, text: string): Note => ({
      id,
      url,
      exact,
      prefix: '',
      suffix: '',
      text,
      createdAt: '2025-03-01T10:00:00.000Z',
    });
    const fromNote = noteOn(from.url, 'spa-from', 'The minerals deal, which both sides', 'Note on the live blog');
    const toNote = noteOn(to.url, 'spa-to', 'This explainer sets out what the deal contains', 'Note on the explainer');
    await storageSet(teacher, { notes: { ...stored, [from.url]: [fromNote], [to.url]: [toNote] } });
    const { page } = await teacher.openFixture(from.file);
    const world = await isolatedWorld(page, teacher.extensionId as string);
    const sw = await teacher.serviceWorker();
    try {
      await page.mouse.move(4, 4);
      const first = await pollUntil(
        () => probeNotes(page),
        (p) => p !== null && p.mine === 1,
        { timeoutMs: 10_000, intervalMs: 200, what: 'the notes panel of the first article' },
      );
      expect(first?.text).toContain(fromNote.text);
      // What the page's notes ask the background from now on.
      await sw.evaluate(() => {
        const g = globalThis as unknown as {
          __asked: unknown[];
          chrome: { runtime: { onMessage: { addListener(fn: (m: unknown) => void): void } } };
        };
        g.__asked = [];
        g.chrome.runtime.onMessage.addListener((m) => {
          g.__asked.push(m);
        });
      });
      await page.evaluate(
        ({ url, html }) => {
          const next = new DOMParser().parseFromString(html, 'text/html');
          document.title = next.title;
          document.body.replaceWith(document.adoptNode(next.body));
          history.pushState({}, '', url);
        },
        { url: to.url, html: fixtureHtml(to) },
      );
      // The panel reloads for the article now shown: it asks for that article's notes (the background
      // answers for the article it takes from the sender, see background/share.ts).
      await pollUntil(
        () => sw.evaluate(() => (globalThis as unknown as { __asked: { type?: string; url?: string }[] }).__asked),
        (asked) => asked.some((m) => m.type === 'backstory:notes-for-url' && m.url === to.url),
        { timeoutMs: 10_000, intervalMs: 200, what: "the panel asking for the routed-to article's notes" },
      );
    } finally {
      await world.detach();
      await page.close();
      await storageSet(teacher, { notes: stored });
    }
  });

  it('builds the share link with the core function', async () => {
    // As shareLinkForTab does: the notes and the stored emphasis for the article.
    const emphasis = (((await storageGet(teacher, 'emphasis')).emphasis ?? {}) as Record<string, string[]>)[ENTRY.url];
    expect(emphasis).toEqual([emphasised]);
    const link = await buildShareLink(ENTRY.url, notes, {
      articleText: article.text,
      emphasis,
      by: 'Ms. Koval',
      sharedOn: '2026-12-01',
    });
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    shareUrl = link.url;
    expect(shareUrl).toMatch(/#bs=1\.[A-Za-z0-9_-]+:~:text=Ukraine%20gave%20up%20the%20nuclear%20weapons$/);
  });

  it('a fresh profile with Backstory shows the notes in place, the emphasised entity, and its own orphan note', async () => {
    const fresh = await launchChromium({ extension: true });
    let world: IsolatedWorld | undefined;
    try {
      fresh.serve(ENTRY.url, { body: fixtureHtml(ENTRY) });
      // A note of the student's own whose passage is not on this version of the page.
      const orphan: Note = {
        id: 'orphan-1',
        url: ENTRY.url,
        exact: 'a passage that is no longer in the article',
        prefix: '',
        suffix: '',
        text: 'My note on a passage that was edited out',
        createdAt: '2025-03-01T10:00:00.000Z',
      };
      await storageSet(fresh, { notes: { [ENTRY.url]: [orphan] } });
      const { page, pageErrors } = await fresh.open(shareUrl);
      await getPageState(page, { until: (s) => s.mentions.length > 0 });
      // The browser scrolled to the link's text fragment.
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      world = await isolatedWorld(page, fresh.extensionId as string);
      const panel = await pollUntil(
        () => probeNotes(page),
        (p) => p !== null && p.mine === 1 && p.text.includes(NOTE_TEXT),
        { timeoutMs: 15_000, intervalMs: 250, what: 'the notes panel with the shared note' },
      );
      expect(await notedPassages(page, world, [PASSAGE])).toEqual([PASSAGE]);
      // Where the notes are is ours alone: nothing about them in the page's highlight registry.
      expect(
        await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]),
      ).not.toContain('backstory-note');
      // The emphasised entity: every marked mention of it, and only those, carries the emphasis highlight.
      const state = await getPageState(page);
      const mentionTexts = state.mentions.filter((m) => m.entityId === emphasised).map((m) => m.text);
      const emphasisTexts = await pollUntil(
        () => page.evaluate(namedHighlightTexts, 'backstory-emphasis'),
        (t) => t.length > 0,
        { timeoutMs: 5_000, intervalMs: 200, what: 'emphasis highlight' },
      );
      expect(emphasisTexts.sort()).toEqual(mentionTexts.sort());
      const name = (dataset as unknown as Dataset).entities.find((e) => e.id === emphasised)?.name as string;
      expect(panel?.text).toContain(`Your teacher asks you to look at: ${name}.`);
      // The student's view: who shared it and when; read-only (no emphasis picker of the teacher's).
      expect(panel?.text).toContain('Shared by Ms. Koval on December 1, 2026');
      expect(panel?.text).not.toContain('Emphasise in the share link');
      expect(panel?.text).not.toContain('Share with students');
      // The README's picture of a student's view: the article at the link's passage, the notes frame beside it.
      saveDocsScreenshot('student-view.png', await page.screenshot());
      expect(panel?.text).toContain(NOTE_TEXT);
      // The orphan is listed, marked, never dropped.
      expect(panel?.text).toContain(orphan.text);
      expect(panel?.orphans).toBe(1);
      // Nothing is saved until the reader presses Save.
      expect(await storedNotes(fresh)).toEqual({ [ENTRY.url]: [orphan] });
      // Once read, the link is gone from the address (the page's scripts and the next copy of the address
      // no longer carry it), the rest of the address kept.
      expect(await page.evaluate(() => location.href)).toBe(ENTRY.url);
      expect(pageErrors).toEqual([]);
    } finally {
      await world?.detach();
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
      const world = await isolatedWorld(page, fresh.extensionId as string);
      expect(await noteBoxCount(world)).toBe(0);
      // The reader is told the link could not be read, in the notes frame.
      const panel = await pollUntil(
        () => probeNotes(page),
        (p) => p !== null,
        { timeoutMs: 5_000, intervalMs: 200, what: 'the unreadable-link notice' },
      );
      expect(panel?.text).toContain('could not be read');
      await world.detach();
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
    // Only the entity the teacher emphasised, marked once and numbered to match its note (handout.e2e.ts
    // covers the choices, the numbering and the page count).
    expect(await page.locator('.article-body mark').count()).toBe(1);
    expect(await page.getAttribute('.article-body mark', 'data-entity')).toBe(emphasised);
    expect(await page.textContent('.article-body mark + sup.ref')).toBe('1');
    expect(await page.locator('.context .notes > li').count()).toBe(1);
    // The teacher's note stands beside its passage, not at the end.
    expect(await page.textContent('.article-body .teacher-note')).toContain(NOTE_TEXT);
    expect(await page.textContent('.article-body .tn-passage')).toBe(PASSAGE);
    expect(await page.locator('.teacher-notes').count()).toBe(0);
    expect(
      await page.locator('.article-body script, .article-body iframe, .article-body img, .article-body a').count(),
    ).toBe(0);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('.choose').isVisible()).toBe(false);
    expect(await page.locator('.article-body .teacher-note').isVisible()).toBe(true);
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

  it('the teacher edits, deletes and restores a note in the page panel, with the keyboard', async () => {
    const world = await isolatedWorld(teacherPage, teacher.extensionId as string);
    try {
      expect(await focusInNotes(teacherPage, world, '.bs-edit')).toBe(true);
      await teacherPage.keyboard.press('Enter'); // Edit: focus moves into the textarea
      await pollUntil(
        () => probeNotes(teacherPage),
        (p) => p?.focus === 'bs-edit-text',
        { timeoutMs: 3_000, intervalMs: 50, what: 'focus in the edit box' },
      );
      await teacherPage.keyboard.press('Control+A');
      await teacherPage.keyboard.type(EDITED);
      await teacherPage.keyboard.press('Tab'); // Save
      await teacherPage.keyboard.press('Enter');
      await pollUntil(
        () => storedNotes(teacher),
        (s) => s[ENTRY.url]?.[0]?.text === EDITED,
        { timeoutMs: 5_000, intervalMs: 200, what: 'edited note stored' },
      );
      expect((await storedNotes(teacher))[ENTRY.url]).toEqual([{ ...notes[0], text: EDITED }]);
      await pollUntil(
        () => probeNotes(teacherPage),
        (p) => p?.text.includes(EDITED) === true && p.focus === 'bs-edit',
        { timeoutMs: 5_000, intervalMs: 200, what: 'panel shows the edit, focus back on Edit' },
      );

      expect(await focusInNotes(teacherPage, world, '.bs-delete')).toBe(true);
      await teacherPage.keyboard.press('Enter'); // Delete: focus moves to Undo
      await pollUntil(
        () => storedNotes(teacher),
        (s) => s[ENTRY.url] === undefined,
        { timeoutMs: 5_000, intervalMs: 200, what: 'note deleted' },
      );
      await pollUntil(
        () => noteBoxCount(world),
        (n) => n === 0,
        { timeoutMs: 5_000, intervalMs: 200, what: 'the noted passage no longer painted' },
      );
      const afterDelete = await probeNotes(teacherPage);
      expect(afterDelete?.text).toContain('Note deleted.');
      expect(afterDelete?.mine).toBe(0);
      await teacherPage.keyboard.press('Enter'); // Undo
      await pollUntil(
        () => storedNotes(teacher),
        (s) => s[ENTRY.url]?.[0]?.text === EDITED,
        { timeoutMs: 5_000, intervalMs: 200, what: 'note restored' },
      );
      expect((await storedNotes(teacher))[ENTRY.url]).toEqual([{ ...notes[0], text: EDITED }]);
      await pollUntil(
        () => notedPassages(teacherPage, world, [PASSAGE]),
        (t) => t.includes(PASSAGE),
        { timeoutMs: 5_000, intervalMs: 200, what: 'the noted passage painted again' },
      );
    } finally {
      await world.detach();
    }
  }, 60_000);

  it('the options page exports W3C Web Annotations and imports them back; a bad file changes nothing', async () => {
    const page = await teacher.context.newPage();
    await page.goto(`chrome-extension://${teacher.extensionId}/options.html`);
    await page.waitForSelector('[data-testid=export-annotations]:not([disabled])', { timeout: 10_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-annotations]'),
    ]);
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as Record<string, unknown>[];
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: [expect.objectContaining({ type: 'TextualBody', value: EDITED })],
      target: {
        source: ENTRY.url,
        selector: expect.arrayContaining([expect.objectContaining({ type: 'TextQuoteSelector', exact: PASSAGE })]),
      },
    });
    const before = await storedNotes(teacher);
    const importFile = async (name: string, text: string) => {
      await page.setInputFiles('[data-testid=import-annotations]', {
        name,
        mimeType: 'application/ld+json',
        buffer: Buffer.from(text),
      });
    };
    const report = () => page.textContent('[data-testid=notes-report]').then((t) => t ?? '');

    // A file that is not annotations at all, and one that is not JSON: nothing stored changes.
    await importFile('bad.jsonld', '{"not":"annotations"}');
    await pollUntil(report, (t) => t.includes('not W3C Web Annotation'), { timeoutMs: 5_000, what: 'bad-file report' });
    await importFile('broken.jsonld', '[{"type": "Annot');
    await pollUntil(report, (t) => t.includes('not JSON'), { timeoutMs: 5_000, what: 'not-json report' });
    expect(await storedNotes(teacher)).toEqual(before);

    // The export itself: already stored.
    await importFile('same.jsonld', JSON.stringify(exported));
    await pollUntil(report, (t) => t.includes('already stored 1'), { timeoutMs: 5_000, what: 'duplicate report' });
    expect(await storedNotes(teacher)).toEqual(before);

    // A copy under a new id plus a hostile annotation: one added, one rejected with its reason shown.
    const copy = { ...exported[0], id: 'urn:backstory:note:copy-1' };
    const hostile = { type: 'Annotation', target: { source: 'javascript:alert(1)', selector: [] } };
    await importFile('mixed.jsonld', JSON.stringify([copy, hostile]));
    await pollUntil(report, (t) => t.includes('Imported 1; already stored 0; rejected 1.'), {
      timeoutMs: 5_000,
      what: 'mixed report',
    });
    expect(await report()).toContain('Entry 2: target.source');
    const after = await storedNotes(teacher);
    expect(after[ENTRY.url]).toHaveLength(2);
    expect(after[ENTRY.url]?.[0]).toEqual(before[ENTRY.url]?.[0]);
    const imported = after[ENTRY.url]?.[1] as Note;
    expect(imported).toMatchObject({ id: 'copy-1', exact: PASSAGE, text: EDITED, url: ENTRY.url });
    expect(imported.position).toEqual(before[ENTRY.url]?.[0]?.position);

    // The per-article list: delete the copy (undo is offered), the original stays.
    await page.click('[data-note-id="copy-1"] .note-delete');
    await pollUntil(
      () => storedNotes(teacher),
      (s) => s[ENTRY.url]?.length === 1,
      { timeoutMs: 5_000, what: 'copy deleted from the options page' },
    );
    expect(await storedNotes(teacher)).toEqual(before);
    expect(await page.locator('.note-undo').isVisible()).toBe(true);
    await page.close();
  }, 60_000);
});
