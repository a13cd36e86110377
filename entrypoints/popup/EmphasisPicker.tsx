/**
 * "Emphasise in the share link", in the popup: the entities the page mentions, each a checkbox. The
 * ticked ones are stored for the article (the same record the in-page notes panel edits), and the share
 * link and context pack stress them for students. Teachers can pick them without writing a note first.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Local } from '../../components/sidebar/Local';
import { entityName, entityNameIn } from '../../shared/entity-names';
import { lt, t } from '../../shared/i18n';
import { emphasisForUrl, saveEmphasisFor } from '../../shared/storage';

/** `entityIds`: the page's entities in order of first mention. */
export function EmphasisPicker({ url, entityIds }: { url: string; entityIds: string[] }) {
  const [chosen, setChosen] = useState<string[] | null>(null);
  // Open at first when something is already ticked; after that the reader's own toggling rules.
  const [startOpen, setStartOpen] = useState(false);
  // Saves one after another, so quick ticks land in the order they were made.
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void emphasisForUrl(url)
      .catch(() => [])
      .then((ids) => {
        if (!live) return;
        setChosen(ids);
        setStartOpen(ids.length > 0);
      });
    return () => {
      live = false;
    };
  }, [url]);

  if (chosen === null || entityIds.length === 0) return null;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    // Page order first; ids stored earlier that this page no longer mentions are kept after them.
    const ids = entityIds.filter((e) => next.has(e)).concat([...next].filter((e) => !entityIds.includes(e)));
    setChosen(ids);
    saving.current = saving.current.then(() => saveEmphasisFor(url, ids)).catch(() => {});
  };

  const ticked = new Set(chosen);
  return (
    <details class="emphasis" open={startOpen} data-testid="emphasis-picker">
      <summary>
        {t('noteEmphasisPick')}
        {chosen.length > 0 && ` (${chosen.length})`}
      </summary>
      <ul>
        {entityIds.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                value={id}
                checked={ticked.has(id)}
                onChange={(event) => toggle(id, (event.currentTarget as HTMLInputElement).checked)}
              />{' '}
              <Local value={lt(entityName(id), entityNameIn(id, 'uk'))} />
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
