/**
 * Reads the page's CSS highlights. Runs *in the page* (passed to Playwright's or Puppeteer's
 * `page.evaluate`), so it is self-contained: no imports, no closures.
 */
export function backstoryHighlights(): { names: string[]; texts: string[] } {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return { names: [], texts: [] };
  const names: string[] = [];
  const ranges: Range[] = [];
  for (const [name, highlight] of registry) {
    if (!name.startsWith('backstory')) continue;
    names.push(name);
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      ranges.push(range);
    }
  }
  ranges.sort(
    (a, b) => a.compareBoundaryPoints(Range.START_TO_START, b) || a.compareBoundaryPoints(Range.END_TO_END, b),
  );
  return { names, texts: ranges.map((r) => r.toString()) };
}

/**
 * The centre of the first client rect of the first marked mention (with this text, when given), scrolled
 * into view; null when there is none. Runs in the page, like `backstoryHighlights`.
 */
export function mentionCenter(text: string | null): { x: number; y: number } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  for (const [name, highlight] of registry ?? []) {
    if (!name.startsWith('backstory-') || name === 'backstory-active') continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (text !== null && range.toString() !== text) continue;
      (r.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** The texts of one named highlight's ranges (none: []). Runs in the page, like `backstoryHighlights`. */
export function namedHighlightTexts(name: string): string[] {
  const h = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get(name);
  return [...(h ?? [])].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });
}
