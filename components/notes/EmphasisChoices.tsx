/** "Emphasise in the share link": the page's entities, each a box; the ticked ones go in the reader's link. */
import { useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n';

export function EmphasisChoices({
  entities,
  chosen,
  tr,
  onToggle,
}: {
  entities: { id: string; name: string }[];
  chosen: string[];
  tr: Translator;
  onToggle(id: string, on: boolean): void;
}) {
  // Open at first when something is already ticked; after that the reader's own toggling rules.
  const [startOpen] = useState(chosen.length > 0);
  if (entities.length === 0) return null;
  const ticked = new Set(chosen);
  return (
    <details class="bs-emphasis-pick" open={startOpen}>
      <summary data-key="emphasis-summary">{tr.t('noteEmphasisPick')}</summary>
      {entities.map(({ id, name }) => (
        <label key={id}>
          <input
            type="checkbox"
            value={id}
            data-key={`emphasis-${id}`}
            checked={ticked.has(id)}
            onChange={(e) => onToggle(id, (e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {name}
        </label>
      ))}
    </details>
  );
}
