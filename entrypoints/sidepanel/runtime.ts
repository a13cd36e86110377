/**
 * The sidebar's state and messaging: which tab it shows (the active tab of its window, or the one in
 * `?tab=ID` when popped out), that tab's page state (asked for, then kept current from the content
 * script's broadcasts), reveal/annotate requests, exports and clipboard.
 */

import { type Dispatch, type StateUpdater, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Browser } from 'wxt/browser';
import type { SidebarPhase, SidebarProps } from '../../components/sidebar/Sidebar';
import { listenTo } from '../../core/abort';
import { citePage, siteName } from '../../core/export/citation';
import { buildFindings, type Findings, findingsCsv, findingsMarkdown } from '../../core/export/findings';
import { PAGE_STATE_CHANGED, PAGE_STATE_REQUEST, type PageState } from '../../core/messages/page-state';
import {
  ANNOTATE_ANYWAY,
  REVEAL_MENTION,
  SIDEBAR_CLOSE,
  SIDEBAR_PORT,
  SIDEBAR_SELECT,
  SIDEBAR_TAKE_PENDING,
} from '../../core/messages/sidebar';
import { send, sendToTab } from '../../core/messages/transport';
import { buildView, entityMap } from '../../core/sidebar/view';
import type { Dataset, Entity } from '../../data/schema';
import { downloadFile } from '../../shared/download';
import { currentLanguage, t } from '../../shared/i18n';
import { asPageState } from '../../shared/page-state';
import { listenToBroadcasts } from '../../shared/sender';

