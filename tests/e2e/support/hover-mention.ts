/** Moves the mouse onto the first marked mention of a page (scrolled into view), as a reader would. */
import type { Page } from 'playwright-core';

export async function hoverFirstMention(page: Page): Promise<boolean> {
  const point = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    for (const [name, highlight] of registry ?? []) {
      if (!name.startsWith('backstory-') || name === 'backstory-active') continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        (r.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
  if (!point) return false;
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.waitForTimeout(1200);
  return true;
}
