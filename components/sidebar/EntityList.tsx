/** THIS PAGE's entity list: grouped by kind, with counts; buttons reveal the next mention on the page. */
import type { KindGroup } from '../../core/sidebar/view';
import type { Dataset } from '../../data/schema';
import { d, lt, t, tn } from '../../shared/i18n';
import { Local } from './Local';

export interface EntityListProps {
  groups: KindGroup[];
  /** Mentioned entities before filtering. */
  totalEntities: number;
  filter: string;
  onFilter(value: string): void;
  selected: string | null;
  onReveal(entityId: string): void;
  dataset: Dataset;
}

export function EntityList({ groups, totalEntities, filter, onFilter, selected, onReveal, dataset }: EntityListProps) {
  const shown = groups.reduce((n, g) => n + g.rows.length, 0);
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  return (
    <div class="entities">
      <div class="filter">
        <label for="entity-filter">{t('sbFilterLabel')}</label>
        <input
          id="entity-filter"
          type="search"
          value={filter}
          placeholder={t('sbFilterPlaceholder')}
          autocomplete="off"
          aria-describedby="entity-filter-count"
          onInput={(e) => onFilter((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="entity-hint" class="muted">
          {t('sbFilterHint')}
        </p>
        <p id="entity-filter-count" class="muted" aria-live="polite">
          {filter ? t('sbShowingOf', { shown, total: totalEntities }) : tn('sbEntitiesMentioned', totalEntities)}
        </p>
      </div>
      {groups.map((group) => (
        <section key={group.kind} class="kind-group" aria-labelledby={`kind-${group.kind}`}>
          <h3 id={`kind-${group.kind}`}>
            {t(`kindGroup_${group.kind}`)} <span class="muted">{tn('sbMentionCount', group.total)}</span>
          </h3>
          <ul class="entity-list">
            {group.rows.map((row) => {
              const uk = byId.get(row.id)?.uk;
              const name = lt(row.name, uk?.name);
              const summary = lt(row.summary, uk?.summary);
              return (
                <li key={row.id}>
                  <button
                    type="button"
                    class={`entity kind-${row.kind}${selected === row.id ? ' selected' : ''}`}
                    data-entity-id={row.id}
                    aria-current={selected === row.id ? 'true' : undefined}
                    title={summary.text}
                    onClick={() => onReveal(row.id)}
                  >
                    <span class="entity-name" lang={name.lang}>
                      {name.text}
                    </span>
                    <span class="count">
                      {row.count}
                      <span class="visually-hidden"> {tn('sbMentionWord', row.count)}</span>
                    </span>
                  </button>
                  {selected === row.id ? (
                    <>
                      <p class="entity-summary">
                        <Local value={summary} />
                      </p>
                      <p class="entity-checked muted">
                        {t('sbFactsChecked')} <time dateTime={row.checked}>{d(row.checked)}</time>
                      </p>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {shown === 0 && filter ? <p class="muted">{t('sbNoMatch', { filter })}</p> : null}
    </div>
  );
}
