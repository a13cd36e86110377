/**
 * The interface language for extension pages (popup, options, sidebar, handout): the browser's locale,
 * or the reader's choice in the options. The tables, the translator and date formatting are
 * core/i18n.ts's, the one i18n layer every page of ours uses (the in-page card too). `{name}`
 * placeholders are filled by t(); plural keys end in _one/_few/_many/_other.
 */
import {
  formatDate,
  LOCALE,
  type LocalText,
  localText,
  resolveLanguage,
  type Translator,
  translatorFor,
  type UiLanguage,
  type Vars,
} from '../core/i18n';
import type { LanguageChoice } from '../core/settings';

export { type LocalText, resolveLanguage, type Translator, type UiLanguage };

let current: Translator = translatorFor('en');

/** Chooses the language for this page (and says so on its root element). */
export async function initI18n(choice: LanguageChoice): Promise<UiLanguage> {
  current = translatorFor(resolveLanguage(choice, browser.i18n.getUILanguage()));
  document.documentElement.lang = current.language;
  return current.language;
}

export function currentLanguage(): UiLanguage {
  return current.language;
}

/** This page's translator (what the card's components receive as `tr`). */
export function translatorNow(): Translator {
  return current;
}

export function t(key: string, vars: Vars = {}): string {
  return current.t(key, vars);
}

/** A count with the language's plural form (Ukrainian has one/few/many). */
export function tn(key: string, count: number, vars: Vars = {}): string {
  return current.tn(key, count, vars);
}

/** A number in this page's language ("87.5" / "87,5"). */
export function n(value: number): string {
  return new Intl.NumberFormat(LOCALE[current.language], { maximumFractionDigits: 1 }).format(value);
}

/** A date in this page's language (core/i18n.ts `formatDate`). */
export function d(iso: string): string {
  return formatDate(iso, current.language);
}

/** A dataset text in this page's language (its `uk` version), or the English marked lang="en". */
export function lt(en: string, uk: string | undefined): LocalText {
  return localText(en, current.language === 'uk' ? uk : undefined, current.language);
}
