/**
 * Validation beyond the schemas: the checks that need the whole dataset (ids resolve, aliases are
 * unambiguous, role periods make sense). Returns readable problems; an empty list means valid.
 */
import type { z } from 'zod';
import { type Alias, type AliasRule, Dataset, type Dataset as DatasetType, LANGS, type Source } from './schema';

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

/**
 * Hosts that republish other publishers' text (aggregators, mirrors, syndicating sites): a source on one
 * of these names the original `publisher` and says where it was read with `via`.
 */
export const COPY_HOSTS = [
  'newser.com',
  'menafn.com',
  'topnews.com',
  'kiwix.lema.org',
  'pressreader.com',
  'devdiscourse.com',
  'everycrsreport.com',
  'wired-gov.net',
  'thefuse.co.za',
  'uanews.net',
  'worldisraelnews.com',
  'whec.com',
  'hawaiinewsnow.com',
  'ktiv.com',
  'kyma.com',
  'whas11.com',
  'keranews.org',
  'delawarepublic.org',
  'dawn.com',
  'prothomalo.com',
  'malaymail.com',
  'business-standard.com',
  'oedigital.com',
  'globalbankingandfinance.com',
  'newspressnow.com',
  'finanznachrichten.de',
  'megalodon.jp',
  'guyanainquirer.com',
  'newsdrum.in',
  'wdctv.news',
  'atomicarchive.com',
  'socastsrm.com',
  'news-pravda.com',
  'yahoo.com',
  'msn.com',
];

