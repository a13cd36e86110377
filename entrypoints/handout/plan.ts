/**
 * What goes into a handout, DOM-free: which entities the teacher chose (by default the ones emphasised for
 * this article; with none emphasised, the people and the story's figures the article names), how the
 * context notes are numbered (in the order their first mark appears in the text, so the superscript
 * numbers read 1, 2, 3 down the page), and the notes' sources, deduplicated and numbered once.
 */
import type { Entity, Source } from '../../data/schema';

export interface HandoutOptions {
  /** Entity ids whose mentions are marked in the text and explained in a numbered note. */
  include: string[];
  /** Mark every mention of an included entity; otherwise only its first. */
  everyMention: boolean;
  /** List the notes' sources (deduplicated). */
  sources: boolean;
  /** Print the teacher's notes beside their passages. */
  teacherNotes: boolean;
}

/** The quick choices: what was emphasised, the people and figures, or everything marked on the page. */
export type Preset = 'emphasised' | 'default' | 'all';

/** With nothing emphasised, at most this many entities go in by default (a handout, not a dossier). */
export const DEFAULT_MAX = 8;

/** Entity ids in the order of their first mention, once each, known to the dataset. */
export function mentionedIds(mentions: readonly { entityId: string }[], known: (id: string) => boolean): string[] {
  const seen = new Set<string>();
  for (const m of mentions) if (known(m.entityId)) seen.add(m.entityId);
  return [...seen];
}

/** The entity ids a preset stands for. `emphasis` may name entities the page does not mention: they are kept. */
export function presetIds(
  preset: Preset,
  mentioned: readonly string[],
  emphasis: readonly string[],
  kindOf: (id: string) => Entity['kind'] | undefined,
): string[] {
  switch (preset) {
    case 'emphasised':
      return [...new Set(emphasis.filter((id) => kindOf(id) !== undefined))];
    case 'all':
      return [...mentioned];
    case 'default':
      return mentioned
        .filter((id) => {
          const kind = kindOf(id);
          return kind === 'person' || kind === 'figure';
        })
        .slice(0, DEFAULT_MAX);
  }
}

/** The handout's starting choice: the emphasised entities if the teacher emphasised any, else the default preset. */
export function initialOptions(
  mentioned: readonly string[],
  emphasis: readonly string[],
  kindOf: (id: string) => Entity['kind'] | undefined,
): { preset: Preset; options: HandoutOptions } {
  const emphasised = presetIds('emphasised', mentioned, emphasis, kindOf);
  const preset: Preset = emphasised.length ? 'emphasised' : 'default';
  return {
    preset,
    options: {
      include: emphasised.length ? emphasised : presetIds('default', mentioned, emphasis, kindOf),
      everyMention: false,
      sources: true,
      teacherNotes: true,
    },
  };
}

/**
 * The notes' order: the included entities whose mark appears in the text, in the order of their first mark
 * (`markedOrder`), then the included ones the handout's text does not show (Readability may drop a caption
 * or a box), in the order the page mentions them.
 */
export function noteOrder(
  include: readonly string[],
  markedOrder: readonly string[],
  mentioned: readonly string[],
): string[] {
  const wanted = new Set(include);
  const order = markedOrder.filter((id) => wanted.has(id));
  const placed = new Set(order);
  const rest = [...mentioned, ...include].filter((id) => wanted.has(id) && !placed.has(id));
  return [...order, ...new Set(rest)];
}

/** A source's identity for deduplication: its address without the fragment, a trailing slash or `www.`. */
export function sourceKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`.toLowerCase();
  } catch {
    return url;
  }
}

export interface SourceList {
  /** Every source of the notes once, in the order the notes first cite them (source n is sources[n - 1]). */
  sources: Source[];
  /** Per entity id, the numbers of its sources in `sources`. */
  refs: Map<string, number[]>;
}

/** A note cites at most this many of its entry's sources (its first ones); the sidebar lists them all. */
export const SOURCES_PER_NOTE = 3;

/**
 * The notes' sources, deduplicated (the same page cited by several entries is listed once) and numbered:
 * each entry's first `perNote` sources.
 */
export function sourceList(
  entities: readonly Pick<Entity, 'id' | 'sources'>[],
  perNote: number = SOURCES_PER_NOTE,
): SourceList {
  const sources: Source[] = [];
  const index = new Map<string, number>();
  const refs = new Map<string, number[]>();
  for (const e of entities) {
    const mine: number[] = [];
    for (const s of e.sources.slice(0, perNote)) {
      const key = sourceKey(s.url);
      let n = index.get(key);
      if (n === undefined) {
        sources.push(s);
        n = sources.length;
        index.set(key, n);
      }
      if (!mine.includes(n)) mine.push(n);
    }
    refs.set(e.id, mine);
  }
  return { sources, refs };
}
