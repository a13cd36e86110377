/**
 * The every-page gate. Once the page is idle it gives the page one cheap look (region, headline,
 * prefilter). A page that might be the story, or that the reader asks to annotate, gets the engine
 * bundle (detection, matching, highlights, the cards' loader), injected by the background, unless the
 * reader has turned Backstory off here; every other page stops at the look, answers "not the story" to
 * the popup and sidebar, and is looked at again now and then while its DOM keeps changing (single-page
 * apps, live pages). When the article region's own text changes (an app rendering its article after
 * the first look), it looks again as soon as the changes settle, a few times per address; changes
 * elsewhere wait for the back-off. Settings are asked of the background only when they matter: a page
 * that is not the story never sends a message for them (nor wakes the background).
 */
import { onAbort } from '../../core/abort';
import { articleDate } from '../../core/date/article-date';
import type { Anchors } from '../../core/detect/prefilter';
import {
  countScan,
  ENGINE_KEY,
  type EngineHandle,
  GATE_KEY,
  type GateHandoff,
  LOAD_ENGINE,
} from '../../core/messages/engine';
import { ANNOTATE_ANYWAY, PAGE_STATE_CHANGED, PAGE_STATE_REQUEST } from '../../core/messages/names';
import type { PageState } from '../../core/messages/page-state';
import { SETTINGS_REQUEST, settingsChanges } from '../../core/messages/settings';
import { isMessage, listen, send } from '../../core/messages/transport';
import { nextLookDelay } from '../../core/rescan';
import { LEGACY_DISABLED_KEY, offReason, readLegacyDisabled, readSettings, SETTINGS_KEY } from '../../core/settings';
import { dateCandidates, metaIndex } from '../dom/metadata';
import { findArticleRegion } from '../dom/region';
import { changesArticleText } from './article-changes';
import { lookAtPage } from './prefilter-read';

/** How long the article's own text must stop changing before the gate looks again. */
const ARTICLE_SETTLE_MS = 60;
/** Looks per address that article changes may ask for at once (then the back-off applies). */
const ARTICLE_LOOKS = 6;
/** A region with less text than this is an article still to come (an app that has not rendered yet). */
const EMPTY_REGION_CHARS = 200;
/** Until the page is this old (ms since navigation), an empty region means "still loading", not "no story". */
const YOUNG_PAGE_MS = 3000;

