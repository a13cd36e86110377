/**
 * "Emphasise in the share link": the page's entities, each a box; the ticked ones go in the reader's
 * link. One picker for the popup (entrypoints/popup/EmphasisPicker.tsx) and the page's notes panel;
 * each keeps the choice its own way and renders it here.
 */
import { useState } from 'preact/hooks';
import type { LocalText, Translator } from '../../core/i18n';
import { Local } from '../sidebar/Local';

export function EmphasisChoices({
  entities,
  chosen,
  tr,
  onToggle,
  className = 'bs-emphasis-pick',
  testId,
}: {
  entities: { id: string; name: LocalText }[];
  chosen: string[];
  tr: Translator;
  onToggle(id: string, on: boolean): void;
  className?: string;
  testId?: string;
}) {
  // Open at first when something is already ticked; after that the reader's own toggling rules.
  const [startOpen] = useState(chosen.length > 0);
  if (entities.length === 0) return null;
  const ticked = new Set(chosen);
  return (
    <details class={className} open={startOpen} data-testid={testId}>
      <summary data-key="emphasis-summary">
        {tr.t('noteEmphasisPick')}
        {chosen.length > 0 && ` (${chosen.length})`}
      </summary>
      <ul>
        {entities.map(({ id, name }) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                value={id}
                data-key={`emphasis-${id}`}
                checked={ticked.has(id)}
                onChange={(e) => onToggle(id, (e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              <Local value={name} />
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
