/** Export the page's findings: JSON and CSV downloads, a Markdown summary to the clipboard. */
export interface ExportBarProps {
  onJson(): void;
  onCsv(): void;
  onMarkdown(): void;
}

export function ExportBar({ onJson, onCsv, onMarkdown }: ExportBarProps) {
  return (
    <section id="export" class="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export findings</h2>
      <div class="export-buttons">
        <button type="button" onClick={onJson}>
          Download JSON
        </button>
        <button type="button" onClick={onCsv}>
          Download CSV<span class="visually-hidden"> (one row per mention)</span>
        </button>
        <button type="button" onClick={onMarkdown}>
          Copy Markdown summary
        </button>
      </div>
    </section>
  );
}
