/**
 * "Emphasise in the share link", in the popup: the entities the page mentions, each a checkbox. The
 * ticked ones are stored for the article (the same record the in-page notes panel edits), and the share
 * link and context pack stress them for students. Teachers can pick them without writing a note first.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EmphasisChoices } from '../../components/notes/EmphasisChoices';
import { entityName, entityNameIn } from '../../shared/entity-names';
import { lt, translatorNow } from '../../shared/i18n';
import { emphasisForUrl, saveEmphasisFor } from '../../shared/storage';

/** `entityIds`: the page's entities in order of first mention. */
export function EmphasisPicker({ url, entityIds }: { url: string; entityIds: string[] }) {
  const [chosen, setChosen] = useState<string[] | null>(null);
  // Saves one after another, so quick ticks land in the order they were made.
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void emphasisForUrl(url)
      .catch(() => [])
      .then((ids) => {
        if (!live) return;
        setChosen(ids);
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

  return (
    <EmphasisChoices
      entities={entityIds.map((id) => ({ id, name: lt(entityName(id), entityNameIn(id, 'uk')) }))}
      chosen={chosen}
      tr={translatorNow()}
      onToggle={toggle}
      className="emphasis"
      testId="emphasis-picker"
    />
  );
}
