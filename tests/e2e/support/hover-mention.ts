/** Moves the mouse onto the first marked mention of a page (scrolled into view), as a reader would. */
import type { Page } from 'playwright-core';
import { mentionCenter } from './highlights';

export async function hoverFirstMention(page: Page): Promise<boolean> {
  const point = await page.evaluate(mentionCenter, null);
  if (!point) return false;
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.waitForTimeout(1200);
  return true;
}
