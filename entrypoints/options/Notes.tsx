/**
 * Notes: the list by article (edit, delete with undo), export all and import as Backstory JSON or as W3C Web
 * Annotations JSON-LD (validated, merged, never losing stored notes), delete all with confirmation.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  countNotes,
  exportNotes,
  type ImportReport,
  importNotes,
  MAX_IMPORT_CHARS,
  type StoredNotes,
} from '../../core/notes';
import {
  type AnnotationImportReport,
  exportWebAnnotations,
  importWebAnnotations,
} from '../../core/share/web-annotation';
import { downloadFile } from '../../shared/download';
import { t, tn } from '../../shared/i18n';
import { deleteAllNotes, loadNotes, notesItem, saveNotes } from '../../shared/storage';
import { NoteList } from './NoteList';

export function NotesSection() {
  const [notes, setNotes] = useState<StoredNotes>({});
  const [unreadable, setUnreadable] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [report, setReport] = useState<string[]>([]);

  const reload = async () => {
    const loaded = await loadNotes();
    setNotes(loaded.notes);
    setUnreadable('unreadable' in loaded);
  };
  useEffect(() => {
    void reload();
    return notesItem.watch(() => void reload());
  }, []);

  const count = countNotes(notes);

  const onExport = () => {
    downloadFile(
      `backstory-notes-${new Date().toISOString().slice(0, 10)}.json`,
      JSON.stringify(exportNotes(notes), null, 2),
      'application/json',
    );
  };

  const onExportAnnotations = () => {
    downloadFile(
      `backstory-annotations-${new Date().toISOString().slice(0, 10)}.jsonld`,
      JSON.stringify(exportWebAnnotations(notes), null, 2),
      'application/ld+json',
    );
  };

  /**
   * One import: the file is read only when it is small enough, merged into what is stored now (not what
   * this page last saw), and saved in one write; a failed write (storage full) stores nothing and says
   * so. Every rejected entry is listed.
   */
  const runImport = async (
    event: Event,
    merge: (stored: StoredNotes, text: string) => ImportReport | AnnotationImportReport,
  ) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Bytes ≥ characters: a file this large in bytes may still fit, but is not read whole to find out.
    if (file.size > MAX_IMPORT_CHARS * 4) return setReport([t('importTooLarge')]);
    const current = await loadNotes();
    if ('unreadable' in current) return setUnreadable(true);
    const result = merge(current.notes, await file.text());
    if (result.fileError) {
      const key = {
        'not-json': 'importNotJson',
        'too-large': 'importTooLarge',
        'not-notes-file': 'importNotNotes',
        'not-annotations': 'importNotAnnotations',
      } as const;
      return setReport([t(key[result.fileError])]);
    }
    if (result.added > 0) {
      try {
        await saveNotes(result.merged);
      } catch (error) {
        // Nothing was written: the stored notes are as they were.
        setReport([t('importSaveFailed', { error: String(error).slice(0, 200) })]);
        return reload();
      }
    }
    setReport([
      t('importResult', { added: result.added, duplicates: result.duplicates, rejected: result.rejected.length }),
      ...result.rejected.map((r) => t('importRejected', { index: r.index + 1, reason: r.reason })),
    ]);
    await reload();
  };

  const onImportAnnotations = (event: Event) => runImport(event, importWebAnnotations);

  const onImport = (event: Event) => runImport(event, importNotes);

  const onDelete = async () => {
    await deleteAllNotes();
    setConfirming(false);
    setReport([t('notesDeleted')]);
    await reload();
  };

  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('sectionNotes')}</h2>
      {unreadable && (
        <p class="notice" role="alert">
          {t('notesUnreadable')}
        </p>
      )}
      <p data-testid="notes-count">{tn('notes', count)}</p>
      <div class="row">
        <button type="button" onClick={onExport} disabled={count === 0}>
          {t('exportNotes')}
        </button>
        <label class="file-button">
          {t('importNotes')}
          <input type="file" accept="application/json,.json" disabled={unreadable} onChange={onImport} />
        </label>
        <button type="button" onClick={onExportAnnotations} disabled={count === 0} data-testid="export-annotations">
          {t('exportAnnotations')}
        </button>
        <label class="file-button">
          {t('importAnnotations')}
          <input
            type="file"
            accept="application/ld+json,application/json,.jsonld,.json"
            disabled={unreadable}
            onChange={onImportAnnotations}
            data-testid="import-annotations"
          />
        </label>
        <button type="button" onClick={() => setConfirming(true)} disabled={unreadable || count === 0}>
          {t('deleteNotes')}
        </button>
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="delete-question">
          <p id="delete-question">{t('deleteConfirm', { count })}</p>
          <button type="button" class="danger" onClick={onDelete}>
            {t('deleteYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <NoteList notes={notes} disabled={unreadable} />
      <div role="status" data-testid="notes-report">
        {report.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the report is replaced whole, never reordered
          <p key={i}>{line}</p>
        ))}
      </div>
    </section>
  );
}