/** The tab a popped-out sidebar is bound to (`sidepanel.html?tab=ID`), or null for the side panel. */
export function boundTabId(search = location.search): number | null {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

const RETRIES = 8;
const RETRY_MS = 400;

/** What the requests and listeners below write the shown tab's page through. */
interface PageSink {
  /** The tab shown now: an answer that comes back for another tab is dropped. */
  tabRef: { readonly current: number | null };
  setState(state: PageState): void;
  setPhase: Dispatch<StateUpdater<SidebarPhase>>;
  setPageTitle(title: string | null): void;
  setSelected(entityId: string | null): void;
}

export function useSidebar(dataset: Dataset): SidebarProps {
  const bound = useMemo(() => boundTabId(), []);
  const tabId = useShownTab(bound);
  const { page, phase, state, pageTitle, filter, setFilter, selected } = useTabPage(tabId, bound);
  const { status, setStatus, annotating, onReveal, onAnnotateAnyway, onCopy } = useSidebarActions(page, dataset);
  const view = useMemo(() => (state ? buildView(state, dataset) : null), [state, dataset]);

  const findings = () =>
    state && view ? buildFindings({ state, dataset, title: pageTitle, now: new Date().toISOString(), view }) : null;
  const baseName = state ? exportName(state) : 'backstory';

  const today = new Date().toISOString().slice(0, 10);
  const pageCitation = state ? citePage({ url: state.url, title: pageTitle, date: state.articleDate }, today) : '';

  return {
    phase,
    dataset,
    state,
    view,
    pageTitle,
    pageCitation,
    filter,
    onFilter: setFilter,
    selected,
    onReveal: (id) => void onReveal(id),
    onAnnotateAnyway: () => void onAnnotateAnyway(),
    annotating,
    onCopy: (text, what) => void onCopy(text, what),
    ...exportActions(findings, baseName, setStatus, onCopy),
    status,
    onPopOut: bound === null && tabId !== null ? () => popOut(tabId) : undefined,
  };
}

/** Which tab the sidebar shows: the bound one, or the active tab of this window (following activation). */
function useShownTab(bound: number | null): number | null {
  const [tabId, setTabId] = useState<number | null>(bound);
  useEffect(() => {
    if (bound !== null) return;
    return followActiveTab(setTabId);
  }, [bound]);
  return tabId;
}

/** The shown tab's page (its state, asked for and then kept current, and its title), the filter and the selection. */
function useTabPage(tabId: number | null, bound: number | null) {
  const [phase, setPhase] = useState<SidebarPhase>('loading');
  const [state, setState] = useState<PageState | null>(null);
  const [pageTitle, setPageTitle] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const tabRef = useRef<number | null>(tabId);
  tabRef.current = tabId;
  const page = useMemo<PageSink>(() => ({ tabRef, setState, setPhase, setPageTitle, setSelected }), []);

  // A new tab: start afresh, take any entity the card asked to select.
  useEffect(() => {
    if (tabId === null) return;
    setState(null);
    setPhase('loading');
    setFilter('');
    setSelected(null);
    void requestPageState(tabId, page);
    void refreshTitle(tabId, page);
    takePendingSelection(tabId, page);
  }, [tabId, page]);

  // Navigation in the tab, broadcasts from its content script, selection and close requests.
  useEffect(() => listenToTab(page, bound), [page, bound]);

  // The selected entity scrolls into view in the list (e.g. after "More in the sidebar").
  useEffect(() => {
    if (!selected) return;
    const el = document.querySelector(`[data-entity-id="${CSS.escape(selected)}"]`);
    el?.scrollIntoView({ block: 'nearest' });
  }, [selected, state]);

  return { page, phase, state, pageTitle, filter, setFilter, selected };
}

/** Revealing a mention, annotating anyway and copying, with `status` saying how it went. */
function useSidebarActions(page: PageSink, dataset: Dataset) {
  const [status, setStatus] = useState('');
  const [annotating, setAnnotating] = useState(false);
  const entities = useMemo(() => entityMap(dataset), [dataset]);

  const onReveal = async (entityId: string) => {
    page.setSelected(entityId);
    const id = page.tabRef.current;
    if (id === null) return;
    setStatus(await revealMention(id, entityId, entities.get(entityId)));
  };

  const onAnnotateAnyway = async () => {
    const id = page.tabRef.current;
    if (id === null) return;
    setAnnotating(true);
    try {
      const answer = asPageState(await sendToTab(id, { type: ANNOTATE_ANYWAY }));
      if (answer && page.tabRef.current === id) page.setState(answer);
      setStatus(t('sbAnnotatedOnRequest'));
    } catch {
      setStatus(t('sbNoAnswer'));
    } finally {
      setAnnotating(false);
    }
  };

  const onCopy = async (text: string, what: string) => {
    // `what` is a message key ("Citation", "Markdown summary").
    setStatus((await copyText(text)) ? t('sbCopied', { what: t(what) }) : t('sbCopyFailed', { what: t(what), text }));
  };

  return { status, setStatus, annotating, onReveal, onAnnotateAnyway, onCopy };
}

/** Asks the tab for its state, retrying while its content script starts or scans. */
async function requestPageState(id: number, page: PageSink): Promise<void> {
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    if (page.tabRef.current !== id) return;
    try {
      const answer = asPageState(await sendToTab(id, { type: PAGE_STATE_REQUEST }));
      if (page.tabRef.current !== id) return;
      if (answer) {
        page.setState(answer);
        page.setPhase('ready');
        if (answer.status === 'done') return;
      }
    } catch {
      // No content script (yet): retry, then say so.
    }
    await new Promise((r) => setTimeout(r, RETRY_MS));
  }
  if (page.tabRef.current === id) page.setPhase((p) => (p === 'ready' ? p : 'unavailable'));
}

async function refreshTitle(id: number, page: PageSink): Promise<void> {
  try {
    const tab = await browser.tabs.get(id);
    if (page.tabRef.current === id) page.setPageTitle(tab.title ?? null);
  } catch {
    if (page.tabRef.current === id) page.setPageTitle(null);
  }
}

/** Selects the entity the card asked the sidebar to show ("More in the sidebar"), if any is waiting. */
function takePendingSelection(tabId: number, page: PageSink): void {
  send({ type: SIDEBAR_TAKE_PENDING, tabId })
    .then((answer) => {
      const entityId: unknown = answer?.entityId;
      if (typeof entityId === 'string' && page.tabRef.current === tabId) page.setSelected(entityId);
    })
    .catch(() => {});
}

