/** A new note on the passage the reader selected in the article. */
import type { Translator } from '../../core/i18n';
import { quoteLine } from './quote';

export function Composer({
  exact,
  tr,
  draft,
  busy,
  onDraft,
  onSave,
  onCancel,
}: {
  exact: string;
  tr: Translator;
  draft: string;
  busy: boolean;
  onDraft(text: string): void;
  onSave(): void;
  onCancel(): void;
}) {
  return (
    <section class="bs-add" aria-label={tr.t('noteAdd')}>
      <div class="bs-quote">{quoteLine(tr, exact, 120)}</div>
      <textarea
        class="bs-note-text"
        data-key="compose"
        aria-label={tr.t('noteOn', { quote: exact.slice(0, 80) })}
        value={draft}
        onInput={(e) => onDraft((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="button" class="bs-note-save" disabled={busy} onClick={onSave}>
        {tr.t('noteSave')}
      </button>
      <button type="button" onClick={onCancel}>
        {tr.t('cancel')}
      </button>
    </section>
  );
}
