/** The toolbar popup: this tab's status and the reader's switches for it. */
import { useEffect, useState } from 'preact/hooks';
import { EvidenceLine } from '../../components/sidebar/EvidenceLine';
import type { Evidence } from '../../core/detect/evidence';
import { PAGE_STATE_CHANGED, type PageState } from '../../core/messages/page-state';
import { t, tn, translatorNow } from '../../shared/i18n';
import { listenToBroadcasts } from '../../shared/sender';
import { contextPackForTab, copyToClipboard, openHandout } from '../../shared/share-actions';
import { type LoadedSettings, setSiteEnabled } from '../../shared/storage';
import { useSettings } from '../../shared/use-settings';
import {
  alwaysRunOn,
  annotateAnyway,
  annotateThisPage,
  hostOf,
  isOwnPage,
  openSidebar,
  readPageState,
  siteKeyOf,
  type TargetTab,
} from './actions';
import { EmphasisPicker } from './EmphasisPicker';
import { ShareBox } from './ShareBox';
import { reasonText, whyNotStory } from './why-not';

/** "Why: …" around the engine's first line of evidence, in the reader's language. */
function ReasonLine({ line }: { line: Evidence }) {
  const [before, after] = t('reasonPrefix', { reason: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      <EvidenceLine line={line} />
      {after}
    </>
  );
}

type Status = { kind: 'loading' } | { kind: 'absent' } | { kind: 'state'; state: PageState };
type Run = (action: () => Promise<unknown>) => void;

/** This tab's page state: asked for at once, again on the tab's broadcasts, and every 700 ms. */
function usePageStatus(tab: TargetTab | null) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  const refresh = async () => {
    if (!tab) return setStatus({ kind: 'absent' });
    const state = await readPageState(tab.id);
    setStatus(state ? { kind: 'state', state } : { kind: 'absent' });
  };

  useEffect(() => {
    void refresh();
    const life = new AbortController();
    // Only this tab's content scripts tell of its page (shared/sender.ts).
    listenToBroadcasts(life.signal, () => tab?.id ?? null, {
      [PAGE_STATE_CHANGED]: (msg) => {
        if (!tab?.url || msg.state.url === tab.url) void refresh();
      },
    });
    // Scans finish after the popup opens, and settings changes re-render the page: keep up.
    const timer = setInterval(() => void refresh(), 700);
    return () => {
      clearInterval(timer);
      life.abort();
    };
  }, []);

  return { status, refresh };
}

/** The popup's message line, and `run`: clears it, runs an action, then refreshes or says what failed. */
function useRun(refresh: () => Promise<void>) {
  const [message, setMessage] = useState('');
  const run: Run = (action) => {
    setMessage('');
    action()
      .then(() => refresh())
      .catch((error: unknown) => setMessage(t('errorInject', { error: String((error as Error)?.message ?? error) })));
  };
  return { message, setMessage, run };
}

interface StatusText {
  line: string;
  /** The engine's first line of evidence, when it found the story. */
  reason?: Evidence;
  /** Why it did not, in plain words. */
  reasons: string[];
}

/** The status line for this tab, and why. */
function describeStatus(status: Status, tab: TargetTab | null, host: string | null): StatusText {
  const state = status.kind === 'state' ? status.state : null;
  const say = (line: string): StatusText => ({ line, reasons: [] });
  if (status.kind === 'loading') return say(t('statusScanning'));
  // No tab to act on, or only this page itself (the popup's page opened on its own).
  if (!tab || isOwnPage(tab.url)) return say(t('statusNoTab'));
  if (tab.url && !host) return say(t('statusUnreachable'));
  if (!state) return say(t('statusNotRunning'));
  if (state.off === 'paused') return say(t('statusPaused'));
  if (state.off === 'site') return say(t('statusOffSite'));
  if (state.status === 'scanning') return say(t('statusScanning'));
  if (state.story) return { line: t('statusDetected'), reason: state.story.evidence[0], reasons: [] };
  if (state.forced) return say(t('statusForced'));
  // In plain words: the rule or the score that decided it (not the evidence's first line).
  return { line: t('statusNotDetected'), reasons: whyNotStory(state).map((r) => reasonText(r, translatorNow())) };
}

