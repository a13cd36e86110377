/**
 * The interface language for extension pages: the browser's locale, or the reader's choice in the
 * options. Messages are the extension's own _locales/<lang>/messages.json (the browser's i18n files),
 * loaded with fetch from the extension's own chrome-extension:// URL, so the override works without a
 * browser restart. `{name}` placeholders are filled by t(); plural keys end in _one/_few/_many/_other.
 */
import type { LanguageChoice } from '../core/settings';

export type UiLanguage = 'en' | 'uk';
type Messages = Record<string, { message: string }>;

let messages: Messages = {};
let language: UiLanguage = 'en';

export function resolveLanguage(choice: LanguageChoice, browserLanguage: string): UiLanguage {
  if (choice !== 'auto') return choice;
  return browserLanguage.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}

async function load(lang: UiLanguage): Promise<Messages> {
  const url = browser.runtime.getURL(`/_locales/${lang}/messages.json` as Parameters<typeof browser.runtime.getURL>[0]);
  const response = await fetch(url);
  return (await response.json()) as Messages;
}

export async function initI18n(choice: LanguageChoice): Promise<UiLanguage> {
  language = resolveLanguage(choice, browser.i18n.getUILanguage());
  const [fallback, chosen] = await Promise.all([load('en'), language === 'en' ? undefined : load(language)]);
  messages = { ...fallback, ...chosen };
  document.documentElement.lang = language;
  return language;
}

/** For tests and pages that already hold the messages. */
export function setMessages(lang: UiLanguage, table: Messages): void {
  language = lang;
  messages = table;
}

export function currentLanguage(): UiLanguage {
  return language;
}

export function t(key: string, vars: Record<string, string | number> = {}): string {
  const template = messages[key]?.message ?? key;
  return template
    .replace(/\$REASON\$/g, String(vars.reason ?? ''))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A count with the language's plural form (Ukrainian has one/few/many). */
export function tn(key: string, count: number, vars: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(language).select(count);
  const k = messages[`${key}_${form}`] ? `${key}_${form}` : `${key}_other`;
  return t(k, { count, ...vars });
}
