/** Compiles the validated dataset into the analysis's MatchIndex, automaton included (run at build time). */
import type { Alias, Dataset } from '../../data/schema';
import { LANGS } from '../../data/schema';
import { foldPhrase, SPACE } from '../text/fold';
import { Automaton } from './automaton';
import { packTables } from './automaton-pack';
import { type CompiledPattern, type MatchIndex, PatternKind, When } from './match-index';

export function compileMatchIndex(data: Dataset): MatchIndex {
  const entityIndex = new Map(data.entities.map((e, i) => [e.id, i]));
  const contextWords: string[] = [];
  const contextIndex = new Map<string, number>();
  const patterns: CompiledPattern[] = [];
  const seen = new Map<string, CompiledPattern>();

  const contextId = (word: string): number => {
    const key = word.toLowerCase();
    let id = contextIndex.get(key);
    if (id === undefined) {
      id = contextWords.length;
      contextWords.push(key);
      contextIndex.set(key, id);
      patterns.push({ text: key, kind: PatternKind.Context, target: id });
    }
    return id;
  };

  const add = (alias: Alias, kind: PatternKind, target: number) => {
    const rule = typeof alias === 'string' ? { text: alias } : alias;
    const key = `${kind}:${target}:${rule.text}`;
    const same = seen.get(key);
    if (same) {
      // The same spelling listed under several languages ("Trump"): one pattern, every language's
      // context words.
      if (same.when === When.InContext && rule.when === 'in-context')
        same.context = [...new Set([...(same.context ?? []), ...(rule.context ?? []).map(contextId)])];
      return;
    }
    const pattern: CompiledPattern = { text: rule.text, kind, target };
    seen.set(key, pattern);
    const caps = capitalOffsets(rule.text);
    if (caps.length) pattern.caps = caps;
    if (rule.stem) pattern.stem = true;
    if (rule.when === 'after-full-name') pattern.when = When.AfterFullName;
    if (rule.when === 'in-context') {
      pattern.when = When.InContext;
      pattern.context = (rule.context ?? []).map(contextId);
    }
    patterns.push(pattern);
  };

  data.entities.forEach((entity, i) => {
    for (const lang of LANGS) for (const alias of entity.aliases[lang] ?? []) add(alias, PatternKind.Entity, i);
    for (const phrase of entity.notThis ?? []) add(phrase, PatternKind.NotThis, i);
  });
  data.story.signals.forEach((signal, i) => {
    for (const lang of LANGS) for (const phrase of signal.phrases[lang] ?? []) add(phrase, PatternKind.Signal, i);
  });

  return {
    version: 1,
    storyId: data.story.id,
    storyTitle: data.story.title,
    storyFrom: data.story.dateRange.from,
    entities: data.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
    signals: data.story.signals.map((s) => ({ id: s.id, label: s.label, group: s.group })),
    entitySignals: data.story.entitySignals.flatMap((s) => {
      const entity = entityIndex.get(s.entityId);
      return entity === undefined ? [] : [{ entity, group: s.group }];
    }),
    phases: data.story.phases,
    detector: {
      bias: data.story.detector.bias,
      threshold: data.story.detector.threshold,
      weights: data.story.detector.weights,
    },
    contextWords,
    patterns,
    automaton: packTables(Automaton.build(patterns.map((p) => foldPhrase(p.text))).tables),
  };
}

/**
 * Capital letters in the alias must be capitals in the page ("Trump" is not "trump", "TRUMP" is): the
 * offsets, counted in folded units from the match start, of the alias's capitals.
 */
function capitalOffsets(alias: string): number[] {
  const offsets: number[] = [];
  let k = 0;
  let lastWasSpace = false;
  for (let i = 0; i < alias.length; i++) {
    const a = alias.charCodeAt(i);
    const isSpace = a === SPACE || a === 0xa0;
    if (isSpace && lastWasSpace) continue;
    lastWasSpace = isSpace;
    const ch = alias[i] as string;
    if (ch !== ch.toLowerCase()) offsets.push(k);
    k++;
  }
  return offsets;
}
