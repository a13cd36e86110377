/** Export the page's findings: JSON and CSV downloads, a Markdown summary to the clipboard. */
import { t } from '../../shared/i18n';

export interface ExportBarProps {
  onJson(): void;
  onCsv(): void;
  onMarkdown(): void;
}

export function ExportBar({ onJson, onCsv, onMarkdown }: ExportBarProps) {
  return (
    <section id="export" class="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('sbExportHeading')}</h2>
      <div class="export-buttons">
        <button type="button" onClick={onJson}>
          {t('sbDownloadJson')}
        </button>
        <button type="button" onClick={onCsv}>
          {t('sbDownloadCsv')}
          <span class="visually-hidden"> {t('sbDownloadCsvHidden')}</span>
        </button>
        <button type="button" onClick={onMarkdown}>
          {t('sbCopyMarkdown')}
        </button>
      </div>
    </section>
  );
}
