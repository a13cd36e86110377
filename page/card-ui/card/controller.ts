/**
 * The card's behaviour on the page (Wikipedia Page Previews + WCAG 1.4.13): hover intent (the reader's
 * hover delay, 500 ms by default),
 * a grace period (~300 ms) so the pointer can move into the card, hoverable and persistent while hovered,
 * focused or pinned, Esc to dismiss; keyboard focus on a link that holds a mention; a shortcut to walk
 * through mentions with a live-region announcement; tap to open and tap outside to close on touch.
 * Plain DOM logic: rendering is delegated to `render` (Preact, in the UI bundle).
 */

import type { CardRenderProps, NoticeRenderProps, SiteNotice } from '../../../components/card/types';
import { onAbort } from '../../../core/abort';
import type { CardView } from '../../../core/card/view-model';
import type { Translator } from '../../../core/i18n';
import { mentionAt, mentionInFocus, watchFocus } from '../../dom/hover';
import { KEY_THEN_COMMAND_MS, navDirection } from '../../dom/keys';
import type { CardIntent, PageApi } from '../../engine/features/feature';
import { followRange } from './position';

const HIDE_DELAY_MS = 300;
/** Focus on a link that contains a mention shows its card a little sooner than hover does. */
const FOCUS_DELAY_MS = 150;
/** How long a new live region stands before its first announcement (see resume). */
const LIVE_REGION_SETTLE_MS = 100;
/** A hover delay shorter than this leaves no time to warm the first card up first (see warmUp). */
const WARM_UP_MIN_DELAY_MS = 50;
/**
 * How long the notice after "Turn off on this site" (and after its Undo) stays while the reader is
 * neither pointing at it nor focused in it; it never goes while they are.
 */
const NOTICE_MS = { off: 12_000, on: 5_000 } as const;

export type OpenReason = 'hover' | 'focus' | 'keyboard' | 'tap';

/** A button's action, taken only from the reader's own click (or Enter, Space), never from a script's. */
function byReader(action: () => void): (e: Event) => void {
  return (e) => {
    if (e.isTrusted) action();
  };
}

export interface CardControllerOptions {
  api: PageApi;
  /** The card for an entity at this page's article date (null: not in the dataset). */
  viewFor(entityId: string): CardView | null;
  /** The card's words in the reader's card language right now. */
  translator(): Translator;
  /** Renders the card (or nothing) into `into`. */
  renderCard(into: HTMLElement, props: CardRenderProps | null): void;
  /** Renders the live region's message into `into`. */
  renderLive(into: HTMLElement, message: string): void;
  /** Renders the notice after turning the site off (or nothing) into `into`. */
  renderNotice(into: HTMLElement, props: NoticeRenderProps | null): void;
  openSidebar(entityId: string): void;
  /** Turns Backstory off on this site (the marks go once the setting is stored). */
  disableSite(): void;
  /** Undoes disableSite: Backstory is on again on this site. */
  enableSite(): void;
}

interface Open {
  index: number;
  entityId: string;
  range: AbstractRange;
  reason: OpenReason;
}

export class CardController {
  private readonly root: HTMLElement;
  private readonly floating: HTMLElement;
  private readonly live: HTMLElement;
  /** Where the notice after "Turn off on this site" is drawn (ours, never the page's). */
  private readonly noticeBox: HTMLElement;
  private current: Open | null = null;
  private pinned = false;
  private menuOpen = false;
  private notice: SiteNotice | null = null;
  /** Where focus goes back to when the notice goes (it had focus). */
  private noticeReturnFocus: HTMLElement | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private hoveringNotice = false;
  /** Watches the open card's body for the scroll cue (see updateScrollCue). */
  private readonly bodyObserver: ResizeObserver | null;
  private observedBody: Element | null = null;
  /** Whether a card has been laid out on this page yet (see warmUp), and the warm-up waiting for idle time. */
  private warmedUp = false;
  private pendingWarmUp: number | undefined;
  private hoveringCard = false;
  /** The mention under the pointer right now (from hover detection). */
  private pointerMention: number | null = null;
  /** Where focus was before the reader moved into the card (restored on Esc). */
  private returnFocus: HTMLElement | null = null;
  private navIndex = -1;
  /** A mouse button is held down (a selection drag): hover intent waits. */
  private buttonDown = false;
  private lastKeyNavAt = 0;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  /** Mention steps pressed before this bundle arrived, taken once the live region has settled (resume). */
  private pendingSteps: (1 | -1)[] = [];
  private pendingStepsTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private stopFollowing: (() => void) | undefined;

