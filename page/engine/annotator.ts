/**
 * Runs Backstory on one page: reads the article, has it analysed (detection and matching run in the
 * background, page/engine/analyzer.ts), paints mentions, keeps up with DOM changes, and answers for the page
 * state. DOM logic only; UI lives elsewhere and subscribes.
 */

import { onAbort } from '../../core/abort';
import type { ArticleText } from '../../core/analysis';
import { PREFILTER_TEXT_LIMIT } from '../../core/detect/prefilter';
import type { EntityKindCode } from '../../core/match/match-index';
import type { AnalysisReply } from '../../core/messages/analysis';
import { countScan } from '../../core/messages/engine';
import type { PageState } from '../../core/messages/page-state';
import { nextLookDelay, SETTLE_MS } from '../../core/rescan';
import { locate, type RegionText } from '../dom/extract';
import { Highlighter } from '../dom/highlighter';
import type { HitTarget } from '../dom/hover';
import type { Analyzer } from './analyzer';
import { DEFAULT_VIEW, type MentionView, selectMentions } from './mention-view';
import { readArticle, readWhole } from './read-article';

export interface PageMention {
  entityId: string;
  entityIndex: number;
  kind: EntityKindCode;
  text: string;
  range: StaticRange;
}

/** The longest a rescan of a story page waits for DOM changes to settle (live pages). */
const MAX_WAIT_MS = 90;
/**
 * A story page whose article keeps changing (a live counter, a ticking clock) is rescanned at once only
 * this many times in a row; then each rescan waits twice as long as the last, up to BUSY_MAX_WAIT_MS.
 * A quiet spell of BUSY_QUIET_MS starts again.
 */
const BUSY_SCANS = 5;
const BUSY_FIRST_WAIT_MS = 125;
const BUSY_MAX_WAIT_MS = 4000;
const BUSY_QUIET_MS = 2000;

export class Annotator {
  private readonly highlighter = new Highlighter();
  private mentions: PageMention[] = [];
  private regionText: RegionText | null = null;
  /** The article region of the last scan. */
  private region: Element | null = null;
  private state: PageState;
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stateKey: string | undefined;
  private firstDirtyAt = 0;
  private lastScanAt = 0;
  private lastUrl = location.href;
  /** Scans at the current address (pages that are not the story wait longer and longer: core/rescan.ts). */
  private scansHere = 0;
  private forced = false;
  private scans = 0;
  private hitTarget: HitTarget | null = null;
  private readonly listeners = new Set<(state: PageState) => void>();
  /** Listeners hear of a new state in a task of their own (see apply). */
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  /** The reader's settings (page/engine/features/settings.ts) and the unfiltered last scan they apply to. */
  private view: MentionView = DEFAULT_VIEW;
  private started = false;
  private raw: { state: PageState; mentions: PageMention[] } | null = null;
  /** The analysis in flight, if any; a newer scan makes an older one's answer moot. */
  private pending: Promise<void> | undefined;
  private generation = 0;
  /** The last analysis and what it was of: the same text again needs no new analysis. */
  private analysed: { key: string; reply: AnalysisReply; nodes: Text[] } | undefined;
  /** Rescans that followed one another closely on this story page (the back-off's count). */
  private busyScans = 0;

  constructor(
    private readonly analyzer: Analyzer,
    /** Our UI host, whose changes must never trigger a rescan. */
    private readonly isOwnNode: (node: Node) => boolean = () => false,
    /** The region the gate found for the DOM as it is now, if it did (the first scan starts from it). */
    private handedRegion?: Element,
  ) {
    this.state = { version: 1, status: 'scanning', url: location.href, articleDate: null, story: null, mentions: [] };
  }

  getState(): PageState {
    return this.state;
  }

  /** The page state once the analysis in flight (and any that follows it) has been applied. */
  settled(): Promise<PageState> {
    const pending = this.pending;
    return pending
      ? pending.then(() => (this.pending === pending ? this.state : this.settled()))
      : Promise.resolve(this.state);
  }

  /** The text the last scan read (nodes and offsets), for features that anchor into the article. */
  getRegionText(): RegionText | null {
    return this.regionText;
  }

  getMentions(): readonly PageMention[] {
    return this.mentions;
  }

  getHitTarget(): HitTarget | null {
    return this.hitTarget;
  }

  get highlights(): Highlighter {
    return this.highlighter;
  }

  /** Calls `listener` with each new state until `signal` aborts. */
  subscribe(listener: (state: PageState) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.listeners.add(listener);
    onAbort(signal, () => this.listeners.delete(listener));
  }