export class Gate {
  /** The stored settings values, from the background (kept current; handed to the engine). */
  private readonly handoff: GateHandoff = { stored: {} };
  private settings: Promise<void> | undefined;
  private passed = false;
  private engine: Promise<EngineHandle | null> | undefined;
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastLookAt = 0;
  private lastUrl = location.href;
  /** Looks at the current address (each one waits longer once a page keeps changing: core/rescan.ts). */
  private looksHere = 0;
  private stopped = false;
  private reads = 0;
  /** The first look, waiting for the page to be idle (a question about the page takes it at once). */
  private pendingLook: number | undefined;
  /** The article region the last look found, and whether it held almost no text. */
  private region: Element | undefined;
  private regionEmpty = false;
  /** A look the article's own changes asked for, waiting for them to settle. */
  private articleTimer: ReturnType<typeof setTimeout> | undefined;
  private articleLooks = 0;
  /** Someone was told "scanning": they are told the outcome when the look comes. */
  private owesAnswer = false;
  private owedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly anchors: Anchors) {}

  /** Runs until `signal` aborts (the content script stopping): then stops its looks and any engine. */
  start(signal: AbortSignal): void {
    listen(signal, (message) => this.answer(message));
    onAbort(signal, () => this.stop());
    // Once the page is idle: at document_idle the browser is still busy with the page it just loaded,
    // and the same look measured 3-4x longer there (nytimes-1: 13.6 → 4.0 ms median).
    this.pendingLook = requestIdleCallback(() => this.look(), { timeout: 200 });
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private stop(): void {
    this.stopped = true;
    this.quiet();
    void this.engine?.then((engine) => engine?.stop());
  }

  /**
   * Asks the background for the settings once (content scripts cannot read storage.local in Chrome:
   * background/settings.ts); their changes arrive as messages (onSettingsChanged).
   */
  private readSettings(): Promise<void> {
    this.settings ??= send({ type: SETTINGS_REQUEST })
      .then((values: unknown) => {
        // A change that arrived meanwhile is newer than what was read.
        if (typeof values === 'object' && values !== null) this.handoff.stored = { ...values, ...this.handoff.stored };
      })
      .catch(() => {
        // No answer (the extension was reloaded): defaults.
      });
    return this.settings;
  }

  /** Whether the reader has turned Backstory off here (paused everywhere or off on this site). */
  private off(): 'paused' | 'site' | null {
    const { stored } = this.handoff;
    // A corrupted value: defaults (the popup and options page say so).
    const settings = readSettings(stored[SETTINGS_KEY]);
    return settings ? offReason(settings, readLegacyDisabled(stored[LEGACY_DISABLED_KEY]), location.hostname) : null;
  }

  /** One look at the page; a page that might be the story gets the engine (unless Backstory is off). */
  private look(): void {
    if (this.pendingLook !== undefined) cancelIdleCallback(this.pendingLook);
    this.pendingLook = undefined;
    if (this.stopped || this.engine) return;
    const at = performance.now();
    this.lastLookAt = at;
    if (location.href !== this.lastUrl) {
      this.looksHere = 0;
      this.articleLooks = 0;
    }
    this.looksHere++;
    this.lastUrl = location.href;
    let settings: Promise<void> | undefined;
    try {
      const { passed, region, chars } = lookAtPage(document, this.anchors);
      this.passed = passed;
      this.region = region;
      this.regionEmpty = chars < EMPTY_REGION_CHARS;
      this.handoff.region = passed ? region : undefined;
      // (Inside the measure: the first message costs about a millisecond.)
      if (passed) settings = this.readSettings();
    } finally {
      countScan();
      // One user-timing entry per look, in benchmark builds only (page scripts can read them).
      if (__BACKSTORY_BENCH__) {
        if (++this.reads % 100 === 0) performance.clearMeasures('backstory:scan');
        performance.measure('backstory:scan', { start: at });
      }
    }
    void settings?.then(() => {
      if (!this.stopped && !this.off()) void this.loadEngine();
    });
    if (!this.passed) this.payOwedAnswer();
  }

  /** Tells whoever was answered "scanning" what the look found (a passing look's engine tells itself). */
  private payOwedAnswer(): void {
    if (!this.owesAnswer || this.lookPending()) return;
    this.owesAnswer = false;
    if (this.owedTimer) clearTimeout(this.owedTimer);
    this.owedTimer = undefined;
    send({ type: PAGE_STATE_CHANGED, state: this.state() }).catch(() => {
      // Nobody is listening any more: fine.
    });
  }

  /**
   * Whether a look is on its way that may change the answer: one the article's own changes asked for,
   * or, on a young page whose region is still empty, the look its app's render will ask for.
   */
  private lookPending(): boolean {
    if (this.articleTimer !== undefined) return true;
    return this.regionEmpty && this.articleLooks < ARTICLE_LOOKS && performance.now() < YOUNG_PAGE_MS;
  }

  /** Stops watching the page: the engine watches it from now on. */
  private quiet(): void {
    this.quietLooks();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Cancels the looks still to come. */
  private quietLooks(): void {
    if (this.pendingLook !== undefined) cancelIdleCallback(this.pendingLook);
    this.pendingLook = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.articleTimer) clearTimeout(this.articleTimer);
    this.articleTimer = undefined;
    if (this.owedTimer) clearTimeout(this.owedTimer);
    this.owedTimer = undefined;
  }

  private readonly onMutations = (records: MutationRecord[]): void => {
    // The DOM changed since the look: the engine must find the region itself.
    this.handoff.region = undefined;
    // (The engine is on its way and watches the page itself once it runs.)
    if (this.engine) return;
    if (this.pendingLook !== undefined) return;
    // The article itself changed (an app rendering it): look once the changes settle, a few times.
    const newAddress = location.href !== this.lastUrl;
    if ((newAddress || this.articleLooks < ARTICLE_LOOKS) && changesArticleText(records, this.region)) {
      if (this.articleTimer) clearTimeout(this.articleTimer);
      else if (!newAddress) this.articleLooks++;
      this.articleTimer = setTimeout(() => {
        this.articleTimer = undefined;
        if (this.timer) clearTimeout(this.timer);
        this.timer = undefined;
        this.look();
      }, ARTICLE_SETTLE_MS);
      return;
    }
    if (this.timer || this.articleTimer) return;
    // A new address is a new article (single-page apps): look soon. Otherwise less and less often.
    const sinceLook = performance.now() - this.lastLookAt;
    const wait = nextLookDelay(this.looksHere, sinceLook, location.href !== this.lastUrl);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.look();
    }, wait);
  };

  /** New settings values, sent by the background to every tab. */
  private onSettingsChanged(changes: Record<string, unknown>): void {
    let relevant = false;
    for (const key of [SETTINGS_KEY, LEGACY_DISABLED_KEY]) {
      if (!(key in changes)) continue;
      this.handoff.stored[key] = changes[key];
      relevant = true;
    }
    // Turned back on where the last look passed: the engine now. (Once loaded, it follows changes itself.)
    if (relevant && this.passed && !this.engine && !this.stopped && !this.off()) void this.loadEngine();
  }

  /** Loads the engine bundle once (the background injects it into this frame). */
  private loadEngine(): Promise<EngineHandle | null> {
    this.engine ??= (async () => {
      // The observer stays until the engine runs (it only voids the handed-over region meanwhile).
      this.quietLooks();
      await this.readSettings();
      const global = globalThis as Record<symbol, unknown>;
      global[GATE_KEY] = this.handoff;
      // User timing for the benchmark: the request's own cost on this thread (the first sendMessage
      // costs about a millisecond), apart from the wait for the background.
      const at = performance.now();
      const request = send({ type: LOAD_ENGINE });
      if (__BACKSTORY_BENCH__) performance.measure('backstory:request', { start: at });
      try {
        await request;
      } catch (error) {
        console.error('[Backstory] could not load the engine', error);
      }
      this.quiet();
      this.handoff.region = undefined;
      const engine = (global[ENGINE_KEY] as EngineHandle | undefined) ?? null;
      if (this.stopped) engine?.stop();
      return engine;
    })();
    return this.engine;
  }

  /** The gate's answer, or undefined when the engine (loaded) answers itself. */
  private answer(message: unknown): Promise<unknown> | undefined {
    const changes = settingsChanges(message);
    if (changes) {
      this.onSettingsChanged(changes);
      return undefined;
    }
    if ((globalThis as Record<symbol, unknown>)[ENGINE_KEY]) return undefined;
    // Annotating needs the engine: the gate loads it and passes the request on.
    if (isMessage(message, ANNOTATE_ANYWAY))
      return this.loadEngine().then((engine) => (engine ? engine.annotateAnyway() : this.state()));
    if (!isMessage(message, PAGE_STATE_REQUEST)) return undefined;
    // The settings are on their way while the look runs (it does not need them; the answer does).
    const settings = this.readSettings();
    // The answer must be current: a look still waiting for idle time (or for the back-off) happens now.
    if (this.pendingLook !== undefined || (this.timer && !this.articleTimer)) this.look();
    // (A look that passed has asked for the engine by the time the settings are read.)
    return settings.then(() =>
      this.engine ? this.engine.then((engine) => (engine ? engine.state() : this.state())) : this.state(),
    );
  }

  /**
   * The page state of a page the engine never looked at: not the story (or off), nothing marked; or
   * "scanning" while a look is on its way (whoever asked then hears the outcome).
   */
  private state(): PageState {
    const off = this.off();
    const scanning = !off && !this.engine && this.lookPending();
    if (scanning) this.oweAnswer();
    const status = scanning ? ('scanning' as const) : ('done' as const);
    const base = { version: 1 as const, status, url: location.href, story: null, mentions: [] };
    if (off) return { ...base, articleDate: null, off };
    const region = findArticleRegion(document);
    return { ...base, articleDate: articleDate(dateCandidates(document, region, location.href, metaIndex(document))) };
  }

  private oweAnswer(): void {
    this.owesAnswer = true;
    // A young empty page that never renders an article: the answer is due when it stops being young.
    if (!this.articleTimer && !this.owedTimer)
      this.owedTimer = setTimeout(
        () => {
          this.owedTimer = undefined;
          this.payOwedAnswer();
        },
        Math.max(0, YOUNG_PAGE_MS - performance.now()) + 1,
      );
  }
}