export function Popup({ initial, tab }: { initial: LoadedSettings; tab: TargetTab | null }) {
  const { settings, problem, update } = useSettings(initial);
  const { status, refresh } = usePageStatus(tab);
  const { message, setMessage, run } = useRun(refresh);
  const host = hostOf(tab?.url);
  const site = host ? siteKeyOf(host) : null;

  const state = status.kind === 'state' ? status.state : null;
  const running = state !== null && !state.off && state.status === 'done';
  const siteOff = state?.off === 'site' || (site !== null && settings.sites.disabled.includes(site));

  return (
    <div class="popup">
      <h1>{t('popupHeading')}</h1>
      {problem && (
        <p class="notice" role="alert" data-testid="settings-notice">
          {t('settingsCorrupted')}
        </p>
      )}
      <StatusReport text={describeStatus(status, tab, host)} mentions={running ? state.mentions.length : 0} />
      <div class="actions">
        {running && tab && <PageActions state={state} tab={tab} run={run} say={setMessage} />}
        {status.kind === 'absent' && tab && (!tab.url || host) && (
          <AbsentActions tab={tab} host={host} run={run} say={setMessage} />
        )}
        {site && host && (state || siteOff) && (
          <button type="button" onClick={() => run(() => setSiteEnabled(site, host, siteOff))}>
            {siteOff ? t('turnOnSite', { host: site }) : t('turnOffSite', { host: site })}
          </button>
        )}
        <button
          type="button"
          onClick={() =>
            run(() =>
              update((s) => {
                s.paused = !s.paused;
              }),
            )
          }
        >
          {settings.paused ? t('resumeEverywhere') : t('pauseEverywhere')}
        </button>
        <button type="button" class="link" onClick={() => run(() => browser.runtime.openOptionsPage())}>
          {t('openOptions')}
        </button>
      </div>
      <p class="message" role="status" data-testid="message">
        {message}
      </p>
    </div>
  );
}

/** The status line, why, and how many mentions are marked (none shown while not running). */
function StatusReport({ text, mentions }: { text: StatusText; mentions: number }) {
  return (
    <>
      <p class="status" data-testid="status">
        {text.line}
      </p>
      {text.reason && (
        <p class="reason" data-testid="reason">
          <ReasonLine line={text.reason} />
        </p>
      )}
      {text.reasons.length > 0 && (
        <p class="reason" data-testid="reason">
          {t('reasonPrefix', { reason: text.reasons.join(' ') })}
        </p>
      )}
      {mentions > 0 && (
        <p class="count" data-testid="mentions">
          {tn('mentions', mentions)}
        </p>
      )}
    </>
  );
}

interface ActionProps {
  tab: TargetTab;
  run: Run;
  say: (message: string) => void;
}

/** A page Backstory has read: the sidebar, and what a teacher can make of the story, or "annotate anyway". */
function PageActions({ state, tab, run, say }: ActionProps & { state: PageState }) {
  return (
    <>
      {(state.story || state.forced) && (
        <button type="button" class="primary" onClick={() => run(() => openSidebar(tab))}>
          {t('openSidebar')}
        </button>
      )}
      {state.story && (
        <>
          <button type="button" onClick={() => run(() => openHandout(tab.id))}>
            {t('makeHandout')}
          </button>
          <EmphasisPicker url={state.url} entityIds={[...new Set(state.mentions.map((m) => m.entityId))]} />
          <ShareBox url={state.url} tabId={tab.id} run={run} say={say} />
          <button
            type="button"
            onClick={() =>
              run(async () => {
                const pack = await contextPackForTab(tab.id);
                if (!pack) return say(t('shareUnavailable'));
                await copyToClipboard(pack.markdown, pack.html);
                say(t('contextPackCopied'));
              })
            }
          >
            {t('copyContextPack')}
          </button>
        </>
      )}
      {!state.story && !state.forced && (
        <button type="button" onClick={() => run(() => annotateAnyway(tab.id))}>
          {t('annotateAnyway')}
        </button>
      )}
    </>
  );
}

/** A page Backstory is not running on: annotate it once, or always on this site. */
function AbsentActions({ tab, host, run, say }: ActionProps & { host: string | null }) {
  return (
    <>
      <button
        type="button"
        class="primary"
        aria-describedby="annotate-hint"
        onClick={() => run(() => annotateThisPage(tab.id))}
      >
        {t('annotateThisPage')}
      </button>
      <p id="annotate-hint" class="hint">
        {t('annotateThisPageHint')}
      </p>
      {host && (
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const granted = await alwaysRunOn(host);
              say(granted ? t('siteAdded', { host }) : t('permissionDenied'));
              if (granted && !(await readPageState(tab.id))) await annotateThisPage(tab.id);
            })
          }
        >
          {t('alwaysRun', { host })}
        </button>
      )}
    </>
  );
}
