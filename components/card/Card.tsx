/** The hover/focus card: renders a CardView. No DOM logic here (see page/card/). */
import type { CardRenderProps } from '../../page/card/controller';

export function Card({ view, pinned, onPin, onClose, onMore, onDisableSite }: CardRenderProps) {
  const titleId = 'backstory-card-title';
  const summaryId = 'backstory-card-summary';
  return (
    <div class="card" role="dialog" aria-labelledby={titleId} aria-describedby={summaryId} data-entity={view.entityId}>
      <div class="head">
        <div class="title">
          <h2 id={titleId}>{view.name}</h2>
          <span class={`kind kind-${view.kind}`}>{view.kindLabel}</span>
        </div>
        <div class="tools">
          <button
            type="button"
            class="icon"
            aria-pressed={pinned}
            title={pinned ? 'Unpin: close the card when the pointer leaves' : 'Pin: keep this card open'}
            onClick={onPin}
          >
            <span aria-hidden="true">{pinned ? '◆' : '◇'}</span>
            <span class="sr">Pin card</span>
          </button>
          <button type="button" class="icon" title="Close (Esc)" onClick={onClose}>
            <span aria-hidden="true">×</span>
            <span class="sr">Close card</span>
          </button>
        </div>
      </div>
      <p class="summary" id={summaryId}>
        {view.summary}
      </p>
      {view.facts.length > 0 && (
        <dl class="facts">
          {view.facts.map((fact) => (
            <div class="fact" key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {view.compare.length > 0 && (
        <div class="compare">
          <h3>Beside other figures</h3>
          <ul>
            {view.compare.map((c) => (
              <li key={c.id}>
                <strong>{c.value}</strong> — {c.name}{' '}
                <span class="muted">
                  ({c.claimType}; {c.estimatedBy})
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="context">{view.context}</p>
      <h3>Sources</h3>
      <ul class="sources">
        {view.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
              {s.publisher}, {s.published}
            </a>
          </li>
        ))}
      </ul>
      <div class="foot">
        <button type="button" class="primary" onClick={onMore}>
          More in the sidebar
        </button>
        <button type="button" class="quiet" onClick={onDisableSite}>
          Turn off on this site
        </button>
      </div>
      <p class="asof">Facts as of {view.asOf}</p>
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
