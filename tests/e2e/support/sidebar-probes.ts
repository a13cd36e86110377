/**
 * What the sidebar checks both browsers run (support/sidebar-checks.ts) read in the sidebar page and the
 * story page, each suite through its own driver. Each function runs *there*: self-contained, no imports,
 * no closures.
 */

/** Runs in the sidebar: each listed entity with the count it shows. */
export function listedEntities(): [string, number][] {
  return [...document.querySelectorAll('[data-entity-id]')].map((b) => [
    b.getAttribute('data-entity-id') ?? '',
    Number.parseInt(b.querySelector('.count')?.textContent ?? '', 10),
  ]);
}

/** Runs in the story page: the mention the sidebar revealed (`backstory-active`), where it is on screen. */
export function activeMention(): { y: number; top: number; bottom: number; h: number; text: string } | null {
  const active = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('backstory-active');
  const [r] = active ? [...active] : [];
  if (!r) return null;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  const rect = range.getBoundingClientRect();
  return { y: window.scrollY, top: rect.top, bottom: rect.bottom, h: window.innerHeight, text: range.toString() };
}

/** Runs in the sidebar: puts focus at the top of the document, as after opening it. */
export function focusDocumentStart(): void {
  document.body.tabIndex = -1;
  document.body.focus();
  document.body.removeAttribute('tabindex');
}

/** Runs in the sidebar: the focused control ("filter", "entity" or its text) and whether its outline shows. */
export function focusedControl(): { key: string; outline: boolean } | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  return {
    key: el.id === 'entity-filter' ? 'filter' : el.dataset.entityId ? 'entity' : (el.textContent ?? '').trim(),
    outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
  };
}
