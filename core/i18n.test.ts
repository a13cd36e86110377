import { describe, expect, it } from 'vitest';
import { cardLanguage, formatMessage, formatPlural, type Messages, resolveLanguage, translator } from './i18n';
import { DEFAULT_SETTINGS } from './settings';

const messages: Messages = {
  hello: { message: 'Hello, {name}!' },
  reason: { message: 'Why: $REASON$' },
  notes_one: { message: 'Збережено {count} нотатку' },
  notes_few: { message: 'Збережено {count} нотатки' },
  notes_many: { message: 'Збережено {count} нотаток' },
  notes_other: { message: 'Збережено {count} нотатки' },
  items_one: { message: '{count} item' },
  items_other: { message: '{count} items in {place}' },
};

describe('formatMessage', () => {
  it('fills {name} placeholders and leaves unknown ones as written', () => {
    expect(formatMessage(messages, 'hello', { name: 'Olena' })).toBe('Hello, Olena!');
    expect(formatMessage(messages, 'hello')).toBe('Hello, {name}!');
  });

  it('fills the browser-style $REASON$ placeholder', () => {
    expect(formatMessage(messages, 'reason', { reason: 'a test' })).toBe('Why: a test');
  });

  it('shows the key for a missing message', () => {
    expect(formatMessage(messages, 'nope')).toBe('nope');
  });
});

describe('formatPlural', () => {
  it('uses Ukrainian one/few/many forms', () => {
    const uk = (n: number) => formatPlural(messages, 'uk', 'notes', n);
    expect(uk(1)).toBe('Збережено 1 нотатку');
    expect(uk(21)).toBe('Збережено 21 нотатку');
    expect(uk(3)).toBe('Збережено 3 нотатки');
    expect(uk(5)).toBe('Збережено 5 нотаток');
    expect(uk(11)).toBe('Збережено 11 нотаток');
    expect(uk(1.5)).toBe('Збережено 1.5 нотатки');
  });

  it('falls back to _other and passes other variables through', () => {
    expect(formatPlural(messages, 'en', 'items', 1)).toBe('1 item');
    expect(formatPlural(messages, 'en', 'items', 4, { place: 'the box' })).toBe('4 items in the box');
    // Ukrainian forms missing: _other.
    expect(formatPlural(messages, 'uk', 'items', 5, { place: 'x' })).toBe('5 items in x');
  });

  it('is what a translator does', () => {
    const tr = translator('uk', messages);
    expect(tr.language).toBe('uk');
    expect(tr.tn('notes', 2)).toBe('Збережено 2 нотатки');
    expect(tr.t('hello', { name: 'Taras' })).toBe('Hello, Taras!');
  });
});

describe('language choice', () => {
  it('resolves auto from the browser language', () => {
    expect(resolveLanguage('auto', 'uk')).toBe('uk');
    expect(resolveLanguage('auto', 'uk-UA')).toBe('uk');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', 'de')).toBe('en');
    expect(resolveLanguage('en', 'uk')).toBe('en');
    expect(resolveLanguage('uk', 'en-US')).toBe('uk');
  });

  it('gives the card its own language, else the interface language rule', () => {
    const s = (cardLanguage: 'auto' | 'en' | 'uk', uiLanguage: 'auto' | 'en' | 'uk') => ({
      ...DEFAULT_SETTINGS,
      cardLanguage,
      uiLanguage,
    });
    expect(cardLanguage(s('uk', 'en'), 'en-US')).toBe('uk');
    expect(cardLanguage(s('en', 'uk'), 'uk')).toBe('en');
    expect(cardLanguage(s('auto', 'uk'), 'en-US')).toBe('uk');
    expect(cardLanguage(s('auto', 'en'), 'uk-UA')).toBe('en');
    expect(cardLanguage(s('auto', 'auto'), 'uk-UA')).toBe('uk');
    expect(cardLanguage(s('auto', 'auto'), 'en-US')).toBe('en');
    expect(cardLanguage(DEFAULT_SETTINGS, 'pl')).toBe('en');
  });
});
