/** The stored notes, article by article, each with Edit (inline) and Delete (with Undo). Renders text only. */
import { useState } from 'preact/hooks';
import {
  editNote,
  isHttpUrl,
  type Note,
  notesByArticle,
  removeNote,
  restoreNote,
  type StoredNotes,
} from '../../core/notes';
import { t } from '../../shared/i18n';
import { loadNotes, saveNotes } from '../../shared/storage';

const short = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Applies a change to what is stored now (not what this page last saw); false when the store is unreadable. */
async function change(apply: (notes: StoredNotes) => StoredNotes | null): Promise<boolean> {
  const current = await loadNotes();
  if ('unreadable' in current) return false;
  const next = apply(current.notes);
  if (!next) return false;
  await saveNotes(next);
  return true;
}

export function NoteList({ notes, disabled }: { notes: StoredNotes; disabled: boolean }) {
  const [editing, setEditing] = useState<{ id: string; draft: string } | null>(null);
  const [deleted, setDeleted] = useState<{ note: Note; index: number } | null>(null);
  const [status, setStatus] = useState('');
  const articles = notesByArticle(notes);
  if (articles.length === 0 && !deleted) return null;

  const focusLater = (selector: string) => setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);

  const onSave = async (id: string) => {
    if (!editing) return;
    const ok = await change((n) => editNote(n, id, editing.draft));
    setStatus(ok ? t('noteUpdated') : t('noteUpdateFailed'));
    if (ok) {
      setEditing(null);
      focusLater(`[data-note-id="${CSS.escape(id)}"] .note-edit`);
    }
  };
  const onDelete = async (id: string) => {
    let removed: { note: Note; index: number } | null = null;
    const ok = await change((n) => {
      const r = removeNote(n, id);
      if (r) removed = { note: r.removed, index: r.index };
      return r?.notes ?? null;
    });
    if (ok && removed) {
      setDeleted(removed);
      setStatus(t('noteDeleted'));
      focusLater('.note-undo');
    } else setStatus(t('noteDeleteFailed'));
  };
  const onUndo = async () => {
    if (!deleted) return;
    const ok = await change((n) => restoreNote(n, deleted.note, deleted.index));
    setDeleted(null);
    setStatus(ok ? t('noteRestored') : t('noteUpdateFailed'));
  };

  return (
    <div class="note-list">
      <h3>{t('notesByArticle')}</h3>
      {articles.map(({ url, notes: list }) => (
        <section key={url} class="note-article">
          <h4>
            {/* A link only to a web address (an imported note could name javascript: or data:). */}
            {isHttpUrl(url) ? (
              <a href={url} target="_blank" rel="noreferrer noopener">
                {short(url, 100)}
              </a>
            ) : (
              short(url, 100)
            )}
          </h4>
          <ol>
            {list.map((note) => (
              <li key={note.id} data-note-id={note.id}>
                <div class="note-quote">“{short(note.exact, 200)}”</div>
                {editing?.id === note.id ? (
                  <div>
                    <textarea
                      class="note-textarea"
                      aria-label={t('noteEditLabel', { quote: short(note.exact) })}
                      value={editing.draft}
                      onInput={(e) =>
                        setEditing({ id: note.id, draft: (e.currentTarget as HTMLTextAreaElement).value })
                      }
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') setEditing(null);
                      }}
                      // biome-ignore lint/a11y/noAutofocus: the reader just asked to edit this note
                      autoFocus
                    />
                    <button type="button" class="note-save" onClick={() => void onSave(note.id)}>
                      {t('noteEditSave')}
                    </button>
                    <button type="button" onClick={() => setEditing(null)}>
                      {t('cancel')}
                    </button>
                  </div>
                ) : (
                  <div>
                    <div class="note-text">{note.text}</div>
                    <button
                      type="button"
                      class="note-edit"
                      disabled={disabled}
                      aria-label={t('noteEditLabel', { quote: short(note.exact) })}
                      onClick={() => setEditing({ id: note.id, draft: note.text })}
                    >
                      {t('noteEdit')}
                    </button>
                    <button
                      type="button"
                      class="note-delete"
                      disabled={disabled}
                      aria-label={t('noteDeleteLabel', { quote: short(note.exact) })}
                      onClick={() => void onDelete(note.id)}
                    >
                      {t('noteDelete')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <div role="status" data-testid="note-list-status">
        {status}
        {deleted && (
          <button type="button" class="note-undo" onClick={() => void onUndo()}>
            {t('noteUndo')}
          </button>
        )}
      </div>
    </div>
  );
}
