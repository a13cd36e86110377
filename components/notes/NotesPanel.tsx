/**
 * The notes panel, rendered inside the notes frame (never in the page's document): a share link's notes
 * and emphasis, the reader's own notes with Edit, Delete and Undo, a new note on a selected passage, the
 * entities to emphasise in the reader's link. Renders only; entrypoints/notes-frame/App.tsx holds the state.
 */
import { formatDate, type LocalText, type Translator } from '../../core/i18n';
import type { FrameState, PageNote } from '../../core/messages/notes-frame';
import { Composer } from './Composer';
import { EmphasisChoices } from './EmphasisChoices';
import { NoteItem, QuoteButton } from './NoteItem';
import { ShareSection, type ShareSectionProps } from './ShareSection';

export interface PanelStatus {
  text: string;
  /** Offer Undo (a note was just deleted). */
  undo: boolean;
}

export interface NotesPanelProps {
  tr: Translator;
  page: FrameState;
  stored: PageNote[];
  /** The reader's own emphasis for their share link; null until read. */
  myEmphasis: string[] | null;
  composing: { exact: string; draft: string } | null;
  editing: { id: string; draft: string } | null;
  current: string | null;
  status: PanelStatus | null;
  busy: boolean;
  /** An entity's name in the panel's language (English marked where it has no translation). */
  nameOf(id: string): LocalText;
  /** "Share with students" (the reader's own notes and emphasis); null in a share link's view. */
  share: Omit<ShareSectionProps, 'tr' | 'notes' | 'busy'> | null;
  on: {
    reveal(id: string): void;
    saveShared(): void;
    edit(id: string): void;
    draft(text: string): void;
    saveEdit(): void;
    cancelEdit(): void;
    remove(id: string): void;
    undo(): void;
    composeDraft(text: string): void;
    saveNew(): void;
    cancelNew(): void;
    emphasis(id: string, on: boolean): void;
    close(): void;
  };
}

export function NotesPanel(p: NotesPanelProps) {
  const { tr, page, stored, on } = p;
  const orphans = new Set(page.orphans);
  const nameOf = (id: string) => p.nameOf(id).text;
  const allSaved = page.shared.every((n) => stored.some((s) => s.id === n.id));
  const fromLink = page.shared.length > 0 || page.sharedEmphasis.length > 0;
  return (
    <section class="bs-notes" lang={tr.language} aria-label={tr.t('notesPanelLabel')}>
      {page.linkError && (
        <p class="bs-error" role="alert">
          {tr.t('shareLinkUnreadable')}
        </p>
      )}
      {(page.shared.length > 0 || page.sharedEmphasis.length > 0) && (
        <>
          <h2>{tr.t('noteFromShareLink')}</h2>
          <SharedBy tr={tr} by={page.sharedBy} on={page.sharedOn} />
          {page.sharedEmphasis.length > 0 && (
            <p class="bs-emphasis">{tr.t('noteEmphasisAsk', { names: page.sharedEmphasis.map(nameOf).join(', ') })}</p>
          )}
          {page.shared.length > 0 && (
            <>
              <ol class="bs-shared">
                {page.shared.map((n) => (
                  <li key={n.id} data-id={n.id} class={p.current === n.id ? 'bs-current' : undefined}>
                    <QuoteButton note={n} tr={tr} orphan={orphans.has(n.id)} onReveal={() => on.reveal(n.id)} />
                    <div>{n.text}</div>
                    {orphans.has(n.id) && <div class="bs-orphan">{tr.t('noteNotFound')}</div>}
                  </li>
                ))}
              </ol>
              <button
                type="button"
                class="bs-save"
                data-key="save-shared"
                disabled={allSaved || p.busy}
                onClick={on.saveShared}
              >
                {tr.t(allSaved ? 'noteSaved' : 'noteSaveShared')}
              </button>
            </>
          )}
        </>
      )}
      {p.composing && (
        <Composer
          exact={p.composing.exact}
          tr={tr}
          draft={p.composing.draft}
          busy={p.busy}
          onDraft={on.composeDraft}
          onSave={on.saveNew}
          onCancel={on.cancelNew}
        />
      )}
      {stored.length > 0 && (
        <>
          <h2>{tr.t('notesMine')}</h2>
          <ol class="bs-mine">
            {stored.map((n) => (
              <NoteItem
                key={n.id}
                note={n}
                tr={tr}
                orphan={orphans.has(n.id)}
                draft={p.editing?.id === n.id ? p.editing.draft : null}
                current={p.current === n.id}
                busy={p.busy}
                onReveal={() => on.reveal(n.id)}
                onEdit={() => on.edit(n.id)}
                onDraft={on.draft}
                onSave={on.saveEdit}
                onCancel={on.cancelEdit}
                onDelete={() => on.remove(n.id)}
              />
            ))}
          </ol>
        </>
      )}
      {/* A share link's view is the students': the teacher's emphasis picker is not part of it. */}
      {p.myEmphasis !== null && !fromLink && (
        <EmphasisChoices
          entities={page.entities.map((id) => ({ id, name: p.nameOf(id) }))}
          chosen={p.myEmphasis}
          tr={tr}
          onToggle={on.emphasis}
        />
      )}
      {p.share && !fromLink && (stored.length > 0 || (p.myEmphasis?.length ?? 0) > 0) && (
        <ShareSection tr={tr} notes={stored} busy={p.busy} {...p.share} />
      )}
      <button type="button" data-key="close" onClick={on.close}>
        {tr.t('noteClose')}
      </button>
      <div class="bs-status" role="status">
        {p.status && <span>{p.status.text}</span>}
        {p.status?.undo && (
          <>
            {' '}
            <button type="button" data-key="undo" onClick={on.undo}>
              {tr.t('noteUndo')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

/** Who shared the link and when, as far as the link says. */
function SharedBy({ tr, by, on }: { tr: Translator; by?: string; on?: string }) {
  if (!by && !on) return null;
  const date = on ? formatDate(on, tr.language) : '';
  const line =
    by && on
      ? tr.t('noteSharedByOn', { name: by, date })
      : by
        ? tr.t('noteSharedBy', { name: by })
        : tr.t('noteSharedOn', { date });
  return <p class="bs-shared-by">{line}</p>;
}