/** Follows the active tab of this window, and tells the background the panel is open; returns the teardown. */
function followActiveTab(setTabId: (id: number) => void): () => void {
  let windowId: number | undefined;
  let port: Browser.runtime.Port | undefined;
  const follow = async () => {
    const [tab] = await browser.tabs.query({ active: true, windowId });
    if (tab?.id !== undefined) setTabId(tab.id);
  };
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) setTabId(info.tabId);
  };
  browser.windows.getCurrent().then((w) => {
    windowId = w.id;
    if (windowId !== undefined) port = browser.runtime.connect({ name: `${SIDEBAR_PORT}:${windowId}` });
    void follow();
  });
  browser.tabs.onActivated.addListener(onActivated);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    port?.disconnect();
  };
}

/** Listens for navigation in the shown tab and for messages about it; returns the teardown. */
function listenToTab(page: PageSink, bound: number | null): () => void {
  const life = new AbortController();
  const onUpdated = (id: number, change: { status?: string; url?: string; title?: string }) => {
    if (id !== page.tabRef.current) return;
    if (change.title) page.setPageTitle(change.title);
    if (change.url) page.setSelected(null);
    if (change.status === 'complete' || change.url) void requestPageState(id, page);
  };
  listenTo(browser.tabs.onUpdated, onUpdated, life.signal);
  // The shown tab's content script broadcasting its state; the background asking to select or to close
  // (who may send which: shared/sender.ts).
  listenToBroadcasts(life.signal, () => page.tabRef.current, {
    [PAGE_STATE_CHANGED]: (message) => {
      const next = asPageState(message.state);
      if (!next) return;
      page.setState(next);
      page.setPhase('ready');
    },
    [SIDEBAR_SELECT]: (message) => {
      if (message.tabId === page.tabRef.current) page.setSelected(message.entityId);
    },
    [SIDEBAR_CLOSE]: (message) => {
      if (bound !== null) return;
      browser.windows.getCurrent().then((w) => {
        if (w.id === message.windowId) window.close();
      });
    },
  });
  return () => life.abort();
}

/** Asks the tab to show the entity's next mention; says which one it showed, or that none is left. */
async function revealMention(tabId: number, entityId: string, entity: Entity | undefined): Promise<string> {
  const name = (currentLanguage() === 'uk' ? entity?.uk?.name : undefined) ?? entity?.name ?? entityId;
  try {
    const r = await sendToTab(tabId, { type: REVEAL_MENTION, entityId });
    return r && r.index >= 0 ? t('sbRevealShown', { name, index: r.index + 1, of: r.of }) : t('sbRevealGone', { name });
  } catch {
    return t('sbNoAnswer');
  }
}

/** Findings downloaded as JSON or CSV, or copied as Markdown. */
function exportActions(
  findings: () => Findings | null,
  baseName: string,
  say: (status: string) => void,
  copy: (text: string, what: string) => Promise<void>,
): Pick<SidebarProps, 'onExportJson' | 'onExportCsv' | 'onExportMarkdown'> {
  return {
    onExportJson() {
      const f = findings();
      if (!f) return;
      downloadFile(`${baseName}.json`, `${JSON.stringify(f, null, 2)}\n`, 'application/json');
      say(t('sbDownloadedJson'));
    },
    onExportCsv() {
      const f = findings();
      if (!f) return;
      downloadFile(`${baseName}.csv`, findingsCsv(f), 'text/csv;charset=utf-8');
      say(t('sbDownloadedCsv'));
    },
    onExportMarkdown() {
      const f = findings();
      if (f) void copy(findingsMarkdown(f), 'sbWhatMarkdown');
    },
  };
}

/** Opens the sidebar for this tab in a window of its own (`sidepanel.html?tab=ID`). */
function popOut(tabId: number): void {
  void browser.windows.create({
    url: `${browser.runtime.getURL('/sidepanel.html')}?tab=${tabId}`,
    type: 'popup',
    width: 440,
    height: 820,
  });
}

/** "backstory-apnews.com-2025-02-28". */
function exportName(state: PageState): string {
  const site = siteName(state.url).replace(/[^a-z0-9.-]+/gi, '-');
  return ['backstory', site, state.articleDate].filter(Boolean).join('-');
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Side panels are not always focused documents: fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
