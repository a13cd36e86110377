/**
 * The sidebar's state and messaging: which tab it shows (the active tab of its window, or the one in
 * `?tab=ID` when popped out), that tab's page state (asked for, then kept current from the content
 * script's broadcasts), reveal/annotate requests, exports and clipboard.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Browser } from 'wxt/browser';
import type { SidebarPhase, SidebarProps } from '../../components/sidebar/Sidebar';
import { citePage, siteName } from '../../core/export/citation';
import { buildFindings, findingsCsv, findingsMarkdown } from '../../core/export/findings';
import { PAGE_STATE_CHANGED, PAGE_STATE_REQUEST, type PageState } from '../../core/messages/page-state';
import {
  ANNOTATE_ANYWAY,
  isMessage,
  REVEAL_MENTION,
  SIDEBAR_CLOSE,
  SIDEBAR_PORT,
  SIDEBAR_SELECT,
  SIDEBAR_TAKE_PENDING,
} from '../../core/messages/sidebar';
import { buildView, entityMap } from '../../core/sidebar/view';
import type { Dataset } from '../../data/schema';
import { downloadFile } from '../../shared/download';
import { currentLanguage, t } from '../../shared/i18n';
import { asPageState } from '../../shared/page-state';
import { fromContentScriptIn, fromExtensionPage } from '../../shared/sender';

/** The tab a popped-out sidebar is bound to (`sidepanel.html?tab=ID`), or null for the side panel. */
export function boundTabId(search = location.search): number | null {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

const RETRIES = 8;
const RETRY_MS = 400;

export function useSidebar(dataset: Dataset): SidebarProps {
  const bound = useMemo(() => boundTabId(), []);
  const [tabId, setTabId] = useState<number | null>(bound);
  const [phase, setPhase] = useState<SidebarPhase>('loading');
  const [state, setState] = useState<PageState | null>(null);
  const [pageTitle, setPageTitle] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [annotating, setAnnotating] = useState(false);
  const tabRef = useRef<number | null>(bound);
  tabRef.current = tabId;
  const entities = useMemo(() => entityMap(dataset), [dataset]);

  // Asks the tab for its state, retrying while its content script starts or scans.
  const request = useCallback(async (id: number) => {
    for (let attempt = 0; attempt <= RETRIES; attempt++) {
      if (tabRef.current !== id) return;
      try {
        const answer = asPageState(await browser.tabs.sendMessage(id, { type: PAGE_STATE_REQUEST }));
        if (tabRef.current !== id) return;
        if (answer) {
          setState(answer);
          setPhase('ready');
          if (answer.status === 'done') return;
        }
      } catch {
        // No content script (yet): retry, then say so.
      }
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
    if (tabRef.current === id) setPhase((p) => (p === 'ready' ? p : 'unavailable'));
  }, []);

  const refreshTitle = useCallback(async (id: number) => {
    try {
      const tab = await browser.tabs.get(id);
      if (tabRef.current === id) setPageTitle(tab.title ?? null);
    } catch {
      if (tabRef.current === id) setPageTitle(null);
    }
  }, []);

  // Which tab: bound, or the active tab of this window (following activation and navigation).
  useEffect(() => {
    if (bound !== null) return;
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
  }, [bound]);

  // A new tab: start afresh, take any entity the card asked to select.
  useEffect(() => {
    if (tabId === null) return;
    setState(null);
    setPhase('loading');
    setFilter('');
    setSelected(null);
    void request(tabId);
    void refreshTitle(tabId);
    browser.runtime
      .sendMessage({ type: SIDEBAR_TAKE_PENDING, tabId })
      .then((answer: unknown) => {
        const entityId = (answer as { entityId?: unknown } | undefined)?.entityId;
        if (typeof entityId === 'string' && tabRef.current === tabId) setSelected(entityId);
      })
      .catch(() => {});
  }, [tabId, request, refreshTitle]);

  // Navigation in the tab, broadcasts from its content script, selection and close requests.
  useEffect(() => {
    const onUpdated = (id: number, change: { status?: string; url?: string; title?: string }) => {
      if (id !== tabRef.current) return;
      if (change.title) setPageTitle(change.title);
      if (change.url) setSelected(null);
      if (change.status === 'complete' || change.url) void request(id);
    };
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender): undefined => {
      if (isMessage(message, PAGE_STATE_CHANGED)) {
        if (!fromContentScriptIn(sender, tabRef.current)) return;
        const next = asPageState(message.state);
        if (next) {
          setState(next);
          setPhase('ready');
        }
      } else if (!fromExtensionPage(sender)) {
        // Selecting and closing are the background's to ask (a content script's broadcast reaches us too).
        return undefined;
      } else if (isMessage(message, SIDEBAR_SELECT)) {
        if (message.tabId === tabRef.current && typeof message.entityId === 'string') setSelected(message.entityId);
      } else if (isMessage(message, SIDEBAR_CLOSE) && bound === null) {
        browser.windows.getCurrent().then((w) => {
          if (w.id === message.windowId) window.close();
        });
      }
      return undefined;
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [request, bound]);

  // The selected entity scrolls into view in the list (e.g. after "More in the sidebar").
  useEffect(() => {
    if (!selected) return;
    const el = document.querySelector(`[data-entity-id="${CSS.escape(selected)}"]`);
    el?.scrollIntoView({ block: 'nearest' });
  }, [selected, state]);

  const view = useMemo(() => (state ? buildView(state, dataset) : null), [state, dataset]);

  const onReveal = useCallback(
    async (entityId: string) => {
      setSelected(entityId);
      const id = tabRef.current;
      if (id === null) return;
      const entity = entities.get(entityId);
      const name = (currentLanguage() === 'uk' ? entity?.uk?.name : undefined) ?? entity?.name ?? entityId;
      try {
        const r = (await browser.tabs.sendMessage(id, { type: REVEAL_MENTION, entityId })) as
          | { index: number; of: number }
          | undefined;
        setStatus(
          r && r.index >= 0 ? t('sbRevealShown', { name, index: r.index + 1, of: r.of }) : t('sbRevealGone', { name }),
        );
      } catch {
        setStatus(t('sbNoAnswer'));
      }
    },
    [entities],
  );

  const onAnnotateAnyway = useCallback(async () => {
    const id = tabRef.current;
    if (id === null) return;
    setAnnotating(true);
    try {
      const answer = asPageState(await browser.tabs.sendMessage(id, { type: ANNOTATE_ANYWAY }));
      if (answer && tabRef.current === id) setState(answer);
      setStatus(t('sbAnnotatedOnRequest'));
    } catch {
      setStatus(t('sbNoAnswer'));
    } finally {
      setAnnotating(false);
    }
  }, []);

  const onCopy = useCallback(async (text: string, what: string) => {
    // `what` is a message key ("Citation", "Markdown summary").
    setStatus((await copyText(text)) ? t('sbCopied', { what: t(what) }) : t('sbCopyFailed', { what: t(what), text }));
  }, []);

  const findings = useCallback(
    () =>
      state && view ? buildFindings({ state, dataset, title: pageTitle, now: new Date().toISOString(), view }) : null,
    [state, view, dataset, pageTitle],
  );
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
    onExportJson() {
      const f = findings();
      if (!f) return;
      downloadFile(`${baseName}.json`, `${JSON.stringify(f, null, 2)}\n`, 'application/json');
      setStatus(t('sbDownloadedJson'));
    },
    onExportCsv() {
      const f = findings();
      if (!f) return;
      downloadFile(`${baseName}.csv`, findingsCsv(f), 'text/csv;charset=utf-8');
      setStatus(t('sbDownloadedCsv'));
    },
    onExportMarkdown() {
      const f = findings();
      if (f) void onCopy(findingsMarkdown(f), 'sbWhatMarkdown');
    },
    status,
    onPopOut:
      bound === null && tabId !== null
        ? () => {
            void browser.windows.create({
              url: `${browser.runtime.getURL('/sidepanel.html')}?tab=${tabId}`,
              type: 'popup',
              width: 440,
              height: 820,
            });
          }
        : undefined,
  };
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
