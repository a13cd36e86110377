/**
 * Detection's evidence as message keys with parameters, translated where it is shown (the sidebar, the
 * popup) and in English for the command line. A line is a key (`ev*` in the message tables) and, where
 * it names what was found, terms: a phrase the tables translate (`key`), or an entity's name (`entity`,
 * its Ukrainian name from the dataset where it has one), each with the English words to fall back on and
 * how often it was found.
 */
import { formatDate, type Translator, translatorFor } from '../i18n';
import type { Evidence, EvidenceTerm } from './evidence-keys';

export * from './evidence-keys';

/** A run of an evidence line's text: `lang: 'en'` where dataset English stands in a translated line. */
export interface EvidencePart {
  text: string;
  lang?: 'en';
}

/** An entity's name in a language, when the dataset has it (undefined: show the English name). */
export type EntityNameIn = (id: string, language: Translator['language']) => string | undefined;

function termParts(term: EvidenceTerm, tr: Translator, nameIn?: EntityNameIn): EvidencePart[] {
  let text: string | undefined;
  if (tr.language === 'en') text = term.en;
  else if (term.key) text = tr.own(term.key);
  else if (term.entity) text = nameIn?.(term.entity, tr.language);
  const parts: EvidencePart[] = text === undefined ? [{ text: term.en, lang: 'en' }] : [{ text }];
  if (term.count !== undefined) parts.push({ text: tr.t('evCount', { count: term.count }) });
  return parts;
}

/** An evidence line in the translator's language, as runs of text (English runs marked). */
export function evidenceParts(line: Evidence, tr: Translator, nameIn?: EntityNameIn): EvidencePart[] {
  // Dates (`date`, `from`) in the reader's format.
  const vars = Object.fromEntries(
    Object.entries(line.vars ?? {}).map(([k, v]) => [k, typeof v === 'string' ? formatDate(v, tr.language) : v]),
  );
  const template = tr.t(line.key, vars);
  const at = template.indexOf('{terms}');
  if (at === -1) return [{ text: template }];
  const terms: EvidencePart[] = [];
  (line.terms ?? []).forEach((term, i) => {
    if (i > 0) terms.push({ text: tr.t('evListSeparator') });
    terms.push(...termParts(term, tr, nameIn));
  });
  const parts = [{ text: template.slice(0, at) }, ...terms, { text: template.slice(at + '{terms}'.length) }];
  // Neighbouring runs in the same language read as one.
  const merged: EvidencePart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = merged.at(-1);
    if (last && last.lang === part.lang) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** An evidence line as plain text. */
export function evidenceText(line: Evidence, tr: Translator = translatorFor('en'), nameIn?: EntityNameIn): string {
  return evidenceParts(line, tr, nameIn)
    .map((p) => p.text)
    .join('');
}
