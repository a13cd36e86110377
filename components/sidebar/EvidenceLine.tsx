/** One line of detection's evidence in the reader's language (core/detect/evidence.ts), English runs marked. */
import { type Evidence, evidenceParts } from '../../core/detect/evidence';
import { entityNameIn } from '../../shared/entity-names';
import { translatorNow } from '../../shared/i18n';

export function EvidenceLine({ line }: { line: Evidence }) {
  return (
    <>
      {evidenceParts(line, translatorNow(), entityNameIn).map((part, i) =>
        part.lang ? (
          <span key={i} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
