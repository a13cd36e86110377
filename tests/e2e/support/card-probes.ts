/**
 * The open card and the mentions, read in the extension's content-script world (Chromium's isolated
 * world over the DevTools protocol, Firefox's through tabs.executeScript: support/isolated-world.ts and
 * support/firefox.ts). Each function runs *there*: self-contained, no imports, no closures.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardProbe {
  entity: string;
  text: string;
  rect: Box;
  focusInCard: boolean;
  radius: string;
  background: string;
}

/** The open card (null when no card is open). */
export function probeCard(): CardProbe | null {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
    | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
    | undefined;
  if (!api?.hasHost()) return null;
  const shadow = api.host().shadow;
  const card = shadow.querySelector<HTMLElement>('.floating:not([hidden]):not([aria-hidden="true"]) .card');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  const style = getComputedStyle(card);
  return {
    entity: card.dataset.entity ?? '',
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (labels and values apart), as a reader sees it
    text: card.innerText,
    rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    focusInCard: Boolean(shadow.activeElement && card.contains(shadow.activeElement)),
    radius: style.borderTopLeftRadius,
    background: style.backgroundColor,
  };
}

/** Scrolls the first (or nth) mention of an entity into view and returns its first line box. */
export function mentionBox(arg: { entityId: string; nth?: number; index?: number; top?: boolean }): Box & {
  index: number;
} {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
    annotator: { getMentions(): { entityId: string; range: AbstractRange }[] };
  };
  const mentions = api.annotator.getMentions();
  let index = arg.index ?? -1;
  if (index < 0) {
    let seen = 0;
    index = mentions.findIndex((m) => m.entityId === arg.entityId && seen++ === (arg.nth ?? 0));
  }
  const m = mentions[index];
  if (!m) throw new Error(`no mention of ${arg.entityId}`);
  const range = document.createRange();
  range.setStart(m.range.startContainer, m.range.startOffset);
  range.setEnd(m.range.endContainer, m.range.endOffset);
  const rect0 = range.getBoundingClientRect();
  if (arg.top) window.scrollBy({ top: rect0.top - 60, behavior: 'instant' });
  else if (rect0.top < 80 || rect0.bottom > window.innerHeight - 80) {
    window.scrollBy({ top: rect0.top - window.innerHeight / 3, behavior: 'instant' });
  }
  const r = range.getClientRects()[0] as DOMRect;
  return { x: r.x, y: r.y, width: r.width, height: r.height, index };
}

/** Where the keyboard walk is: the open card's entity, what our live region says, and whether mention `n` is on screen. */
export function probeWalk(n: number): { entity: string | null; live: string; inView: boolean } {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
    hasHost(): boolean;
    host(): { shadow: ShadowRoot };
    annotator: { getMentions(): { range: AbstractRange }[] };
  };
  const shadow = api.hasHost() ? api.host().shadow : null;
  const el = shadow?.querySelector<HTMLElement>('.floating:not([hidden]):not([aria-hidden="true"]) .card');
  const m = api.annotator.getMentions()[n];
  let inView = false;
  if (m) {
    const range = document.createRange();
    range.setStart(m.range.startContainer, m.range.startOffset);
    range.setEnd(m.range.endContainer, m.range.endOffset);
    const r = range.getBoundingClientRect();
    // (A pixel's rounding allowed: a mention scrolled to the nearest edge can end a fraction past it.)
    inView = r.top >= -1 && r.bottom <= window.innerHeight + 1;
  }
  return {
    entity: el ? (el.dataset.entity ?? '') : null,
    live: shadow?.querySelector('[role=status]')?.textContent ?? '',
    inView,
  };
}

/** The centre of an element of our closed root (null: none), for a real click there. */
export function shadowCentre(selector: string): { x: number; y: number } | null {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
    | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
    | undefined;
  const el = api?.hasHost() ? api.host().shadow.querySelector<HTMLElement>(selector) : null;
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** What has focus in our root, as "class" (empty: nothing). */
export function shadowFocus(): string {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
    | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
    | undefined;
  const el = api?.hasHost() ? (api.host().shadow.activeElement as HTMLElement | null) : null;
  return el ? `${el.tagName.toLowerCase()}.${el.className}` : '';
}

/** How many noted-passage boxes our root holds (0: nothing noted on screen). */
export function noteBoxes(): number {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
    | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
    | undefined;
  return api?.hasHost() ? api.host().shadow.querySelectorAll('.bs-note-mark').length : 0;
}

export interface UiProbe {
  card: { entity: string } | null;
  menuButton: { name: string; expanded: string | null; hasPopup: string | null } | null;
  menuItems: string[];
  /** What has focus in our root: "role or tag:name". */
  focus: string;
  notice: { text: string; buttons: string[] } | null;
}

/** The open card's settings menu, what has focus in our root, and our notice (both browsers' card tests). */
export function probeUi(): UiProbe {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
    hasHost(): boolean;
    host(): { shadow: ShadowRoot };
  };
  const shadow = api.hasHost() ? api.host().shadow : null;
  const card = shadow?.querySelector<HTMLElement>('.floating:not([hidden]):not([aria-hidden="true"]) .card') ?? null;
  const button = card?.querySelector<HTMLElement>('button[aria-haspopup]') ?? null;
  const notice = shadow?.querySelector<HTMLElement>('.notice') ?? null;
  const active = shadow?.activeElement as HTMLElement | null | undefined;
  let focus = '';
  if (active) {
    const name =
      active.getAttribute('aria-label') ?? active.querySelector('.sr')?.textContent ?? active.textContent ?? '';
    focus = `${active.getAttribute('role') ?? active.tagName.toLowerCase()}:${name.trim()}`;
  }
  return {
    card: card ? { entity: card.dataset.entity ?? '' } : null,
    menuButton: button
      ? {
          name: button.querySelector('.sr')?.textContent ?? '',
          expanded: button.getAttribute('aria-expanded'),
          hasPopup: button.getAttribute('aria-haspopup'),
        }
      : null,
    menuItems: [...(card?.querySelectorAll('[role="menu"] [role="menuitem"]') ?? [])].map((e) => e.textContent ?? ''),
    focus,
    notice: notice
      ? {
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
          text: notice.innerText,
          buttons: [...notice.querySelectorAll('button')].map((b) => (b.querySelector('.sr') ?? b).textContent ?? ''),
        }
      : null,
  };
}

