/** Whether the story was detected on this page, and why (the analysis's evidence, in the reader's language). */
import type { Evidence } from '../../core/detect/evidence';
import type { LocalText } from '../../core/i18n';
import type { PageState } from '../../core/messages/page-state';
import { d, n, t, tn } from '../../shared/i18n';
import { EvidenceLine } from './EvidenceLine';
import { Local } from './Local';

export interface DetectionProps {
  state: PageState;
  storyTitle: LocalText;
}

export function ArticleDate({ date }: { date: string | null }) {
  return (
    <p class="article-date">
      <span class="label">{t('sbArticleDate')}</span>{' '}
      {date ? <time dateTime={date}>{d(date)}</time> : <span class="muted">{t('sbArticleDateMissing')}</span>}
    </p>
  );
}

function EvidenceList({ lines }: { lines: readonly Evidence[] }) {
  return (
    <ul class="evidence">
      {lines.map((line, i) => (
        <li key={i}>
          <EvidenceLine line={line} />
        </li>
      ))}
    </ul>
  );
}

export function Detection({ state, storyTitle }: DetectionProps) {
  if (!state.story) {
    return (
      <div class="detection forced" role="note">
        <p>
          <strong>
            {t('sbNotDetectedAs')}
            {t('quoteOpen')}
            <Local value={storyTitle} />
            {t('quoteClose')}.
          </strong>{' '}
          {t('sbAnnotatedBecauseAsked')}
        </p>
        {state.weighed ? (
          <details>
            <summary>
              {t('sbEvidenceWeighedSummary', { score: n(state.weighed.score), threshold: n(state.weighed.threshold) })}
            </summary>
            <EvidenceList lines={state.weighed.evidence} />
          </details>
        ) : null}
      </div>
    );
  }
  return (
    <div class="detection detected">
      <p>
        <strong>{t('sbStoryDetected')}</strong> {t('sbCovers')}
        {t('quoteOpen')}
        <Local value={storyTitle} />
        {t('quoteClose')} {t('sbScore', { score: n(state.story.score) })}
      </p>
      {state.story.evidence.length ? (
        <details open={state.story.evidence.length <= 4}>
          <summary>{tn('sbWhy', state.story.evidence.length)}</summary>
          <EvidenceList lines={state.story.evidence} />
        </details>
      ) : null}
    </div>
  );
}

export interface NotDetectedProps {
  state: PageState;
  storyTitle: LocalText;
  onAnnotateAnyway(): void;
  busy: boolean;
}

/** A page the analysis decided is not the story: the evidence weighed, and "Annotate anyway". */
export function NotDetected({ state, storyTitle, onAnnotateAnyway, busy }: NotDetectedProps) {
  const weighed = state.weighed;
  return (
    <section class="not-detected" aria-labelledby="not-detected-heading">
      <h2 id="not-detected-heading">{t('sbNotDetectedHeading')}</h2>
      <p>
        {t('sbNotAbout')}
        {t('quoteOpen')}
        <Local value={storyTitle} />
        {t('quoteClose')}
        {t('sbNothingMarked')}
      </p>
      {weighed ? (
        <>
          <p>{t('sbEvidenceWeighed', { score: n(weighed.score), threshold: n(weighed.threshold) })}</p>
          <EvidenceList lines={weighed.evidence} />
        </>
      ) : (
        <p class="muted">{t('sbNoEvidence')}</p>
      )}
      <ArticleDate date={state.articleDate} />
      <button type="button" class="primary" onClick={onAnnotateAnyway} disabled={busy}>
        {t('annotateAnyway')}
      </button>
    </section>
  );
}
