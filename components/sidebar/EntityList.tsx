/** THIS PAGE's entity list: grouped by kind, with counts; buttons reveal the next mention on the page. */
import { longDate } from '../../core/export/citation';
import type { KindGroup } from '../../core/sidebar/view';

export interface EntityListProps {
  groups: KindGroup[];
  /** Mentioned entities before filtering. */
  totalEntities: number;
  filter: string;
  onFilter(value: string): void;
  selected: string | null;
  onReveal(entityId: string): void;
}

export function EntityList({ groups, totalEntities, filter, onFilter, selected, onReveal }: EntityListProps) {
  const shown = groups.reduce((n, g) => n + g.rows.length, 0);
  return (
    <div class="entities">
      <div class="filter">
        <label for="entity-filter">Filter entities</label>
        <input
          id="entity-filter"
          type="search"
          value={filter}
          placeholder="Name or word on the page"
          autocomplete="off"
          aria-describedby="entity-filter-count"
          onInput={(e) => onFilter((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="entity-hint" class="muted">
          Choose a name to scroll the page to its next mention.
        </p>
        <p id="entity-filter-count" class="muted" aria-live="polite">
          {filter ? `Showing ${shown} of ${totalEntities} entities` : `${totalEntities} entities mentioned`}
        </p>
      </div>
      {groups.map((group) => (
        <section key={group.kind} class="kind-group" aria-labelledby={`kind-${group.kind}`}>
          <h3 id={`kind-${group.kind}`}>
            {group.label}{' '}
            <span class="muted">
              ({group.total} {group.total === 1 ? 'mention' : 'mentions'})
            </span>
          </h3>
          <ul class="entity-list">
            {group.rows.map((row) => (
              <li key={row.id}>
                <button
                  type="button"
                  class={`entity kind-${row.kind}${selected === row.id ? ' selected' : ''}`}
                  data-entity-id={row.id}
                  aria-current={selected === row.id ? 'true' : undefined}
                  title={row.summary}
                  onClick={() => onReveal(row.id)}
                >
                  <span class="entity-name">{row.name}</span>
                  <span class="count">
                    {row.count}
                    <span class="visually-hidden"> {row.count === 1 ? 'mention' : 'mentions'}</span>
                  </span>
                </button>
                {selected === row.id ? (
                  <>
                    <p class="entity-summary">{row.summary}</p>
                    <p class="entity-checked muted">
                      Facts checked as of <time dateTime={row.checked}>{longDate(row.checked)}</time>
                    </p>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {shown === 0 && filter ? <p class="muted">No mentioned entity matches “{filter}”.</p> : null}
    </div>
  );
}
