/**
 * Message formatting shared by the extension pages (shared/i18n.ts) and the in-page card (page/card/i18n.ts):
 * which language to show, `{name}` placeholders and plural keys. No DOM and no extension APIs here.
 *
 * Messages are the extension's _locales/<lang>/messages.json tables. `{name}` placeholders are filled from
 * `vars` (unknown names stay as written); `$REASON$` is the one browser-style placeholder in use. Plural
 * keys end in _one/_few/_many/_other (Intl.PluralRules forms; Ukrainian has one/few/many), with _other as
 * the fallback form.
 */
import type { LanguageChoice, Settings } from './settings';

export type UiLanguage = 'en' | 'uk';
export type Messages = Record<string, { message: string }>;
export type Vars = Record<string, string | number>;

export interface Translator {
  language: UiLanguage;
  t(key: string, vars?: Vars): string;
  /** A count with the language's plural form. */
  tn(key: string, count: number, vars?: Vars): string;
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

export function pluralForm(language: string, count: number): Intl.LDMLPluralRule {
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

/** A translator over one table (pass the English table merged under the chosen one for fallbacks). */
export function translator(language: UiLanguage, messages: Messages): Translator {
  return {
    language,
    t: (key, vars) => formatMessage(messages, key, vars),
    tn: (key, count, vars) => formatPlural(messages, language, key, count, vars),
  };
}