  start(): void {
    this.started = true;
    if (this.view.off) return;
    this.scan();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Annotate this page even though it was not detected as the story (the reader asked). */
  annotateAnyway(): void {
    this.forced = true;
    this.scan();
  }

  /** Applies the reader's settings to this page without a reload (off, kinds, first only, style). */
  configure(change: Partial<MentionView>): void {
    const was = this.view;
    this.view = { ...was, ...change };
    this.highlighter.setStyle(this.view.style);
    if (this.view.off) {
      this.generation++;
      this.analysed = undefined;
      this.observer?.disconnect();
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      const off = this.view.off === 'pending' ? {} : { off: this.view.off };
      const status = this.view.off === 'pending' ? ('scanning' as const) : ('done' as const);
      this.apply({ version: 1, status, url: location.href, articleDate: null, story: null, mentions: [], ...off }, []);
      this.raw = null;
    } else if (was.off) {
      if (this.started) this.start();
    } else if (this.raw) this.apply(this.raw.state, this.raw.mentions);
  }

  stop(): void {
    this.generation++;
    this.analysed = undefined;
    this.observer?.disconnect();
    if (this.timer) clearTimeout(this.timer);
    this.highlighter.clear();
    this.listeners.clear();
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.notifyTimer = undefined;
    // Nothing is marked any more: hover and keyboard paths must find nothing.
    this.mentions = [];
    this.hitTarget = null;
  }

  /** A change inside our host, or adding or removing the host itself (whose target is the page's root). */
  private isOwn(r: MutationRecord): boolean {
    if (this.isOwnNode(r.target)) return true;
    if (r.type !== 'childList' || r.addedNodes.length + r.removedNodes.length === 0) return false;
    for (const n of r.addedNodes) if (!this.isOwnNode(n)) return false;
    for (const n of r.removedNodes) if (!this.isOwnNode(n)) return false;
    return true;
  }

  private onMutations(records: MutationRecord[]): void {
    if (records.every((r) => this.isOwn(r))) return;
    const onStory = this.state.story !== null || this.forced;
    const urlChanged = location.href !== this.lastUrl;
    // On a story page only the article matters: changes elsewhere (ads, menus, comments) cost nothing.
    const region = this.region;
    // (Its parent counts too: a live blog adds posts beside the one it started with.)
    const touchesArticle = (r: MutationRecord) => region?.contains(r.target) || r.target === region?.parentNode;
    if (onStory && !urlChanged && region?.isConnected && !records.some(touchesArticle)) return;
    const now = performance.now();
    if (!this.timer) this.firstDirtyAt = now;
    if (this.timer) clearTimeout(this.timer);
    if (now - this.lastScanAt > BUSY_QUIET_MS || urlChanged) this.busyScans = 0;
    const wait =
      onStory && !urlChanged
        ? Math.max(
            Math.min(SETTLE_MS, Math.max(0, MAX_WAIT_MS - (now - this.firstDirtyAt))),
            this.busyWait() - (now - this.lastScanAt),
          )
        : nextLookDelay(this.scansHere, now - this.lastScanAt, urlChanged);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (onStory) this.busyScans++;
      this.scan();
    }, wait);
  }

  /** The least time from one scan to the next on a story page that keeps changing (0 while not busy). */
  private busyWait(): number {
    const over = this.busyScans - BUSY_SCANS;
    return over < 0 ? 0 : Math.min(BUSY_MAX_WAIT_MS, BUSY_FIRST_WAIT_MS * 2 ** over);
  }

  scan(): void {
    const startedAt = performance.now();
    try {
      this.scanNow(startedAt);
    } finally {
      countScan();
      // One user-timing entry per scan, in benchmark builds only (page scripts can read them); cleared
      // now and then so a live page never accumulates them.
      if (__BACKSTORY_BENCH__) {
        if (++this.scans % 100 === 0) performance.clearMeasures('backstory:scan');
        performance.measure('backstory:scan', { start: startedAt });
      }
    }
  }

  private scanNow(startedAt: number): void {
    this.lastScanAt = startedAt;
    if (location.href !== this.lastUrl) {
      // Single-page navigation: a new article, decided afresh.
      this.lastUrl = location.href;
      this.forced = false;
      this.scansHere = 0;
      this.analysed = undefined;
    }
    this.scansHere++;
    // The prefilter reads only the start of the region: a story names Ukraine long before 30,000
    // characters, and a reference page of 250,000 pays for a fraction of its length.
    const handed = this.handedRegion?.isConnected ? this.handedRegion : undefined;
    this.handedRegion = undefined;
    let read = readArticle(document, location.href, this.forced ? undefined : PREFILTER_TEXT_LIMIT, handed);
    const base = {
      version: 1 as const,
      status: 'done' as const,
      url: location.href,
      articleDate: read.article.articleDate,
    };
    if (!this.forced && !this.analyzer.mightBeStory(read.article.text, read.article.headline)) {
      this.generation++;
      this.region = read.region;
      this.regionText = read.regionText;
      this.apply({ ...base, story: null, mentions: [] }, []);
      return;
    }
    read = readWhole(read);
    const { article, regionText } = read;
    this.regionText = regionText;
    this.region = read.region;
    const forced = this.forced;
    // The same text as the last analysis (a re-render, a change that left the words alone): no new
    // message or analysis; the same nodes need no repaint either.
    const key = analysisKey(article, forced);
    const last = this.analysed;
    if (last && last.key === key && !this.pending) {
      if (sameNodes(last.nodes, regionText.nodes)) return;
      this.generation++;
      this.applyAnalysis(base, article, regionText, last.reply, forced);
      this.analysed = { ...last, nodes: regionText.nodes };
      return;
    }
    const generation = ++this.generation;
    const pending = this.analyzer.analyze(article).then(
      (reply) => {
        // A newer scan (or stop) came first: its answer is the one that counts.
        if (generation !== this.generation) return;
        const at = performance.now();
        this.analysed = { key, reply, nodes: regionText.nodes };
        try {
          this.applyAnalysis(base, article, regionText, reply, forced);
        } finally {
          if (__BACKSTORY_BENCH__) {
            if (this.scans % 100 === 0) performance.clearMeasures('backstory:apply');
            performance.measure('backstory:apply', { start: at });
          }
        }
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        console.error('[Backstory] the article could not be analysed', error);
        // What is painted stays (an extension update orphans this script, and the reader is mid-article);
        // a page never analysed is reported as not the story rather than scanning forever.
        if (!this.raw) this.apply({ ...base, story: null, mentions: [] }, []);
      },
    );
    this.pending = pending;
    void pending.finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
  }

  /** Turns the background's analysis into ranges over the text nodes the scan read, and paints them. */
  private applyAnalysis(
    base: Pick<PageState, 'version' | 'status' | 'url' | 'articleDate'>,
    article: ArticleText,
    regionText: RegionText,
    reply: AnalysisReply,
    forced: boolean,
  ): void {
    const { detection } = reply;
    const annotate = detection.isStory || forced;
    const found: PageMention[] = [];
    if (annotate)
      for (const m of reply.mentions) {
        const start = locate(regionText, m.start);
        const end = locate(regionText, m.end, true);
        // The page may have changed its text while the analysis ran (a rescan follows): skip what moved.
        if (end.offset > end.node.length || !unchangedAt(start.node, start.offset, article.text, m.start, m.end))
          continue;
        found.push({
          entityId: m.entityId,
          entityIndex: m.entity,
          kind: m.kind,
          text: article.text.slice(m.start, m.end),
          range: new StaticRange({
            startContainer: start.node,
            startOffset: start.offset,
            endContainer: end.node,
            endOffset: end.offset,
          }),
        });
      }
    const evidence = { score: detection.score, evidence: detection.evidence };
    const state: PageState = {
      ...base,
      story: detection.isStory ? { id: reply.storyId, ...evidence } : null,
      mentions: found.map(({ entityId, text }) => ({ entityId, text })),
      ...(detection.isStory ? {} : { weighed: { ...evidence, threshold: detection.threshold } }),
      ...(forced ? { forced: true } : {}),
    };
    this.apply(state, found);
  }

  private apply(state: PageState, all: PageMention[]): void {
    this.raw = { state, mentions: all };
    const mentions = selectMentions(all, this.view);
    if (mentions.length !== all.length)
      state = { ...state, mentions: mentions.map(({ entityId, text }) => ({ entityId, text })) };
    this.mentions = mentions;
    const byNode = new Map<Node, number[]>();
    mentions.forEach((m, i) => {
      // Register every text node the mention runs through, for hit-testing.
      let node: Node | null = m.range.startContainer;
      while (node) {
        if (node.nodeType === 3) {
          let list = byNode.get(node);
          if (!list) byNode.set(node, (list = []));
          list.push(i);
        }
        if (node === m.range.endContainer) break;
        node = nextNode(node);
      }
    });
    this.hitTarget = mentions.length ? { byNode, ranges: mentions.map((m) => m.range) } : null;
    this.highlighter.render(mentions.map((m) => ({ range: m.range, kind: m.kind })));
    // The previous state's serialisation is kept, so each scan serialises one state, not two.
    const key = JSON.stringify(state);
    const changed = key !== (this.stateKey ??= JSON.stringify(this.state));
    this.state = state;
    this.stateKey = key;
    // The highlights are registered: the browser may paint them before the UI that follows (host element,
    // card bundle request, page-state broadcast) runs, in a task of its own (`backstory:notify`).
    if (changed) this.notifyTimer ??= setTimeout(() => this.notify(), 0);
  }

  private notify(): void {
    this.notifyTimer = undefined;
    const at = performance.now();
    const state = this.state;
    for (const listener of this.listeners) listener(state);
    if (__BACKSTORY_BENCH__) performance.measure('backstory:notify', { start: at });
  }
}

/** Whether `node` still holds, from `offset`, the text that was read at [start, end) (as far as it goes). */
function unchangedAt(node: Text, offset: number, text: string, start: number, end: number): boolean {
  const length = Math.min(end - start, node.length - offset);
  return length > 0 && node.data.startsWith(text.slice(start, start + length), offset);
}

function nextNode(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && !n.nextSibling) n = n.parentNode;
  return n ? n.nextSibling : null;
}

/** What an analysis depends on, as one string: the same key, the same answer. */
function analysisKey(article: ArticleText, forced: boolean): string {
  return `${forced ? 1 : 0}|${article.articleDate}|${article.headline}|${article.breaks.join(',')}|${article.text}`;
}

function sameNodes(a: readonly Text[], b: readonly Text[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
