/**
 * The popup's sharing buttons on a story page (popup.html?tab=ID runs the toolbar popup's code):
 * the share link and the context pack reach the clipboard, and the handout opens for the tab. The
 * teacher picks entities to emphasise in the popup, with no note written, and the link carries them.
 */
import { Lexer } from 'marked';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeShareHash } from '../../core/share/payload';
import dataset from '../../data/generated/dataset.json';
import { axeViolations } from './support/axe';
import { type ChromiumSession, getPageState, storageGet, storageSet, tabIdOf } from './support/chromium';
import { fixture, fixtureHtml, pollUntil } from './support/fixtures';
import { chromiumForSuite } from './support/suite';

let ext: ChromiumSession;

chromiumForSuite(async (session) => {
  ext = session;
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

async function openPopupFor(page: Page) {
  const tabId = await tabIdOf(page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: 'Copy share link' }).waitFor();
  return popup;
}

describe('popup sharing on a story page', () => {
  it('copies a share link, a context pack, and opens the handout', async () => {
    const { page, entry } = await ext.openFixture('story-en-ap');
    await getPageState(page, { until: (s) => s.story !== null });
    const popup = await openPopupFor(page);

    // Nothing to share yet (no note, nothing emphasised): said, and no empty link is offered.
    await popup.getByTestId('share-empty').waitFor();
    expect(await popup.getByRole('button', { name: 'Copy share link' }).isDisabled()).toBe(true);
    const state = await getPageState(page);
    const first = state.mentions[0]?.entityId as string;
    await storageSet(ext, { emphasis: { [entry.url]: [first] } });
    await popup.getByTestId('share-preview').waitFor();
    await popup.getByRole('button', { name: 'Copy share link' }).click();
    await popup.getByText('Share link copied.').waitFor();
    const link = await popup.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${entry.url}#bs=`)).toBe(true);
    const decoded = await decodeShareHash(new URL(link).hash);
    expect(decoded.ok && decoded.payload.emphasis).toEqual([first]);
    await storageSet(ext, { emphasis: {} });

    await popup.getByRole('button', { name: 'Copy context pack' }).click();
    await popup.getByText(/Context pack copied/).waitFor();
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    const headings = new Lexer().lex(markdown).filter((t) => t.type === 'heading');
    expect(headings.length).toBeGreaterThan(2);
    expect(markdown).toContain(entry.url);

    const handoutOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('handout.html') });
    await popup.getByRole('button', { name: 'Make a handout' }).click();
    const handout = await handoutOpened;
    // Nothing emphasised yet: the people and figures the article names, each marked once and numbered.
    await handout.waitForSelector('.article-body mark');
    const marks = await handout.locator('.article-body mark').count();
    expect(marks).toBeGreaterThan(2);
    expect(await handout.locator('.article-body mark + sup.ref').count()).toBe(marks);
    await Promise.all([page.close(), popup.close(), handout.close()]);
  });

  it("says who can read a link, carries only the notes the teacher keeps ticked, and neither their creation times nor the teacher's query string", async () => {
    const entry = fixture('story-en-ap');
    const teacherUrl = `${entry.url}?utm_source=newsletter&gift=SECRET-GIFT-TOKEN`;
    ext.serve(teacherUrl, { body: fixtureHtml(entry) });
    const note = {
      id: 'q1',
      url: teacherUrl,
      exact: 'Zelenskyy',
      prefix: '',
      suffix: '',
      text: 'Ask the class what changed',
      createdAt: '2025-03-01T09:41:27.123Z',
    };
    const leftOut = { ...note, id: 'q2', text: 'Not for the students' };
    await storageSet(ext, { notes: { [teacherUrl]: [note, leftOut] } });
    const { page } = await ext.open(teacherUrl);
    await getPageState(page, { until: (s) => s.story !== null });
    const popup = await openPopupFor(page);
    const hint = popup.getByTestId('share-hint');
    expect(await hint.textContent()).toContain('Anyone who has a share link can read the notes in it');
    expect(await hint.textContent()).toContain("the news site's own scripts");
    expect(await popup.getByRole('button', { name: 'Copy share link' }).getAttribute('aria-describedby')).toBe(
      'share-hint',
    );
    // The teacher sees what each note will carry and leaves one out.
    await popup.getByText('Notes in the share link (2 of 2)').click();
    await popup.getByLabel('“Zelenskyy” Not for the students').uncheck();
    await popup.getByText('Notes in the share link (1 of 2)').waitFor();
    // The teacher signs the link; the preview shows what the students will see, and only that.
    await popup.getByLabel('Your name in the link (optional)').fill('Ms. Koval');
    const preview = popup.getByTestId('share-preview');
    await preview.getByText(/^Shared by Ms\. Koval on /).waitFor();
    expect(await preview.textContent()).toContain('Ask the class what changed');
    expect(await preview.textContent()).not.toContain('Not for the students');
    await popup.getByRole('button', { name: 'Copy share link' }).click();
    await popup.getByText('Share link copied: 1 note.').waitFor();
    const link = await popup.evaluate(() => navigator.clipboard.readText());
    expect(link.split('#')[0]).toBe(entry.url);
    expect(link).not.toContain('SECRET');
    const decoded = await decodeShareHash(new URL(link).hash);
    expect(decoded.ok && decoded.payload.notes).toEqual([expect.objectContaining({ id: 'q1', createdAt: '' })]);
    expect(JSON.stringify(decoded)).not.toContain('09:41');
    // Signed with the name, dated with the day only.
    expect(decoded.ok && decoded.payload.by).toBe('Ms. Koval');
    expect(decoded.ok && decoded.payload.sharedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await storageGet(ext, 'shareName')).shareName).toBe('Ms. Koval');
    await storageSet(ext, { notes: {} });
    await Promise.all([page.close(), popup.close()]);
  });

  it('picks entities to emphasise in the popup, with the keyboard and no note, and the share link carries them', async () => {
    const { page, entry } = await ext.openFixture('story-en-ap');
    const state = await getPageState(page, { until: (s) => s.story !== null });
    const firstMentioned = [...new Set(state.mentions.map((m) => m.entityId))];
    const nameOf = (id: string) => dataset.entities.find((e) => e.id === id)?.name ?? id;
    const popup = await openPopupFor(page);

    // Closed until something is ticked; the list is the page's entities in order of first mention.
    const summary = popup.getByText('Emphasise in the share link');
    await summary.focus();
    await popup.keyboard.press('Enter');
    const boxes = popup.getByTestId('emphasis-picker').getByRole('checkbox');
    expect(await boxes.count()).toBe(firstMentioned.length);
    expect(await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(firstMentioned);
    const second = firstMentioned[1] as string;
    const box = popup.getByRole('checkbox', { name: nameOf(second), exact: true });
    await box.focus();
    await popup.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await popup.getByText('Emphasise in the share link (1)').waitFor();
    const stored = await pollUntil(
      async () => ((await storageGet(ext, 'emphasis')).emphasis ?? {}) as Record<string, string[]>,
      (e) => (e[entry.url]?.length ?? 0) > 0,
      { timeoutMs: 5_000, intervalMs: 100, what: 'stored emphasis' },
    );
    expect(stored[entry.url]).toEqual([second]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await axeViolations(popup)).toEqual([]);
    }

    await popup.getByRole('button', { name: 'Copy share link' }).click();
    await popup.getByText('Share link copied.').waitFor();
    const decoded = await decodeShareHash(new URL(await popup.evaluate(() => navigator.clipboard.readText())).hash);
    expect(decoded.ok && decoded.payload.emphasis).toEqual([second]);

    // The popup opens again with the pick shown, and unticking clears it.
    await popup.close();
    const again = await openPopupFor(page);
    const boxAgain = again.getByRole('checkbox', { name: nameOf(second), exact: true });
    await boxAgain.waitFor(); // visible: the list starts open when something is ticked
    expect(await boxAgain.isChecked()).toBe(true);
    await boxAgain.uncheck();
    await pollUntil(
      async () => ((await storageGet(ext, 'emphasis')).emphasis ?? {}) as Record<string, string[]>,
      (e) => e[entry.url] === undefined,
      { timeoutMs: 5_000, intervalMs: 100, what: 'emphasis cleared' },
    );
    await Promise.all([page.close(), again.close()]);
  });
});
