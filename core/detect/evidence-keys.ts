/**
 * Detection's evidence as message keys with parameters: the shapes and the keys, with no message table
 * (the background and the command line build evidence with this; core/detect/evidence.ts renders it).
 */

export interface EvidenceTerm {
  /** The message key that translates it (a signal's, a phase's or a fixed phrase's). */
  key?: string;
  /** An entity id: its name in the reader's language comes from the dataset. */
  entity?: string;
  /** The English words (the dataset's label or name): shown, marked lang="en", where there is no translation. */
  en: string;
  /** How often it was found ("(2×)"). */
  count?: number;
}

export interface Evidence {
  key: string;
  /** Further parameters (the article's date). */
  vars?: Record<string, string | number>;
  /** What was found: fills `{terms}`, joined with commas. */
  terms?: EvidenceTerm[];
}

/** The message key of a signal's label or a phase's label ("evSignal_deal_term"). */
export const signalKey = (id: string) => `evSignal_${id.replace(/-/g, '_')}`;
export const phaseKey = (id: string) => `evPhase_${id.replace(/-/g, '_')}`;