/** Dates of bulk reviews of the dataset: no page was published on them (write `retrieved` for an undated page). */
export const REVIEW_DATES = ['2026-11-27'];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function isCopyHost(url: string): boolean {
  const host = hostOf(url);
  return COPY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/**
 * Figure aliases that are a bare amount ("$500 billion", "$350bn") name a figure only in context: they
 * need an in-context rule, with words that tie the amount to this figure.
 */
function bareAmount(text: string): boolean {
  const tokens = text.trim().toLowerCase().split(/\s+/);
  const number = /^(us\$|[$€£])?\d[\d.,]*(bn|m|%)?$/;
  return number.test(tokens[0] ?? '') && tokens.slice(1).every((t) => MONEY_WORDS.has(t));
}

/** Words that may follow a number in an amount ("$500 billion", "500 млрд доларів"): a bare amount. */
const MONEY_WORDS = new Set([
  'billion',
  'billions',
  'bn',
  'million',
  'millions',
  'mln',
  'trillion',
  'dollars',
  'dollar',
  'usd',
  'euros',
  'euro',
  'eur',
  'of',
  'de',
  "d'euros",
  'd’euros',
  'млрд',
  'мільярдів',
  'мільярди',
  'миллиардов',
  'миллиарда',
  'доларів',
  'дол.',
  'долларов',
  'євро',
  'евро',
  'milliarden',
  'mrd.',
  'mrd',
  'us-dollar',
  'milliards',
  'millones',
  'dólares',
]);

function sourceProblems(s: Source, where: string, reviewedAsOf: string): Problem[] {
  const problems: Problem[] = [];
  const date = s.published ?? s.retrieved;
  if (date && date > reviewedAsOf)
    problems.push({
      where: `${where}.${s.published ? 'published' : 'retrieved'}`,
      message: 'is after the dataset review date',
    });
  if (s.published && (s.published === reviewedAsOf || REVIEW_DATES.includes(s.published)))
    problems.push({
      where: `${where}.published`,
      message: `is a review date (${s.published}), not the page's own date: give the page's date, or write retrieved`,
    });
  if (isCopyHost(s.url) && !s.via)
    problems.push({
      where: `${where}.via`,
      message: `${hostOf(s.url)} republishes others' text: name the original publisher and say where it was read with via`,
    });
  if (s.via && s.via.toLowerCase() === s.publisher.toLowerCase())
    problems.push({ where: `${where}.via`, message: 'via names the copy, publisher the original: they differ' });
  if (/\((via |citing |[^)]*\b(AP|Associated Press|Reuters|AFP|NPR|NBC|CNN|Bloomberg|Xinhua|dpa)\b)/i.test(s.publisher))
    problems.push({
      where: `${where}.publisher`,
      message: 'names a second outlet in brackets: publisher is the original, via the copy read',
    });
  return problems;
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
        if (e.kind === 'figure' && bareAmount(rule.text) && (rule.when !== 'in-context' || !rule.context?.length))
          problems.push({
            where,
            message: `"${rule.text}" is a bare amount: any story page may use it for something else; give it an in-context rule`,
          });
      });
    }
    if (e.kind === 'person') {
      e.roles.forEach((role, i) => {
        const where = `${e.id}: roles.${i}`;
        if (role.to && role.to < role.from)
          problems.push({ where, message: `ends (${role.to}) before it starts (${role.from})` });
        if (role.source >= e.sources.length) problems.push({ where, message: `source ${role.source} does not exist` });
        if (!role.checkedTo) {
          problems.push({ where, message: 'needs checkedTo: the date up to which a source confirms the role' });
          return;
        }
        if (role.checkedTo < role.from)
          problems.push({ where, message: `checkedTo (${role.checkedTo}) is before the role starts` });
        if (role.to && role.checkedTo < role.to)
          problems.push({ where, message: `checkedTo (${role.checkedTo}) is before the role's end (${role.to})` });
        if (role.checkedTo > data.reviewedAsOf)
          problems.push({ where, message: 'checkedTo is after the dataset review date' });
        const by = role.checkedBy ?? role.source;
        const confirming = e.sources[by];
        if (!confirming) problems.push({ where, message: `checkedBy source ${by} does not exist` });
        else {
          const date = confirming.published ?? confirming.retrieved ?? '';
          if (role.checkedTo > date)
            problems.push({
              where,
              message: `checkedTo (${role.checkedTo}) is later than its confirming source (sources.${by}, ${date})`,
            });
        }
        if (!role.to && e.asOf > role.checkedTo)
          problems.push({
            where,
            message: `the entry's asOf (${e.asOf}) claims more than this held role is confirmed to (${role.checkedTo})`,
          });
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
    if (e.asOf > data.reviewedAsOf)
      problems.push({ where: `${e.id}: asOf`, message: 'is after the dataset review date' });
    for (const [i, s] of e.sources.entries()) {
      problems.push(...sourceProblems(s, `${e.id}: sources.${i}`, data.reviewedAsOf));
      const date = s.published ?? s.retrieved;
      if (e.kind !== 'person' && date && date > e.asOf)
        problems.push({
          where: `${e.id}: asOf`,
          message: `is before sources.${i} (${date}): an entry is checked no earlier than the sources it was checked against`,
        });
    }
  }
  data.story.timeline.forEach((t, i) => {
    problems.push(...sourceProblems(t.source, `story: timeline.${i}.source`, data.reviewedAsOf));
    for (const [j, s] of (t.otherSources ?? []).entries())
      problems.push(...sourceProblems(s, `story: timeline.${i}.otherSources.${j}`, data.reviewedAsOf));
    for (const id of t.entities)
      if (!ids.has(id))
        problems.push({ where: `story: timeline.${i}.entities`, message: `"${id}" is not an entity id` });
    for (const id of t.named ?? [])
      if (!t.entities.includes(id))
        problems.push({ where: `story: timeline.${i}.named`, message: `"${id}" is not one of the event's entities` });
    if (t.endDate && t.endDate < t.date)
      problems.push({ where: `story: timeline.${i}.endDate`, message: 'ends before it starts' });
    const prev = data.story.timeline[i - 1];
    if (prev && prev.date > t.date)
      problems.push({ where: `story: timeline.${i}.date`, message: 'timeline is not in date order' });
  });
  for (const [i, s] of data.story.entitySignals.entries())
    if (!ids.has(s.entityId))
      problems.push({ where: `story: entitySignals.${i}`, message: `"${s.entityId}" is not an entity id` });
  return problems;
}