  /** Everything the controller starts stops when `signal` aborts (the card UI bundle stopping). */
  constructor(
    private readonly options: CardControllerOptions,
    private readonly shadow: ShadowRoot,
    signal: AbortSignal,
  ) {
    this.root = document.createElement('div');
    this.root.className = 'root';
    this.floating = document.createElement('div');
    this.floating.className = 'floating';
    this.floating.hidden = true;
    this.live = document.createElement('div');
    this.noticeBox = document.createElement('div');
    this.root.append(this.floating, this.live, this.noticeBox);
    shadow.append(this.root);
    options.renderLive(this.live, '');
    this.bodyObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.updateScrollCue()) : null;

    // Keep the card's own events to ourselves: the page's key and click handlers never see them.
    // (Only the reader's own events act: a script's never reach here, see page/engine/ui-host.ts.)
    for (const type of ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
      this.root.addEventListener(
        type,
        (e) => {
          if (type === 'keydown' && e.isTrusted) this.onCardKeyDown(e as KeyboardEvent);
          if (type === 'pointerdown' && e.isTrusted) this.onOwnPointerDown(e);
          e.stopPropagation();
        },
        { signal },
      );
    }
    this.listenToOwnBoxes(signal);
    this.listenToPage(signal);
    onAbort(signal, () => this.destroy());
  }

  /** The card's and the notice's own pointer and focus: hover intent, and when they may go. */
  private listenToOwnBoxes(signal: AbortSignal): void {
    // The body scrolls: the cue follows (scroll events do not bubble, so listen while they go down).
    this.floating.addEventListener('scroll', () => this.updateScrollCue(), { capture: true, signal });
    followPointerAndFocus(
      this.noticeBox,
      (over) => {
        this.hoveringNotice = over;
        if (over) this.clearNoticeTimer();
      },
      () => this.scheduleNoticeEnd(),
      signal,
    );
    followPointerAndFocus(
      this.floating,
      (over) => {
        this.hoveringCard = over;
        if (over) this.clearHide();
      },
      () => this.scheduleHide(),
      signal,
    );
  }

  /** The page's side: the mention under the pointer, focus, rescans, and the reader's keys and presses. */
  private listenToPage(signal: AbortSignal): void {
    const { api } = this.options;
    const annotator = api.annotator;
    const isOwn = (node: Node) => api.hasHost() && (node === api.host().element || api.host().element.contains(node));
    api.hover.subscribe((i, since) => this.onPointerMention(i, since), signal);
    watchFocus(
      () => annotator.getHitTarget(),
      isOwn,
      (i, el) => this.onPageFocus(i, el),
      signal,
    );
    annotator.subscribe(() => this.onRescan(), signal);
    const options = { capture: true, signal };
    document.addEventListener('keydown', (e) => this.onDocumentKeyDown(e), options);
    document.addEventListener('pointerdown', (e) => this.onDocumentPointerDown(e), options);
    const onPointerUp = (e: PointerEvent) => {
      if (e.isTrusted) this.buttonDown = false;
    };
    document.addEventListener('pointerup', onPointerUp, options);
    document.addEventListener('pointercancel', onPointerUp, options);
  }

  /**
   * Picks up what the reader started before this bundle arrived (it loads at the first intent, see
   * page/engine/features/card-ui-loader.ts): the key or tap that asked for it, else the mention under the
   * pointer or inside the focused element.
   */
  resume(intent: CardIntent | undefined): void {
    if (intent?.kind === 'nav') {
      // The live region was just created: a screen reader hears a change to it only once it has noticed it.
      // Every press made while the bundle loaded is a step (a press meanwhile takes them first, see step).
      this.pendingSteps = [...intent.directions];
      this.pendingStepsTimer = setTimeout(() => this.takePendingSteps(), LIVE_REGION_SETTLE_MS);
      return;
    }
    if (intent?.kind === 'tap') {
      this.open(intent.index, 'tap');
      return;
    }
    const { api } = this.options;
    const { mention, since } = api.hover.current();
    if (mention !== null) {
      this.onPointerMention(mention, since);
      return;
    }
    const focused = document.activeElement;
    if (!focused || (api.hasHost() && api.host().element.contains(focused))) return;
    const inFocus = mentionInFocus(api.annotator.getHitTarget(), focused);
    if (inFocus !== null) this.onPageFocus(inFocus, focused);
  }

  /** The entity whose card is open, if any (for tests and the sidebar). */
  get openEntity(): string | null {
    return this.current?.entityId ?? null;
  }

  /** What stays when the listeners go: timers, the open card, the notice, our elements. */
  private destroy(): void {
    clearTimeout(this.pendingStepsTimer);
    this.pendingSteps = [];
    if (this.pendingWarmUp !== undefined) (globalThis.cancelIdleCallback ?? clearTimeout)(this.pendingWarmUp);
    this.close(false);
    this.clearNoticeTimer();
    this.options.renderNotice(this.noticeBox, null);
    this.notice = null;
    this.bodyObserver?.disconnect();
    this.root.remove();
  }

  // ─── pointer ────────────────────────────────────────────────────────────────

  private onPointerMention(i: number | null, since: number): void {
    this.pointerMention = i;
    this.clearShow();
    if (i !== null) {
      if (this.current?.index === i) {
        this.clearHide();
        return;
      }
      // Pinned, or the reader is dragging a selection across the text: no new card.
      if (this.pinned || this.buttonDown) return;
      // Hover intent counts from when the pointer reached the mention, not from the hit-test's frame.
      const delay = Math.max(0, this.options.api.settings().hoverDelayMs - (performance.now() - since));
      this.showTimer = setTimeout(() => this.open(i, 'hover'), delay);
      if (delay >= WARM_UP_MIN_DELAY_MS) this.scheduleWarmUp(i, delay / 2);
    } else if (this.current && this.current.reason !== 'keyboard' && this.current.reason !== 'focus') {
      this.scheduleHide();
    }
  }

  private onDocumentPointerDown(e: PointerEvent): void {
    // A page's script can make pointer events anywhere: only the reader's own open or close a card.
    if (!e.isTrusted) return;
    if (e.pointerType === 'mouse') this.buttonDown = true;
    if (this.isOwnEvent(e)) return;
    if (this.menuOpen) this.setMenu(false, false);
    const target = this.options.api.annotator.getHitTarget();
    const i = target ? mentionAt(target, e.clientX, e.clientY) : null;
    if (i !== null && e.pointerType !== 'mouse') {
      // Touch and pen: a tap on a mention opens its card at once (no hover on touch screens).
      this.clearShow();
      this.open(i, 'tap');
      return;
    }
    if (i !== null && i === this.current?.index) return;
    if (this.current && !this.pinned) this.close(false);
  }

  // ─── focus ──────────────────────────────────────────────────────────────────

  private onPageFocus(i: number | null, el: Element | null): void {
    if (i === null) {
      if (this.current?.reason === 'focus' && !this.pinned) this.scheduleHide();
      return;
    }
    if (this.pinned || this.current?.index === i) return;
    this.clearShow();
    this.showTimer = setTimeout(() => {
      this.returnFocus = el instanceof HTMLElement ? el : null;
      this.open(i, 'focus');
    }, FOCUS_DELAY_MS);
    this.scheduleWarmUp(i, FOCUS_DELAY_MS / 2);
  }

  // ─── keyboard ───────────────────────────────────────────────────────────────

  private onDocumentKeyDown(e: KeyboardEvent): void {
    // A page's script can make key events: only the reader's own keys walk, close or enter a card.
    if (!e.isTrusted || this.isOwnEvent(e)) return;
    const direction = navDirection(e);
    if (direction) {
      e.preventDefault();
      e.stopPropagation();
      this.lastKeyNavAt = performance.now();
      this.step(direction);
      return;
    }
    if (!this.current) {
      // Esc on the page also puts our notice away (it never takes the key from the page).
      if (e.key === 'Escape' && this.notice) this.dismissNotice();
      return;
    }
    if (e.key === 'Escape') {
      this.close(true);
      return;
    }
    if (e.key === 'Tab' && !e.shiftKey && (this.current.reason === 'keyboard' || this.current.reason === 'focus')) {
      // Tab moves into the card that keyboard navigation opened.
      e.preventDefault();
      this.focusCard();
    }
  }

  private onCardKeyDown(e: KeyboardEvent): void {
    const target = e.target as Node | null;
    if (target && this.noticeBox.contains(target)) {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.dismissNotice();
      }
      return;
    }
    if (this.onMenuKeyDown(e)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close(true);
      return;
    }
    const direction = navDirection(e);
    if (direction) {
      e.preventDefault();
      this.lastKeyNavAt = performance.now();
      this.step(direction);
    }
  }

  /** From the browser's command (background forwards it); ignored right after the same key was handled here. */
  command(direction: 1 | -1): void {
    if (performance.now() - this.lastKeyNavAt < KEY_THEN_COMMAND_MS) return;
    this.step(direction);
  }

  /** Moves to the next (1) or previous (-1) mention, after any steps pressed before the bundle arrived. */
  step(direction: 1 | -1): void {
    this.takePendingSteps();
    this.walk(direction);
  }

  private takePendingSteps(): void {
    clearTimeout(this.pendingStepsTimer);
    this.pendingStepsTimer = undefined;
    for (const direction of this.pendingSteps.splice(0)) this.walk(direction);
  }

  /** One step to the next (1) or previous (-1) mention: scrolls it into view, opens its card, announces it. */
  private walk(direction: 1 | -1): void {
    const mentions = this.options.api.annotator.getMentions();
    const n = mentions.length;
    const tr = this.options.translator();
    if (n === 0) {
      this.announce(tr.t('cardNoMentions'));
      return;
    }
    // Carry on from the open card, or from the last mention visited while it is still on screen;
    // otherwise start from what the reader is looking at.
    const last =
      this.navIndex >= 0 && this.navIndex < n && onScreen(mentions[this.navIndex]!.range) ? this.navIndex : -1;
    const from = this.current?.index ?? last;
    const next = from < 0 ? firstInView(mentions, direction) : (from + direction + n) % n;
    const mention = mentions[next];
    if (!mention) return;
    if (!this.inCard()) {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body) this.returnFocus = active;
    }
    this.pinned = false;
    this.navIndex = next;
    scrollRangeIntoView(mention.range);
    this.open(next, 'keyboard');
    const view = this.options.viewFor(mention.entityId);
    const name = view ? `${view.name}, ${view.kindLabel.toLocaleLowerCase(tr.language)}` : mention.text;
    this.announce(tr.t('cardMentionNav', { index: next + 1, count: n, name }));
  }

  private announce(message: string): void {
    // Clear first so the same text twice is announced twice.
    this.options.renderLive(this.live, '');
    setTimeout(() => this.options.renderLive(this.live, message), 30);
  }

  // ─── open / close ───────────────────────────────────────────────────────────

  open(index: number, reason: OpenReason): void {
    const mention = this.options.api.annotator.getMentions()[index];
    if (!mention) return;
    const view = this.options.viewFor(mention.entityId);
    if (!view) return;
    this.clearShow();
    this.clearHide();
    const same = this.current?.index === index && this.current.range === mention.range;
    const keepFocus = this.inCard() && same;
    this.current = { index, entityId: mention.entityId, range: mention.range, reason };
    // (A real card compiles and resolves everything a warm-up would.)
    this.warmedUp = true;
    if (!same) {
      this.pinned = reason === 'keyboard' ? false : this.pinned;
      this.menuOpen = false;
    }
    this.render();
    this.options.api.annotator.highlights.setActive(mention.range);
    if (!same) {
      this.stopFollowing?.();
      this.floating.hidden = false;
      this.floating.style.visibility = 'hidden';
      this.stopFollowing = followRange(mention.range, this.floating, () => this.cardElement());
      const card = this.cardElement();
      if (card) {
        card.classList.add('entering');
        requestAnimationFrame(() => card.classList.remove('entering'));
      }
    }
    if (!keepFocus && this.inCard()) this.focusCard();
  }

  close(restoreFocus: boolean): void {
    this.clearShow();
    this.clearHide();
    if (!this.current) return;
    const hadFocus = this.inCard();
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.current = null;
    this.pinned = false;
    this.menuOpen = false;
    this.observeBody(null);
    this.hoveringCard = false;
    this.options.renderCard(this.floating, null);
    this.floating.hidden = true;
    this.options.api.annotator.highlights.setActive(null);
    // Focus was in the card: give it back to where the reader was (Esc, close button, disable).
    if (hadFocus) {
      if (this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
      else if (restoreFocus) (document.activeElement as HTMLElement | null)?.blur?.();
      this.returnFocus = null;
    }
  }

  /**
   * Lays the card about to open out off-screen, once per page, while the first hover or focus delay
   * runs: inside our shadow root and positioned by the same code as a real card, so the real card finds
   * the view model, the components, the card's styles and fonts, and floating-ui already compiled and
   * resolved (measured: the first card's positioning took 14-20 ms cold, most of hover → card beyond the
   * delay). Not at page load: there it cost every story page about 35 ms of main-thread work and four
   * forced layouts (story-en-long), whether or not the reader ever hovers.
   */
  private scheduleWarmUp(index: number, within: number): void {
    if (this.warmedUp || this.pendingWarmUp !== undefined) return;
    // In idle time within the delay: not in the pointer event's own task, while the pointer still moves.
    const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 0));
    this.pendingWarmUp = idle(
      () => {
        this.pendingWarmUp = undefined;
        this.warmUp(index);
      },
      { timeout: within },
    ) as number;
  }

  private warmUp(index: number): void {
    if (this.warmedUp || this.current) return;
    const mention = this.options.api.annotator.getMentions()[index];
    const view = mention ? this.options.viewFor(mention.entityId) : null;
    if (!mention || !view) return;
    this.warmedUp = true;
    const scratch = document.createElement('div');
    scratch.className = 'floating';
    scratch.style.visibility = 'hidden';
    scratch.setAttribute('aria-hidden', 'true');
    scratch.inert = true;
    this.root.append(scratch);
    const noop = () => {};
    this.options.renderCard(scratch, {
      view,
      tr: this.options.translator(),
      pinned: false,
      menuOpen: false,
      onPin: noop,
      onClose: noop,
      onMore: noop,
      onMenu: noop,
      onDisableSite: noop,
    });
    const stop = followRange(mention.range, scratch, () => scratch.querySelector<HTMLElement>('.card'), false);
    setTimeout(() => {
      stop();
      this.options.renderCard(scratch, null);
      scratch.remove();
    }, 0);
  }

  private render(): void {
    const current = this.current;
    const view = current ? this.options.viewFor(current.entityId) : null;
    if (!current || !view) {
      this.options.renderCard(this.floating, null);
      return;
    }
    this.options.renderCard(this.floating, {
      view,
      tr: this.options.translator(),
      pinned: this.pinned,
      menuOpen: this.menuOpen,
      onPin: byReader(() => {
        this.pinned = !this.pinned;
        this.render();
      }),
      onClose: byReader(() => this.close(true)),
      onMore: byReader(() => this.options.openSidebar(current.entityId)),
      onMenu: byReader(() => this.setMenu(!this.menuOpen, true)),
      onDisableSite: byReader(() => this.turnOffSite()),
    });
    // The cue follows the body's size from the observer (after layout: no forced layout here).
    this.observeBody(this.cardElement()?.querySelector('.body') ?? null);
    if (!this.bodyObserver) this.updateScrollCue();
  }

  // ─── the card's settings menu ───────────────────────────────────────────────

  /** Opens or closes the menu; `moveFocus`: into its first item when it opens, back to its button when it closes. */
  private setMenu(open: boolean, moveFocus: boolean, last = false): void {
    if (!this.current || open === this.menuOpen) return;
    const focusWasInMenu = this.menuItems().includes(this.shadow.activeElement as HTMLElement);
    this.menuOpen = open;
    this.render();
    if (open && moveFocus) {
      const items = this.menuItems();
      (last ? items.at(-1) : items[0])?.focus({ preventScroll: true });
    } else if (!open && (moveFocus || focusWasInMenu)) this.menuButton()?.focus({ preventScroll: true });
  }

  /** The menu's keys (the WAI-ARIA menu button pattern); true when the key was the menu's. */
  private onMenuKeyDown(e: KeyboardEvent): boolean {
    const target = e.target as HTMLElement | null;
    const items = this.menuItems();
    const at = items.indexOf(target as HTMLElement);
    if (target && target === this.menuButton() && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      if (this.menuOpen) (e.key === 'ArrowUp' ? items.at(-1) : items[0])?.focus({ preventScroll: true });
      else this.setMenu(true, true, e.key === 'ArrowUp');
      return true;
    }
    if (!this.menuOpen) return false;
    if (e.key === 'Escape') {
      // Esc closes the menu first, the card at the next press.
      e.preventDefault();
      this.setMenu(false, true);
      return true;
    }
    if (at === -1) return false;
    const n = items.length;
    const move: Record<string, number> = { ArrowDown: (at + 1) % n, ArrowUp: (at - 1 + n) % n, Home: 0, End: n - 1 };
    if (e.key in move) {
      e.preventDefault();
      items[move[e.key] as number]?.focus({ preventScroll: true });
      return true;
    }
    if (e.key === 'Tab') {
      e.preventDefault();
      this.setMenu(false, true);
      return true;
    }
    return false;
  }

  /** A press inside our UI but outside the open menu closes the menu. */
  private onOwnPointerDown(e: Event): void {
    if (!this.menuOpen) return;
    const target = e.target as Node | null;
    const menu = this.cardElement()?.querySelector('.menu');
    const button = this.menuButton();
    if (target && (menu?.contains(target) || button?.contains(target))) return;
    this.setMenu(false, false);
  }

  private menuButton(): HTMLElement | null {
    return this.cardElement()?.querySelector<HTMLElement>('.menu-button') ?? null;
  }

  private menuItems(): HTMLElement[] {
    return [...(this.cardElement()?.querySelectorAll<HTMLElement>('.menu [role="menuitem"]') ?? [])];
  }

  // ─── turning off on this site, and its notice ───────────────────────────────

  /**
   * "Turn off on this site" (from the card's menu): the card closes, the marks go once the setting is
   * stored, and our notice says so, with Undo and where to turn it on again later (the toolbar popup).
   * Focus, when it was in the card, moves to Undo.
   */
  private turnOffSite(): void {
    const hadFocus = this.inCard();
    const back = this.returnFocus;
    // (Focus goes to the notice, not back to the page.)
    this.returnFocus = null;
    this.options.disableSite();
    this.close(false);
    this.showNotice('off', hadFocus);
    this.noticeReturnFocus = hadFocus && back?.isConnected ? back : null;
  }

  private undoTurnOff(): void {
    if (this.notice?.state !== 'off') return;
    this.options.enableSite();
    const hadFocus = this.inNotice();
    this.showNotice('on', hadFocus);
    // (Undo is gone from under focus: Dismiss has it, and the live region says what happened.)
    this.announce(this.options.translator().t('cardSiteOnAgain', { host: this.notice.host }));
  }

  private showNotice(state: SiteNotice['state'], focus: boolean): void {
    this.notice = { state, host: siteHost() };
    this.renderNotice();
    if (focus) this.noticeBox.querySelector<HTMLElement>(state === 'off' ? '.undo' : '.dismiss')?.focus();
    else if (state === 'off') this.announce(this.options.translator().t('cardSiteOff', { host: this.notice.host }));
    this.scheduleNoticeEnd();
  }

  private renderNotice(): void {
    const notice = this.notice;
    this.options.renderNotice(
      this.noticeBox,
      notice && {
        notice,
        tr: this.options.translator(),
        onUndo: byReader(() => this.undoTurnOff()),
        onDismiss: byReader(() => this.dismissNotice()),
      },
    );
  }

  /** Puts the notice away; focus, if it was there, goes back to where the reader was before the card. */
  private dismissNotice(): void {
    if (!this.notice) return;
    const hadFocus = this.inNotice();
    const back = this.noticeReturnFocus;
    this.clearNoticeTimer();
    this.notice = null;
    this.noticeReturnFocus = null;
    this.hoveringNotice = false;
    this.options.renderNotice(this.noticeBox, null);
    if (!hadFocus) return;
    if (back?.isConnected) back.focus({ preventScroll: true });
    else (this.shadow.activeElement as HTMLElement | null)?.blur?.();
  }

  /** The notice goes after a while, never while the reader points at it or is focused in it. */
  private scheduleNoticeEnd(): void {
    this.clearNoticeTimer();
    const notice = this.notice;
    if (!notice) return;
    this.noticeTimer = setTimeout(() => {
      this.noticeTimer = undefined;
      if (this.hoveringNotice || this.inNotice()) return;
      this.dismissNotice();
    }, NOTICE_MS[notice.state]);
  }

  private clearNoticeTimer(): void {
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    this.noticeTimer = undefined;
  }

  private inNotice(): boolean {
    const active = this.shadow.activeElement;
    return Boolean(active && this.noticeBox.contains(active));
  }

  // ─── the body's scroll cue ──────────────────────────────────────────────────

  private observeBody(body: Element | null): void {
    if (body === this.observedBody) return;
    if (this.observedBody) this.bodyObserver?.unobserve(this.observedBody);
    this.observedBody = body;
    if (body) this.bodyObserver?.observe(body);
  }

  /**
   * A card taller than the room beside its mention scrolls its body between the header and the actions:
   * marks the edges it continues past (`data-more`: the fade and line in the stylesheet), and makes the
   * body a named, focusable region so the keyboard can scroll it. A body that fits is neither.
   */
  private updateScrollCue(): void {
    const card = this.cardElement();
    const body = card?.querySelector<HTMLElement>('.body');
    if (!card || !body) return;
    const scrollable = body.scrollHeight > body.clientHeight + 1;
    const more = [
      ...(scrollable && body.scrollTop > 1 ? ['above'] : []),
      ...(scrollable && body.scrollTop + body.clientHeight < body.scrollHeight - 1 ? ['below'] : []),
    ].join(' ');
    if (more) card.dataset.more = more;
    else delete card.dataset.more;
    if (scrollable) {
      body.tabIndex = 0;
      body.setAttribute('role', 'region');
      body.setAttribute('aria-label', this.options.translator().t('cardDetails'));
    } else if (body.hasAttribute('tabindex')) {
      body.removeAttribute('tabindex');
      body.removeAttribute('role');
      body.removeAttribute('aria-label');
    }
  }

  /** Draws the open card again (the card language changed): same card, same place, same focus. */
  refresh(): void {
    if (this.current) {
      this.render();
      this.updateScrollCue();
    }
    if (this.notice) this.renderNotice();
  }

  private scheduleHide(): void {
    this.clearHide();
    if (!this.current || this.pinned) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      if (!this.current || this.pinned || this.hoveringCard || this.inCard()) return;
      if (this.pointerMention === this.current.index) return;
      this.close(false);
    }, HIDE_DELAY_MS);
  }

  private onRescan(): void {
    const current = this.current;
    if (!current) return;
    const mentions = this.options.api.annotator.getMentions();
    const same = (r: AbstractRange) =>
      r.startContainer === current.range.startContainer && r.startOffset === current.range.startOffset;
    const index = mentions.findIndex((m) => m.entityId === current.entityId && same(m.range));
    if (index === -1) this.close(false);
    else this.current = { ...current, index, range: mentions[index]!.range };
  }

  // ─── helpers ────────────────────────────────────────────────────────────────

  private cardElement(): HTMLElement | null {
    return this.floating.querySelector<HTMLElement>('.card');
  }

  private inCard(): boolean {
    const active = this.shadow.activeElement;
    return Boolean(active && this.floating.contains(active));
  }

  private focusCard(): void {
    const card = this.cardElement();
    if (!card) return;
    const first = card.querySelector<HTMLElement>('a[href], button');
    (first ?? card).focus({ preventScroll: true });
  }

  private isOwnEvent(e: Event): boolean {
    const { api } = this.options;
    return api.hasHost() && e.composedPath().includes(api.host().element);
  }

  private clearShow(): void {
    if (this.showTimer) clearTimeout(this.showTimer);
    this.showTimer = undefined;
  }

  private clearHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }
}

