/**
 * The interface language for extension pages: the browser's locale, or the reader's choice in the
 * options. Messages are the extension's own _locales/<lang>/messages.json (the browser's i18n files),
 * loaded with fetch from the extension's own chrome-extension:// URL, so the override works without a
 * browser restart. `{name}` placeholders are filled by t(); plural keys end in _one/_few/_many/_other.
 */
import { formatMessage, formatPlural, type Messages, resolveLanguage, type UiLanguage } from '../core/i18n';
import type { LanguageChoice } from '../core/settings';

export { resolveLanguage, type UiLanguage };

let messages: Messages = {};
let language: UiLanguage = 'en';

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

/** Formatting rules: core/i18n.ts (shared with the in-page card). */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  return formatMessage(messages, key, vars);
}

/** A count with the language's plural form (Ukrainian has one/few/many). */
export function tn(key: string, count: number, vars: Record<string, string | number> = {}): string {
  return formatPlural(messages, language, key, count, vars);
}
