/** Compiles the validated dataset into the content script's MatchIndex (run at build time). */
import type { Alias, Dataset } from '../../data/schema';
import { LANGS } from '../../data/schema';
import { type CompiledPattern, type MatchIndex, PatternKind, When } from './match-index';

export function compileMatchIndex(data: Dataset): MatchIndex {
  const entityIndex = new Map(data.entities.map((e, i) => [e.id, i]));
  const contextWords: string[] = [];
  const contextIndex = new Map<string, number>();
  const patterns: CompiledPattern[] = [];
  const seen = new Set<string>();

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
    if (seen.has(key)) return; // the same spelling listed under several languages
    seen.add(key);
    const pattern: CompiledPattern = { text: rule.text, kind, target };
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
    signals: data.story.signals.map((s) => ({ id: s.id, label: s.label, group: s.group, weight: s.weight })),
    entitySignals: data.story.entitySignals.flatMap((s) => {
      const entity = entityIndex.get(s.entityId);
      return entity === undefined ? [] : [{ entity, group: s.group, weight: s.weight }];
    }),
    contextWords,
    patterns,
  };
}
