import type { Translator } from '../../core/i18n';

/** A passage as the panel quotes it: in the language's quotation marks, cut at `max` characters. */
export function quoteLine(tr: Translator, exact: string, max = 200): string {
  return tr.t('noteQuote', { quote: exact.length > max ? `${exact.slice(0, max - 1)}…` : exact });
}
