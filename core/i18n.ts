/**
 * The one i18n layer: the message tables, the translator, plural keys and dates. The extension pages
 * (shared/i18n.ts: the popup, options, sidebar, handout) and the in-page card (page/card-ui/card/i18n.ts) only
 * choose the language and take a translator from here. No DOM and no extension APIs here.
 *
 * Messages are the extension's _locales/<lang>/messages.json tables, one per language (also the
 * browser's own i18n files, for the manifest's name and description). Both are compiled into the bundles
 * that show words: a content script cannot fetch the extension's _locales files without making them
 * web-accessible (which would let pages read them), and this way no page of ours makes a request for them.
 * Every user-visible string is a key of these tables (core/i18n-literals.test.ts holds components/ and
 * entrypoints/ to it). `{name}` placeholders are filled from
 * `vars` (unknown names stay as written); `$REASON$` is the one browser-style placeholder in use. Plural
 * keys end in _one/_few/_many/_other (Intl.PluralRules forms; Ukrainian has one/few/many), with _other as
 * the fallback form.
 */
import en from '../public/_locales/en/messages.json';
import uk from '../public/_locales/uk/messages.json';
import type { LanguageChoice, Settings } from './settings';

export type UiLanguage = 'en' | 'uk';
export type Messages = Record<string, { message: string }>;
export type Vars = Record<string, string | number>;

export interface Translator {
  language: UiLanguage;
  t(key: string, vars?: Vars): string;
  /** A count with the language's plural form. */
  tn(key: string, count: number, vars?: Vars): string;
  /** The message in this language's own table, or undefined where only the English fallback has it. */
  own(key: string): string | undefined;
}

/** The language for a choice: the choice itself, or for 'auto' the browser's UI language (uk* → uk, else en). */
export function resolveLanguage(choice: LanguageChoice, browserLanguage: string): UiLanguage {
  if (choice !== 'auto') return choice;
  return browserLanguage.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}

/** The in-page card's language: the card language if chosen, else the interface language rule. */
export function cardLanguage(
  settings: Pick<Settings, 'cardLanguage' | 'uiLanguage'>,
  browserLanguage: string,
): UiLanguage {
  if (settings.cardLanguage !== 'auto') return settings.cardLanguage;
  return resolveLanguage(settings.uiLanguage, browserLanguage);
}

export function formatMessage(messages: Messages, key: string, vars: Vars = {}): string {
  const template = messages[key]?.message ?? key;
  return template
    .replace(/\$REASON\$/g, String(vars.reason ?? ''))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralForm(language: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

export function formatPlural(
  messages: Messages,
  language: string,
  key: string,
  count: number,
  vars: Vars = {},
): string {
  const form = pluralForm(language, count);
  const k = messages[`${key}_${form}`] ? `${key}_${form}` : `${key}_other`;
  return formatMessage(messages, k, { count, ...vars });
}

/**
 * A translator over one table (pass the English table merged under the chosen one for fallbacks, and the
 * language's own table as `own` to tell a translation from a fallback).
 */
export function translator(language: UiLanguage, messages: Messages, own: Messages = messages): Translator {
  return {
    language,
    t: (key, vars) => formatMessage(messages, key, vars),
    tn: (key, count, vars) => formatPlural(messages, language, key, count, vars),
    own: (key) => own[key]?.message,
  };
}

/** The message tables: English, and Ukrainian over English (a key not translated yet shows in English). */
export const MESSAGES: Record<UiLanguage, Messages> = {
  en: en as Messages,
  uk: { ...(en as Messages), ...(uk as Messages) },
};

const TRANSLATORS: Record<UiLanguage, Translator> = {
  en: translator('en', MESSAGES.en),
  uk: translator('uk', MESSAGES.uk, uk as Messages),
};

/** The translator for a language (the same object every time). */
export function translatorFor(language: UiLanguage): Translator {
  return TRANSLATORS[language];
}

/** The BCP 47 locale each interface language formats dates and numbers in. */
export const LOCALE: Record<UiLanguage, string> = { en: 'en-US', uk: 'uk-UA' };

const dateFormats = new Map<UiLanguage, Intl.DateTimeFormat>();

/**
 * A date as every page of ours shows it, one format per language (Intl.DateTimeFormat, long style):
 * "February 28, 2025" / "28 лютого 2025 р.". The dataset's dates are days (YYYY-MM-DD), read as UTC so
 * no time zone moves them; anything else is shown as written.
 */
export function formatDate(iso: string, language: UiLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format.format(date);
}

/** A span of days: "March 3, 2025 – March 11, 2025", or one date when it starts and ends the same day. */
export function formatDateRange(from: string, to: string | undefined, language: UiLanguage): string {
  return to && to !== from ? `${formatDate(from, language)} – ${formatDate(to, language)}` : formatDate(from, language);
}

/** A dataset text in the reader's language: its translation, or the English marked lang="en". */
export interface LocalText {
  text: string;
  /** Set where the English stands in for a translation the dataset does not have. */
  lang?: 'en';
}

export function localText(en: string, translated: string | undefined, language: UiLanguage): LocalText {
  if (language === 'en') return { text: en };
  return translated ? { text: translated } : { text: en, lang: 'en' };
}
