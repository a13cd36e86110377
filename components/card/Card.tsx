/** The hover/focus card: renders a CardView. No DOM logic here (see page/card/). */
import type { CardLine } from '../../core/card/view-model';
import type { CardRenderProps } from '../../page/card/controller';

/** Dataset text is English: marked lang="en" (screen readers), and visibly so in a card in another language. */
function English({ text, marker, language }: { text: string; marker: string | null; language: string }) {
  return (
    <>
      {text}
      {marker && (
        <span class="fallback" lang={language}>
          {' '}
          {marker}
        </span>
      )}
    </>
  );
}

function FactValue({ fact }: { fact: CardLine }) {
  if (!fact.dataset) return <>{fact.text}</>;
  const { before, text, after } = fact.dataset;
  return (
    <>
      {before}
      <span lang="en">{text}</span>
      {after}
    </>
  );
}

export function Card({ view, tr, pinned, onPin, onClose, onMore, onDisableSite }: CardRenderProps) {
  const titleId = 'backstory-card-title';
  const summaryId = 'backstory-card-summary';
  const { language, englishMarker } = view;
  return (
    <div
      class="card"
      role="dialog"
      lang={language}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-entity={view.entityId}
    >
      <div class="head">
        <div class="title">
          <h2 id={titleId} lang="en">
            {view.name}
          </h2>
          <span class={`kind kind-${view.kind}`}>{view.kindLabel}</span>
        </div>
        <div class="tools">
          <button
            type="button"
            class="icon"
            aria-pressed={pinned}
            title={tr.t(pinned ? 'cardUnpinTitle' : 'cardPinTitle')}
            onClick={onPin}
          >
            <span aria-hidden="true">{pinned ? '◆' : '◇'}</span>
            <span class="sr">{tr.t('cardPin')}</span>
          </button>
          <button type="button" class="icon" title={tr.t('cardCloseTitle')} onClick={onClose}>
            <span aria-hidden="true">×</span>
            <span class="sr">{tr.t('cardClose')}</span>
          </button>
        </div>
      </div>
      <p class="summary" id={summaryId} lang="en">
        <English text={view.summary} marker={englishMarker} language={language} />
      </p>
      {view.facts.length > 0 && (
        <dl class="facts">
          {view.facts.map((fact) => (
            <div class="fact" key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>
                <FactValue fact={fact} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {view.compare.length > 0 && (
        <div class="compare">
          <h3>{tr.t('cardCompare')}</h3>
          <ul>
            {view.compare.map((c) => (
              <li key={c.id}>
                <strong>{c.value}</strong> — <span lang="en">{c.name}</span>{' '}
                <span class="muted">
                  ({c.claimType}; <span lang="en">{c.estimatedBy}</span>)
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="context" lang="en">
        <English text={view.context} marker={englishMarker} language={language} />
      </p>
      <h3>{tr.t('cardSources')}</h3>
      <ul class="sources">
        {view.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title} lang="en">
              {s.publisher}, {s.dated}
            </a>
          </li>
        ))}
      </ul>
      <div class="foot">
        <button type="button" class="primary" onClick={onMore}>
          {tr.t('cardMore')}
        </button>
        <button type="button" class="quiet" onClick={onDisableSite}>
          {tr.t('cardTurnOff')}
        </button>
      </div>
      <p class="asof">{tr.t('cardAsOf', { date: view.asOf })}</p>
    </div>
  );
}

/** The visually hidden live region that announces keyboard moves between mentions. */
export function LiveRegion({ message }: { message: string }) {
  return (
    <div class="sr" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
