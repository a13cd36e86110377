/** One of the reader's own notes: its passage (a button that shows it in the article), its text, Edit and Delete. */
import type { Translator } from '../../core/i18n';
import type { PageNote } from '../../core/messages/notes-frame';
import { quoteLine } from './quote';

export interface NoteItemProps {
  note: PageNote;
  tr: Translator;
  orphan: boolean;
  /** The draft while this note is being edited. */
  draft: string | null;
  /** The note the reader just clicked in the article. */
  current: boolean;
  onReveal(): void;
  onEdit(): void;
  onDraft(text: string): void;
  onSave(): void;
  onCancel(): void;
  onDelete(): void;
  busy: boolean;
}

export function NoteItem(p: NoteItemProps) {
  const { note, tr } = p;
  return (
    <li class={`bs-mine-note${p.current ? ' bs-current' : ''}`} data-id={note.id}>
      <QuoteButton note={note} tr={tr} orphan={p.orphan} onReveal={p.onReveal} />
      {p.draft === null ? (
        <>
          <div class="bs-note-text">{note.text}</div>
          {p.orphan && <div class="bs-orphan">{tr.t('noteNotFound')}</div>}
          <div class="bs-note-actions">
            <button
              type="button"
              class="bs-edit"
              data-key={`edit-button-${note.id}`}
              aria-label={tr.t('noteEditAria', { text: note.text.slice(0, 60) })}
              onClick={p.onEdit}
            >
              {tr.t('noteEdit')}
            </button>
            <button
              type="button"
              class="bs-delete"
              data-key={`delete-${note.id}`}
              aria-label={tr.t('noteDeleteAria', { text: note.text.slice(0, 60) })}
              disabled={p.busy}
              onClick={p.onDelete}
            >
              {tr.t('noteDelete')}
            </button>
          </div>
        </>
      ) : (
        <>
          <textarea
            class="bs-edit-text"
            data-key={`edit-${note.id}`}
            aria-label={tr.t('noteEditLabel', { quote: note.exact.slice(0, 80) })}
            value={p.draft}
            onInput={(e) => p.onDraft((e.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                p.onCancel();
              }
            }}
          />
          <div class="bs-note-actions">
            <button type="button" data-key={`edit-save-${note.id}`} disabled={p.busy} onClick={p.onSave}>
              {tr.t('noteEditSave')}
            </button>
            <button type="button" data-key={`edit-cancel-${note.id}`} onClick={p.onCancel}>
              {tr.t('cancel')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** A note's passage: a button that scrolls the article to it (plain text when it is not in the article). */
export function QuoteButton({
  note,
  tr,
  orphan,
  onReveal,
}: {
  note: PageNote;
  tr: Translator;
  orphan: boolean;
  onReveal(): void;
}) {
  if (orphan) return <div class="bs-quote">{quoteLine(tr, note.exact)}</div>;
  return (
    <button type="button" class="bs-quote bs-reveal" title={tr.t('noteShowPassage')} onClick={onReveal}>
      {quoteLine(tr, note.exact)}
    </button>
  );
}
