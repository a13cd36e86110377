/**
 * Why the popup says a page is not the story: the one or two reasons that decided it, in plain words
 * (message keys `whyNot*`, translated where they are shown). From the page state: a page the gate
 * turned away (no evidence weighed) names Ukraine fewer than twice; otherwise detection's rules
 * (core/detect/detect.ts) come first, then the model's score when it fell short.
 */
import { MIN_UKRAINE_HITS } from '../../core/detect/prefilter';

export interface Reason {
  key: string;
  vars?: Record<string, string | number>;
}

/** What the popup reads of a page state (an evidence line is a sentence, or a message key with parameters). */
export interface WeighedState {
  articleDate?: string | null;
  weighed?: { score: number; threshold: number; evidence: readonly unknown[] };
}

/** Reasons in the order they are given: each rule alone keeps a page from being the story. */
const RULE_ORDER = ['whyNotBefore', 'whyNotUkraine', 'whyNotNamed', 'whyNotElsewhere'] as const;
type Rule = (typeof RULE_ORDER)[number];

/** Detection's rule lines, as sentences (page states of today) and as evidence keys. */
const RULE_TEXT: Record<string, Rule> = {
  'Ukraine is not a subject of the article.': 'whyNotUkraine',
  'Neither the minerals deal nor the Oval Office clash is named.': 'whyNotNamed',
  'Another story is named more often than the minerals deal and the Oval Office clash.': 'whyNotElsewhere',
};
const RULE_KEY: Record<string, Rule> = {
  evNotAboutUkraine: 'whyNotUkraine',
  evNotNamed: 'whyNotNamed',
  evElsewhere: 'whyNotElsewhere',
  evPublishedBefore: 'whyNotBefore',
};
const BEFORE_TEXT = /^Published (\d{4}-\d{2}-\d{2}), before the story began/;

function ruleOf(line: unknown): { rule: Rule; date?: string } | null {
  if (typeof line === 'string') {
    const before = BEFORE_TEXT.exec(line);
    if (before) return { rule: 'whyNotBefore', date: before[1] };
    const rule = RULE_TEXT[line];
    return rule ? { rule } : null;
  }
  const { key, vars } = (line ?? {}) as { key?: unknown; vars?: { date?: unknown } };
  const rule = typeof key === 'string' ? RULE_KEY[key] : undefined;
  if (!rule) return null;
  return typeof vars?.date === 'string' ? { rule, date: vars.date } : { rule };
}

/** Up to two reasons a page is not the story, most decisive first. */
export function whyNotStory(state: WeighedState): Reason[] {
  const weighed = state.weighed;
  // The gate's look stopped it: Ukraine (or a Ukrainian party) is named fewer than twice.
  if (!weighed) return [{ key: 'whyNotUkraine', vars: { min: MIN_UKRAINE_HITS } }];
  const found = new Map<Rule, string | undefined>();
  for (const line of weighed.evidence) {
    const r = ruleOf(line);
    if (r && !found.has(r.rule)) found.set(r.rule, r.date);
  }
  const reasons = RULE_ORDER.filter((rule) => found.has(rule)).map((rule): Reason => {
    if (rule === 'whyNotBefore') return { key: rule, vars: { date: found.get(rule) ?? state.articleDate ?? '?' } };
    if (rule === 'whyNotUkraine') return { key: rule, vars: { min: MIN_UKRAINE_HITS } };
    return { key: rule };
  });
  if (weighed.score < weighed.threshold)
    reasons.push({ key: 'whyNotScore', vars: { score: weighed.score, threshold: weighed.threshold } });
  return reasons.slice(0, 2);
}