/** This site as "Turn off on this site" names it (the host without www.). */
function siteHost(): string {
  return location.hostname.replace(/^www\./, '');
}

function rectOf(r: AbstractRange): DOMRect | null {
  try {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.getBoundingClientRect();
  } catch {
    return null;
  }
}

function onScreen(r: AbstractRange): boolean {
  const rect = rectOf(r);
  return Boolean(rect && rect.bottom > 0 && rect.top < window.innerHeight);
}

/** Going forward: the first mention not above the viewport; going back: the last one not below it. */
function firstInView(mentions: readonly { range: AbstractRange }[], direction: 1 | -1): number {
  const n = mentions.length;
  if (direction > 0) {
    for (let i = 0; i < n; i++) if ((rectOf(mentions[i]!.range)?.bottom ?? -1) > 0) return i;
    return 0;
  }
  for (let i = n - 1; i >= 0; i--) if ((rectOf(mentions[i]!.range)?.top ?? Infinity) < window.innerHeight) return i;
  return n - 1;
}

/** Scrolls the page (and any scrolling box around the mention) so the mention sits in view. */
function scrollRangeIntoView(r: AbstractRange): void {
  const start = r.startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  const range = document.createRange();
  try {
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
  } catch {
    return;
  }
  const inView = (rect: DOMRect) => rect.top >= 0 && rect.bottom <= window.innerHeight && rect.height > 0;
  if (inView(range.getBoundingClientRect())) return;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = range.getBoundingClientRect();
  if (!inView(rect)) window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' });
}

/**
 * The reader's pointer entering and leaving `box` (`hovering`), and the box losing the pointer or the
 * focus to something outside it (`left`: it may go), until `signal` aborts.
 */
function followPointerAndFocus(
  box: HTMLElement,
  hovering: (over: boolean) => void,
  left: () => void,
  signal: AbortSignal,
): void {
  box.addEventListener(
    'pointerenter',
    (e) => {
      if (e.isTrusted) hovering(true);
    },
    { signal },
  );
  box.addEventListener(
    'pointerleave',
    (e) => {
      if (!e.isTrusted) return;
      hovering(false);
      left();
    },
    { signal },
  );
  box.addEventListener(
    'focusout',
    (e) => {
      const next = e.relatedTarget as Node | null;
      if (!next || !box.contains(next)) left();
    },
    { signal },
  );
}
