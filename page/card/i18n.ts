/**
 * The in-page card's words (card, live region, teacher-notes panel), in the card language the reader
 * chose (core/i18n.ts `cardLanguage`). Both message tables are compiled into the card UI bundle: a
 * content script cannot fetch the extension's _locales files without making them web-accessible (which
 * would let pages read them), and this way showing a card makes no request at all. Only the card UI
 * bundle imports this module (it is loaded on story pages only), never the every-page content script.
 */
import { cardLanguage, type Messages, type Translator, translator, type UiLanguage } from '../../core/i18n';
import type { Settings } from '../../core/settings';
import en from '../../public/_locales/en/messages.json';
import uk from '../../public/_locales/uk/messages.json';

const TRANSLATORS: Record<UiLanguage, Translator> = {
  en: translator('en', en as Messages),
  // English under Ukrainian: a key not translated yet shows in English rather than as its name.
  uk: translator('uk', { ...(en as Messages), ...(uk as Messages) }),
};

export function translatorFor(language: UiLanguage): Translator {
  return TRANSLATORS[language];
}

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

/** The translator for the card language these settings ask for. */
export function cardTranslator(settings: Pick<Settings, 'cardLanguage' | 'uiLanguage'>): Translator {
  return TRANSLATORS[cardLanguage(settings, browserLanguage())];
}