export interface TallCardProbe {
  card: Box;
  bodyBox: Box;
  title: Box;
  more: Box;
  moreText: string;
  lastSource: Box;
  cardScrolls: boolean;
  bodyScrolls: boolean;
  scrollTop: number;
  more_: string[];
  fadeAbove: string;
  fadeBelow: string;
  body: { tabIndex: number; role: string | null; label: string | null };
}

/** The open card's layout: its body, header, actions and scroll cue. */
export function probeTallCard(): TallCardProbe | null {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
    hasHost(): boolean;
    host(): { shadow: ShadowRoot };
  };
  const shadow = api.hasHost() ? api.host().shadow : null;
  const card = shadow?.querySelector<HTMLElement>('.floating:not([hidden]):not([aria-hidden="true"]) .card');
  if (!card) return null;
  const box = (el: Element | null | undefined) => {
    const r = el?.getBoundingClientRect() ?? new DOMRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const body = card.querySelector<HTMLElement>('.body');
  const head = card.querySelector<HTMLElement>('.head');
  const foot = card.querySelector<HTMLElement>('.foot');
  const more = card.querySelector<HTMLElement>('button.primary');
  return {
    card: box(card),
    bodyBox: box(body),
    title: box(card.querySelector('h2')),
    more: box(more),
    moreText: more?.textContent ?? '',
    lastSource: box(card.querySelector('.sources li:last-child a')),
    cardScrolls: card.scrollHeight > card.clientHeight + 1,
    bodyScrolls: body ? body.scrollHeight > body.clientHeight + 1 : false,
    scrollTop: body?.scrollTop ?? 0,
    more_: (card.dataset.more ?? '').split(' ').filter(Boolean),
    fadeAbove: head ? getComputedStyle(head, '::after').opacity : '',
    fadeBelow: foot ? getComputedStyle(foot, '::before').opacity : '',
    body: {
      tabIndex: body?.tabIndex ?? -1,
      role: body?.getAttribute('role') ?? null,
      label: body?.getAttribute('aria-label') ?? null,
    },
  };
}

/** Focuses the open card's last header button (the reader tabbing through the card). */
export function focusLastCardTool(): null {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
    host(): { shadow: ShadowRoot };
  };
  const tools = api.host().shadow.querySelectorAll<HTMLElement>('.floating:not([aria-hidden="true"]) .tools button');
  tools[tools.length - 1]?.focus();
  return null;
}

export interface CardWordsProbe {
  entity: string;
  lang: string;
  name: string;
  /** null: no lang attribute of its own (the card's language). */
  nameLang: string | null;
  summaryLang: string | null;
  /** The marker after the summary (empty when there is none). */
  marker: string;
  asOf: string;
  labels: string[];
  /** Each button's aria-label (empty when none) and text. */
  buttons: string[];
}

/** The open card's words and lang attributes, for the interface-language checks of both browsers (null: none open). */
export function probeCardWords(): CardWordsProbe | null {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
    | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
    | undefined;
  if (!api?.hasHost()) return null;
  const el = api.host().shadow.querySelector<HTMLElement>('.floating:not([aria-hidden="true"]) .card');
  if (!el) return null;
  return {
    entity: el.dataset.entity ?? '',
    lang: el.lang,
    name: el.querySelector('h2')?.textContent ?? '',
    nameLang: el.querySelector('h2')?.getAttribute('lang') ?? null,
    summaryLang: el.querySelector('.summary')?.getAttribute('lang') ?? null,
    marker: el.querySelector('.summary .fallback')?.textContent ?? '',
    asOf: el.querySelector('.asof')?.textContent ?? '',
    labels: [...el.querySelectorAll('dt')].map((dt) => dt.textContent ?? ''),
    buttons: [...el.querySelectorAll('button')].map(
      (b) => `${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''}`,
    ),
  };
}
