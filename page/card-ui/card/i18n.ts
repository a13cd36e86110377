/**
 * The in-page card's language (card, live region, teacher-notes panel): the card language the reader
 * chose (core/i18n.ts `cardLanguage`). The tables and the translator are core/i18n.ts's, as for every
 * other page of ours. Only the card UI bundle imports this module (it is loaded on story pages only),
 * never the every-page content script.
 */
import { cardLanguage, type Translator, translatorFor } from '../../../core/i18n';
import type { Settings } from '../../../core/settings';

export { translatorFor };

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

/** The translator for the card language these settings ask for. */
export function cardTranslator(settings: Pick<Settings, 'cardLanguage' | 'uiLanguage'>): Translator {
  return translatorFor(cardLanguage(settings, browserLanguage()));
}
