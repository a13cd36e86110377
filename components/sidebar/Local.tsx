/** A dataset text in the reader's language, or its English marked lang="en" (shared/i18n.ts `lt`). */
import type { LocalText } from '../../core/i18n';

export function Local({ value }: { value: LocalText }) {
  return value.lang ? <span lang={value.lang}>{value.text}</span> : value.text;
}
