/**
 * "Notes in the share link", in the popup: each of the article's stored notes with its quote and text
 * (what the link will carry), ticked by default. Unticked notes stay out of the link. The choice is the
 * popup's own (not stored): a link is made for one occasion.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../../core/notes';
import { t } from '../../shared/i18n';
import { notesForUrl } from '../../shared/storage';

const short = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** `excluded`: ids the teacher unticked; `onChange` gets the new set. */
export function NotePicker({
  url,
  excluded,
  onChange,
}: {
  url: string;
  excluded: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  const [notes, setNotes] = useState<Note[] | null>(null);

  useEffect(() => {
    let live = true;
    void notesForUrl(url)
      .catch(() => [])
      .then((list) => {
        if (live) setNotes(list);
      });
    return () => {
      live = false;
    };
  }, [url]);

  if (!notes || notes.length === 0) return null;
  const chosen = notes.filter((n) => !excluded.has(n.id)).length;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(excluded);
    if (on) next.delete(id);
    else next.add(id);
    onChange(next);
  };

  return (
    <details class="emphasis" data-testid="note-picker">
      <summary>{t('shareNotesPick', { chosen, total: notes.length })}</summary>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            <label>
              <input
                type="checkbox"
                value={n.id}
                checked={!excluded.has(n.id)}
                onChange={(event) => toggle(n.id, (event.currentTarget as HTMLInputElement).checked)}
              />{' '}
              <span class="note-quote">“{short(n.exact, 80)}”</span> {short(n.text, 160)}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
