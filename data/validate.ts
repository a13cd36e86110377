/**
 * Validation beyond the schemas: the checks that need the whole dataset (ids resolve, aliases are
 * unambiguous, role periods make sense). Returns readable problems; an empty list means valid.
 */
import type { z } from 'zod';
import { type Alias, type AliasRule, Dataset, type Dataset as DatasetType, LANGS } from './schema';

export interface Problem {
  /** Entity id (or "story"), then the field path. */
  where: string;
  message: string;
}

export type ParseResult = { ok: true; dataset: DatasetType } | { ok: false; problems: Problem[] };

export function parseDataset(raw: unknown): ParseResult {
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: zodProblems(raw, parsed.error) };
  const problems = crossCheck(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

function zodProblems(raw: unknown, error: z.ZodError): Problem[] {
  const entities = (raw as { entities?: { id?: string }[] })?.entities ?? [];
  return error.issues.map((issue) => {
    const path = [...issue.path];
    let where = path.join('.');
    if (path[0] === 'entities' && typeof path[1] === 'number') {
      const id = entities[path[1]]?.id ?? `entity #${path[1]}`;
      where = `${id}: ${path.slice(2).join('.')}`;
    } else if (path[0] === 'story') {
      where = `story: ${path.slice(1).join('.')}`;
    }
    return { where, message: issue.message };
  });
}

/** Words that are too common to be aliases without a `when` rule. */
const COMMON_WORDS = new Set([
  'deal',
  'fund',
  'war',
  'peace',
  'oval',
  'office',
  'president',
  'minister',
  'house',
  'white',
  'union',
  'council',
  'institute',
  'graham',
  'waltz',
  'vance',
  'trump',
  'kellogg',
  'menon',
  'meister',
  'times',
  'independent',
  'rada',
  'may',
  'march',
  'will',
  'rubio',
  'macron',
  'starmer',
  'putin',
  'biden',
  'yermak',
  'hegseth',
  'bessent',
  'witkoff',
]);

export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

export function aliasRule(alias: Alias): AliasRule {
  return typeof alias === 'string' ? { text: alias } : alias;
}

export function crossCheck(data: DatasetType): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const e of data.entities) {
    if (ids.has(e.id)) problems.push({ where: `${e.id}: id`, message: 'duplicate id' });
    ids.add(e.id);
  }
  const owner = new Map<string, string>();
  for (const e of data.entities) {
    for (const rel of e.related) {
      if (!ids.has(rel)) problems.push({ where: `${e.id}: related`, message: `"${rel}" is not an entity id` });
      if (rel === e.id) problems.push({ where: `${e.id}: related`, message: 'an entity is not related to itself' });
    }
    for (const lang of LANGS) {
      (e.aliases[lang] ?? []).forEach((alias, i) => {
        const rule = aliasRule(alias);
        const where = `${e.id}: aliases.${lang}.${i}`;
        const key = rule.text.toLowerCase();
        const prev = owner.get(key);
        if (prev && prev !== e.id) {
          const declared = rule.ambiguousWith?.includes(prev);
          if (!declared || !rule.when)
            problems.push({
              where,
              message: `"${rule.text}" is also an alias of ${prev}; mark it ambiguousWith with a when rule`,
            });
        } else owner.set(key, e.id);
        if (COMMON_WORDS.has(key) && !rule.when)
          problems.push({ where, message: `"${rule.text}" is a common word or bare surname: give it a when rule` });
        if (rule.when === 'in-context' && !rule.context?.length)
          problems.push({ where, message: 'an in-context alias needs context words' });
        for (const other of rule.ambiguousWith ?? [])
          if (!ids.has(other)) problems.push({ where, message: `ambiguousWith "${other}" is not an entity id` });
        if (rule.text !== rule.text.trim()) problems.push({ where, message: 'alias has surrounding spaces' });
      });
    }
    if (e.kind === 'person') {
      e.roles.forEach((role, i) => {
        const where = `${e.id}: roles.${i}`;
        if (role.to && role.to < role.from)
          problems.push({ where, message: `ends (${role.to}) before it starts (${role.from})` });
        if (role.source >= e.sources.length) problems.push({ where, message: `source ${role.source} does not exist` });
        if (role.from > e.asOf) problems.push({ where, message: "starts after the entry's asOf date" });
      });
    }
    if ((e.kind === 'event' || e.kind === 'document') && 'endDate' in e && e.endDate && e.endDate < e.date)
      problems.push({ where: `${e.id}: endDate`, message: 'ends before it starts' });
    if (e.kind === 'document' && e.ratified && e.ratified < e.date)
      problems.push({ where: `${e.id}: ratified`, message: 'ratified before it was signed' });
    if (e.kind === 'figure')
      for (const other of e.compareWith ?? [])
        if (!ids.has(other))
          problems.push({ where: `${e.id}: compareWith`, message: `"${other}" is not an entity id` });
    for (const [i, s] of e.sources.entries()) {
      const date = s.published ?? s.retrieved;
      if (date && date > data.reviewedAsOf)
        problems.push({
          where: `${e.id}: sources.${i}.${s.published ? 'published' : 'retrieved'}`,
          message: 'is after the dataset review date',
        });
    }
  }
  data.story.timeline.forEach((t, i) => {
    for (const id of t.entities)
      if (!ids.has(id))
        problems.push({ where: `story: timeline.${i}.entities`, message: `"${id}" is not an entity id` });
    const prev = data.story.timeline[i - 1];
    if (prev && prev.date > t.date)
      problems.push({ where: `story: timeline.${i}.date`, message: 'timeline is not in date order' });
  });
  for (const [i, s] of data.story.entitySignals.entries())
    if (!ids.has(s.entityId))
      problems.push({ where: `story: entitySignals.${i}`, message: `"${s.entityId}" is not an entity id` });
  return problems;
}
