/** Whether the story was detected on this page, and why (the engine's evidence in words). */
import { longDate } from '../../core/export/citation';
import type { PageState } from '../../core/messages/page-state';

export interface DetectionProps {
  state: PageState;
  storyTitle: string;
}

export function ArticleDate({ date }: { date: string | null }) {
  return (
    <p class="article-date">
      <span class="label">Article date:</span>{' '}
      {date ? <time dateTime={date}>{longDate(date)}</time> : <span class="muted">not found on the page</span>}
    </p>
  );
}

export function Detection({ state, storyTitle }: DetectionProps) {
  if (!state.story) {
    return (
      <div class="detection forced" role="note">
        <p>
          <strong>Not detected as “{storyTitle}”.</strong> Annotated because you asked.
        </p>
        {state.weighed ? (
          <details>
            <summary>
              Evidence weighed (score {state.weighed.score}, {state.weighed.threshold} needed)
            </summary>
            <ul class="evidence">
              {state.weighed.evidence.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    );
  }
  return (
    <div class="detection detected">
      <p>
        <strong>Story detected:</strong> this page covers “{storyTitle}” (score {state.story.score}).
      </p>
      {state.story.evidence.length ? (
        <details open={state.story.evidence.length <= 4}>
          <summary>Why ({state.story.evidence.length} pieces of evidence)</summary>
          <ul class="evidence">
            {state.story.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

export interface NotDetectedProps {
  state: PageState;
  storyTitle: string;
  onAnnotateAnyway(): void;
  busy: boolean;
}

/** A page the engine decided is not the story: the evidence weighed, and "Annotate anyway". */
export function NotDetected({ state, storyTitle, onAnnotateAnyway, busy }: NotDetectedProps) {
  const weighed = state.weighed;
  return (
    <section class="not-detected" aria-labelledby="not-detected-heading">
      <h2 id="not-detected-heading">Not detected here</h2>
      <p>This page does not appear to be about “{storyTitle}”, so nothing is marked.</p>
      {weighed ? (
        <>
          <p>
            Evidence weighed: score {weighed.score}, where {weighed.threshold} is needed.
          </p>
          <ul class="evidence">
            {weighed.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">The page never names Ukraine or a Ukrainian party, so no evidence was weighed.</p>
      )}
      <ArticleDate date={state.articleDate} />
      <button type="button" class="primary" onClick={onAnnotateAnyway} disabled={busy}>
        Annotate anyway
      </button>
    </section>
  );
}
