/**
 * What students will see when they open a share link: who shared it and when, the entities it asks
 * them to look at, and the notes it carries. Shown before the teacher copies a link (popup, notes panel).
 */
import { formatDate, type Translator } from '../../core/i18n';
import { quoteLine } from './quote';

export interface SharePreviewProps {
  tr: Translator;
  by: string;
  sharedOn: string;
  emphasisNames: string[];
  notes: { id: string; exact: string; text: string }[];
  /** Its heading's level where it sits (the popup's sections are h2, the panel's h3). */
  level?: 2 | 3;
}

export function SharePreview({ tr, by, sharedOn, emphasisNames, notes, level = 3 }: SharePreviewProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  if (notes.length === 0 && emphasisNames.length === 0) {
    return (
      <p class="share-empty" data-testid="share-empty">
        {tr.t('shareEmpty')}
      </p>
    );
  }
  const date = formatDate(sharedOn, tr.language);
  return (
    <section class="share-preview" aria-label={tr.t('sharePreviewLabel')} data-testid="share-preview">
      <Heading>{tr.t('sharePreviewLabel')}</Heading>
      <p class="share-by">
        {by.trim() ? tr.t('noteSharedByOn', { name: by.trim(), date }) : tr.t('noteSharedOn', { date })}
      </p>
      {emphasisNames.length > 0 && <p>{tr.t('noteEmphasisAsk', { names: emphasisNames.join(', ') })}</p>}
      {notes.length > 0 && (
        <ol>
          {notes.map((n) => (
            <li key={n.id}>
              <span class="share-quote">{quoteLine(tr, n.exact, 100)}</span> {n.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The name field teachers sign links with (kept for next time). */
export function ShareNameField({
  tr,
  value,
  onChange,
  id,
}: {
  tr: Translator;
  value: string;
  onChange(value: string): void;
  id: string;
}) {
  return (
    <label class="share-name" for={id}>
      {tr.t('shareNameLabel')}
      <input
        id={id}
        type="text"
        maxLength={80}
        autocomplete="name"
        value={value}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
}
