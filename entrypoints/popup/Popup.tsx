/** The toolbar popup: this tab's status and the reader's switches for it. */
import { useEffect, useState } from 'preact/hooks';
import { EvidenceLine } from '../../components/sidebar/EvidenceLine';
import type { Evidence } from '../../core/detect/evidence';
import { PAGE_STATE_CHANGED, type PageState } from '../../core/messages/page-state';
import { t, tn, translatorNow } from '../../shared/i18n';
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

export function Popup({ initial, tab }: { initial: LoadedSettings; tab: TargetTab | null }) {
  const { settings, problem, update } = useSettings(initial);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [message, setMessage] = useState('');
  /** Notes the teacher left out of the share link (ids), for this popup only. */
  const host = hostOf(tab?.url);
  const site = host ? siteKeyOf(host) : null;

  const refresh = async () => {
    if (!tab) return setStatus({ kind: 'absent' });
    const state = await readPageState(tab.id);
    setStatus(state ? { kind: 'state', state } : { kind: 'absent' });
  };

  useEffect(() => {
    void refresh();
    const onMessage = (m: unknown) => {
      const msg = m as { type?: string; state?: PageState } | null;
      if (msg?.type === PAGE_STATE_CHANGED && msg.state && (!tab?.url || msg.state.url === tab.url)) void refresh();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Scans finish after the popup opens, and settings changes re-render the page: keep up.
    const timer = setInterval(() => void refresh(), 700);
    return () => {
      clearInterval(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  const run = (action: () => Promise<unknown>) => {
    setMessage('');
    action()
      .then(() => refresh())
      .catch((error: unknown) => setMessage(t('errorInject', { error: String((error as Error)?.message ?? error) })));
  };

  const state = status.kind === 'state' ? status.state : null;
  let line: string;
  let reason: Evidence | undefined;
  let reasons: string[] = [];
  if (status.kind === 'loading') line = t('statusScanning');
  // No tab to act on, or only this page itself (the popup's page opened on its own).
  else if (!tab || isOwnPage(tab.url)) line = t('statusNoTab');
  else if (tab.url && !host) line = t('statusUnreachable');
  else if (!state) line = t('statusNotRunning');
  else if (state.off === 'paused') line = t('statusPaused');
  else if (state.off === 'site') line = t('statusOffSite');
  else if (state.status === 'scanning') line = t('statusScanning');
  else if (state.story) {
    line = t('statusDetected');
    reason = state.story.evidence[0];
  } else if (state.forced) line = t('statusForced');
  else {
    line = t('statusNotDetected');
    // In plain words: the rule or the score that decided it (not the evidence's first line).
    reasons = whyNotStory(state).map((r) => reasonText(r, translatorNow()));
  }

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
      <p class="status" data-testid="status">
        {line}
      </p>
      {reason && (
        <p class="reason" data-testid="reason">
          <ReasonLine line={reason} />
        </p>
      )}
      {reasons.length > 0 && (
        <p class="reason" data-testid="reason">
          {t('reasonPrefix', { reason: reasons.join(' ') })}
        </p>
      )}
      {running && state.mentions.length > 0 && (
        <p class="count" data-testid="mentions">
          {tn('mentions', state.mentions.length)}
        </p>
      )}
      <div class="actions">
        {running && (state.story || state.forced) && tab && (
          <button type="button" class="primary" onClick={() => run(() => openSidebar(tab))}>
            {t('openSidebar')}
          </button>
        )}
        {running && state.story && tab && (
          <>
            <button type="button" onClick={() => run(() => openHandout(tab.id))}>
              {t('makeHandout')}
            </button>
            <EmphasisPicker url={state.url} entityIds={[...new Set(state.mentions.map((m) => m.entityId))]} />
            <ShareBox url={state.url} tabId={tab.id} run={run} say={setMessage} />
            <button
              type="button"
              onClick={() =>
                run(async () => {
                  const pack = await contextPackForTab(tab.id);
                  if (!pack) return setMessage(t('shareUnavailable'));
                  await copyToClipboard(pack.markdown, pack.html);
                  setMessage(t('contextPackCopied'));
                })
              }
            >
              {t('copyContextPack')}
            </button>
          </>
        )}
        {running && !state.story && !state.forced && tab && (
          <button type="button" onClick={() => run(() => annotateAnyway(tab.id))}>
            {t('annotateAnyway')}
          </button>
        )}
        {status.kind === 'absent' && tab && (!tab.url || host) && (
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
                    setMessage(granted ? t('siteAdded', { host }) : t('permissionDenied'));
                    if (granted && !(await readPageState(tab.id))) await annotateThisPage(tab.id);
                  })
                }
              >
                {t('alwaysRun', { host })}
              </button>
            )}
          </>
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
