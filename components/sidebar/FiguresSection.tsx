/** FIGURES: every figure the page mentions; a politician's number shows the independent estimate beside it. */

import { longDate, sourceDate } from '../../core/export/citation';
import { CLAIM_LABEL, type FigureView, formatFigure } from '../../core/sidebar/view';
import type { Figure } from '../../data/schema';

function SourceLinks({ figure }: { figure: Figure }) {
  return (
    <ul class="figure-sources">
      {figure.sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noreferrer">
            {s.title}
          </a>{' '}
          <span class="muted">
            ({s.publisher}, {sourceDate(s)})
          </span>
        </li>
      ))}
    </ul>
  );
}

function FigureFacts({ figure }: { figure: Figure }) {
  return (
    <dl class="facts">
      <dt>Counts</dt>
      <dd>{figure.counts}</dd>
      <dt>By</dt>
      <dd>{figure.estimatedBy}</dd>
      <dt>For</dt>
      <dd>{figure.period}</dd>
      <dt>Type</dt>
      <dd>
        <span class={`claim claim-${figure.claimType}`}>{CLAIM_LABEL[figure.claimType]}</span>
      </dd>
      <dt>Checked</dt>
      <dd>
        <time dateTime={figure.asOf}>{longDate(figure.asOf)}</time>
      </dd>
    </dl>
  );
}

export function FiguresSection({ figures }: { figures: FigureView[] }) {
  return (
    <section id="figures" class="panel" aria-labelledby="figures-heading">
      <h2 id="figures-heading">Figures</h2>
      {figures.length === 0 ? <p class="muted">This page mentions none of the story’s figures.</p> : null}
      {figures.map(({ figure, count, compare, isClaim }) => (
        <article key={figure.id} class="figure" data-figure-id={figure.id} aria-labelledby={`figure-${figure.id}`}>
          <h3 id={`figure-${figure.id}`}>
            {figure.name}{' '}
            <span class="muted">
              ({count} {count === 1 ? 'mention' : 'mentions'})
            </span>
          </h3>
          <p class="figure-value">{formatFigure(figure)}</p>
          <FigureFacts figure={figure} />
          <SourceLinks figure={figure} />
          {isClaim && compare.length > 0 ? (
            <aside class="compare" aria-label={`Compare with ${figure.name}`}>
              <p class="compare-intro">This is a political claim. Measured otherwise:</p>
              {compare.map((other) => (
                <div key={other.id} class="compare-figure" data-compare-id={other.id}>
                  <p>
                    <strong>{formatFigure(other)}</strong> — {other.name}, according to {other.estimatedBy} (
                    {other.period}; {CLAIM_LABEL[other.claimType].toLowerCase()}).
                  </p>
                  <p class="muted">{other.counts}</p>
                  <SourceLinks figure={other} />
                </div>
              ))}
            </aside>
          ) : null}
        </article>
      ))}
    </section>
  );
}
