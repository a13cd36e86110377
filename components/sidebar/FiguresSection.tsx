/** FIGURES: every figure the page mentions; a politician's number shows the independent estimate beside it. */

import { claimTypeLabel, figureValue } from '../../core/card/view-model';
import type { FigureView } from '../../core/sidebar/view';
import type { Figure } from '../../data/schema';
import { d, lt, t, tn, translatorNow } from '../../shared/i18n';
import { Local } from './Local';
import { SourceDate } from './SourceDate';

function SourceLinks({ figure }: { figure: Figure }) {
  return (
    <ul class="figure-sources">
      {figure.sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noreferrer" lang="en">
            {s.title}
          </a>{' '}
          <span class="muted">
            (<span lang="en">{s.publisher}</span>, <SourceDate source={s} />)
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The figure's own texts in the reader's language where the dataset has them. */
function texts(figure: Figure) {
  return {
    name: lt(figure.name, figure.uk?.name),
    counts: lt(figure.counts, figure.uk?.counts),
    by: lt(figure.estimatedBy, figure.uk?.estimatedBy),
    period: lt(figure.period, figure.uk?.period),
  };
}

function FigureFacts({ figure }: { figure: Figure }) {
  const x = texts(figure);
  return (
    <dl class="facts">
      <dt>{t('cardCounts')}</dt>
      <dd>
        <Local value={x.counts} />
      </dd>
      <dt>{t('cardBy')}</dt>
      <dd>
        <Local value={x.by} />
      </dd>
      <dt>{t('cardFor')}</dt>
      <dd>
        <Local value={x.period} />
      </dd>
      <dt>{t('cardType')}</dt>
      <dd>
        <span class={`claim claim-${figure.claimType}`}>{claimTypeLabel(figure.claimType, translatorNow())}</span>
      </dd>
      <dt>{t('sbChecked')}</dt>
      <dd>
        <time dateTime={figure.asOf}>{d(figure.asOf)}</time>
      </dd>
    </dl>
  );
}

/** "$350 billion" in the reader's language; a unit the tables do not translate stays English. */
function Value({ figure }: { figure: Figure }) {
  const text = figureValue(figure.value, figure.unit, translatorNow());
  const english = !/^(percent|(thousand|million|billion|trillion) US dollars)$/.test(figure.unit);
  return english ? <span lang="en">{text}</span> : text;
}

export function FiguresSection({ figures }: { figures: FigureView[] }) {
  return (
    <section id="figures" class="panel" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('sbFigures')}</h2>
      {figures.length === 0 ? <p class="muted">{t('sbNoFigures')}</p> : null}
      {figures.map(({ figure, count, compare, isClaim }) => {
        const x = texts(figure);
        return (
          <article key={figure.id} class="figure" data-figure-id={figure.id} aria-labelledby={`figure-${figure.id}`}>
            <h3 id={`figure-${figure.id}`}>
              <Local value={x.name} /> <span class="muted">{tn('sbMentionCount', count)}</span>
            </h3>
            <p class="figure-value">
              <Value figure={figure} />
            </p>
            <FigureFacts figure={figure} />
            <SourceLinks figure={figure} />
            {isClaim && compare.length > 0 ? (
              <aside class="compare" aria-label={t('sbCompareLabel')}>
                <p class="compare-intro">{t('sbClaimIntro')}</p>
                {compare.map((other) => {
                  const o = texts(other);
                  return (
                    <div key={other.id} class="compare-figure" data-compare-id={other.id}>
                      <p>
                        <strong>
                          <Value figure={other} />
                        </strong>{' '}
                        — <Local value={o.name} />, {t('sbAccordingTo')} <Local value={o.by} /> (
                        <Local value={o.period} />;{' '}
                        {claimTypeLabel(other.claimType, translatorNow()).toLocaleLowerCase()}).
                      </p>
                      <p class="muted">
                        <Local value={o.counts} />
                      </p>
                      <SourceLinks figure={other} />
                    </div>
                  );
                })}
              </aside>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
