/**
 * Why the popup says a page is not the story: the one or two reasons that decided it, in plain words
 * (message keys `whyNot*`, translated where they are shown). From the page state: a page the gate
 * turned away (no evidence weighed) names Ukraine fewer than twice; otherwise detection's rules
 * (core/detect/detect.ts: their evidence keys) come first, then the model's score when it fell short.
 */
import { MIN_UKRAINE_HITS } from '../../core/detect/prefilter';
import { formatDate, LOCALE, type Translator } from '../../core/i18n';
import type { PageState } from '../../core/messages/page-state';

export interface Reason {
  key: string;
  vars?: Record<string, string | number>;
  /** A day (YYYY-MM-DD) the reason names: `{date}`, shown in the reader's language. */
  date?: string;
}

/** Reasons in the order they are given: each rule alone keeps a page from being the story. */
const RULE_ORDER = ['whyNotBefore', 'whyNotUkraine', 'whyNotNamed', 'whyNotElsewhere'] as const;
type Rule = (typeof RULE_ORDER)[number];

/** Detection's rule lines (their evidence keys) and the reason each gives. */
const RULE_KEY: Record<string, Rule> = {
  evPublishedBefore: 'whyNotBefore',
  evNotAboutUkraine: 'whyNotUkraine',
  evNotNamed: 'whyNotNamed',
  evElsewhere: 'whyNotElsewhere',
};

/** Up to two reasons a page is not the story, most decisive first. */
export function whyNotStory(state: Pick<PageState, 'weighed' | 'articleDate'>): Reason[] {
  const weighed = state.weighed;
  // The gate's look stopped it: Ukraine (or a Ukrainian party) is named fewer than twice.
  if (!weighed) return [{ key: 'whyNotUkraine', vars: { min: MIN_UKRAINE_HITS } }];
  const found = new Map<Rule, string | undefined>();
  for (const line of weighed.evidence) {
    const rule = RULE_KEY[line.key];
    const date = line.vars?.date;
    if (rule && !found.has(rule)) found.set(rule, typeof date === 'string' ? date : undefined);
  }
  const reasons = RULE_ORDER.filter((rule) => found.has(rule)).map((rule): Reason => {
    if (rule === 'whyNotBefore') return { key: rule, date: found.get(rule) ?? state.articleDate ?? undefined };
    if (rule === 'whyNotUkraine') return { key: rule, vars: { min: MIN_UKRAINE_HITS } };
    return { key: rule };
  });
  if (weighed.score < weighed.threshold)
    reasons.push({ key: 'whyNotScore', vars: { score: weighed.score, threshold: weighed.threshold } });
  return reasons.slice(0, 2);
}

/** A reason in words, in the translator's language (its dates and numbers in that language's format). */
export function reasonText(reason: Reason, tr: Pick<Translator, 't' | 'language'>): string {
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.vars ?? {}))
    vars[name] = typeof value === 'number' ? value.toLocaleString(LOCALE[tr.language]) : value;
  if (reason.date) vars.date = formatDate(reason.date, tr.language);
  return tr.t(reason.key, vars);
}
