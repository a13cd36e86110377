/**
 * "Share with students" in the page's notes panel: the name to sign with, which of the reader's notes go
 * in, what students will see, and Copy. Renders only (the frame's App makes and copies the link).
 */
import type { Translator } from '../../core/i18n';
import type { PageNote } from '../../core/messages/notes-frame';
import { quoteLine } from './quote';
import { ShareNameField, SharePreview } from './SharePreview';

export interface ShareSectionProps {
  tr: Translator;
  notes: PageNote[];
  leftOut: ReadonlySet<string>;
  emphasisNames: string[];
  name: string;
  sharedOn: string;
  busy: boolean;
  onName(value: string): void;
  onToggle(id: string, on: boolean): void;
  onCopy(): void;
}

export function ShareSection(p: ShareSectionProps) {
  const { tr } = p;
  const chosen = p.notes.filter((n) => !p.leftOut.has(n.id));
  return (
    <details class="bs-share">
      <summary data-key="share-summary">{tr.t('shareWithStudents')}</summary>
      <ShareNameField tr={tr} id="bs-share-name" value={p.name} onChange={p.onName} />
      {p.notes.length > 0 && (
        <fieldset>
          <legend>{tr.t('shareNotesPick', { chosen: chosen.length, total: p.notes.length })}</legend>
          {p.notes.map((n) => (
            <label key={n.id}>
              <input
                type="checkbox"
                value={n.id}
                checked={!p.leftOut.has(n.id)}
                onChange={(e) => p.onToggle(n.id, (e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {quoteLine(tr, n.exact, 60)}
            </label>
          ))}
        </fieldset>
      )}
      <SharePreview tr={tr} by={p.name} sharedOn={p.sharedOn} emphasisNames={p.emphasisNames} notes={chosen} />
      <button
        type="button"
        data-key="share-copy"
        disabled={p.busy || (chosen.length === 0 && p.emphasisNames.length === 0)}
        onClick={p.onCopy}
      >
        {tr.t('copyShareLink')}
      </button>
      <p class="bs-hint">{tr.t('shareLinkWhoCanRead')}</p>
    </details>
  );
}
