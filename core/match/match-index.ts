/**
 * The compact, JSON-serialisable form of the dataset that the background's analysis loads (once per
 * background lifetime; pages never load it): names, kinds, aliases and detection signals only — no
 * summaries, contexts or sources.
 */

export type EntityKindCode = 'person' | 'organisation' | 'place' | 'event' | 'document' | 'concept' | 'figure';
export type SignalGroup =
  | 'deal'
  | 'meeting'
  | 'ukraine'
  | 'context'
  | 'us'
  | 'negative'
  | 'deal-term'
  | 'resource-term'
  | 'clash-term'
  | 'place-term';

export const PatternKind = {
  Entity: 0,
  Signal: 1,
  /** A phrase that is not the entity whose alias it contains ("Usha Vance"). */
  NotThis: 2,
  /** A context word an `in-context` alias waits for. */
  Context: 3,
} as const;
export type PatternKind = (typeof PatternKind)[keyof typeof PatternKind];

export const When = {
  Always: 0,
  AfterFullName: 1,
  InContext: 2,
} as const;
export type When = (typeof When)[keyof typeof When];

export interface CompiledPattern {
  /** The phrase as written in the dataset (capitals decide case sensitivity). */
  text: string;
  kind: PatternKind;
  /** Entity index, signal index or context-word index, by kind. */
  target: number;
  stem?: boolean;
  when?: When;
  /** Context-word indices for When.InContext. */
  context?: number[];
  /** Where the alias's capitals fall, in folded units from the match start (absent: none). */
  caps?: number[];
}

/** The detector as the analysis needs it: a logistic model over named features. */
export interface DetectorWeights {
  bias: number;
  /** Probability from which an article is the story. */
  threshold: number;
  weights: Record<string, number>;
}

export interface MatchIndex {
  version: 1;
  storyId: string;
  storyTitle: string;
  storyFrom: string;
  entities: { id: string; name: string; kind: EntityKindCode }[];
  signals: { id: string; label: string; group: SignalGroup }[];
  /** Entities whose mentions count toward detection. */
  entitySignals: { entity: number; group: SignalGroup }[];
  /** The story's phases by date (core/detect/features.ts). */
  phases: { id: string; label: string; from: string; to: string }[];
  /** The trained detector (core/detect/model.ts). */
  detector: DetectorWeights;
  contextWords: string[];
  patterns: CompiledPattern[];
  /** The automaton over the folded patterns, built at build time (core/match/automaton-pack.ts). */
  automaton: string;
}
