/**
 * Measuring the detector on the development set: features for every article, nested grouped
 * cross-validation (the inner folds choose the regularisation and the threshold, the outer folds
 * measure), and the report `npm run eval:real` and `npm run detector:train` print.
 */

import { StoryAnalyzer } from '../../core/analysis';
import { storyMarkers, storyRules } from '../../core/detect/detect';
import { featureIds } from '../../core/detect/features';
import { compileMatchIndex } from '../../core/match/compile';
import type { MatchIndex } from '../../core/match/match-index';
import { rawDataset } from '../../data/index';
import { parseDataset } from '../../data/validate';
import { articleText, type DevArticle } from '../devset/devset';
import { type Fitted, fitSigned, groupedFolds, nearCopyGroups, predict } from './logistic';

export const FOLDS = 5;
const LAMBDAS = [0.1, 0.3, 1, 3];
const THRESHOLDS = [0.4, 0.5, 0.6, 0.7, 0.8];
/** How much a false alarm costs against a miss when choosing settings: false alarms are worse. */
const FALSE_ALARM_COST = 3;

/**
 * The sign each weight must have: the story's own markers only count toward it, other stories' markers
 * only against it; the rest (the cast, the context, dates) are free.
 */
export function weightSigns(index: MatchIndex, ids: string[]): number[] {
  const toward = new Set([
    ...storyMarkers(index),
    'lead:story',
    'headline:deal',
    'headline:meeting',
    'term:deal',
    'term:resource',
  ]);
  return ids.map((id) => (toward.has(id) ? 1 : id.startsWith('negative:') || id === 'date:before-story' ? -1 : 0));
}

export interface Row {
  article: DevArticle;
  x: number[];
  y: number;
  /** The rules beside the model (core/detect/detect.ts): an article failing them is never the story. */
  eligible: boolean;
  group: number;
}

export function currentIndex(): MatchIndex {
  const parsed = parseDataset(rawDataset);
  if (!parsed.ok) throw new Error('the dataset is invalid: run npm run data:check');
  return compileMatchIndex(parsed.dataset);
}

export function featureRows(
  index: MatchIndex,
  articles: DevArticle[],
): { ids: string[]; rows: Row[]; signs: number[] } {
  const analyzer = new StoryAnalyzer(index);
  const ids = featureIds(index);
  const column = new Map(ids.map((id, i) => [id, i]));
  const groups = nearCopyGroups(articles.map((a) => `${a.headline}\n${a.text}`));
  const rows = articles.map((article, i) => {
    const text = articleText(article);
    const features = analyzer.features(text);
    const x = new Array<number>(ids.length).fill(0);
    for (const f of features) {
      const c = column.get(f.id);
      if (c !== undefined) x[c] = f.value;
    }
    const rules = storyRules(index, features);
    // The page's prefilter first, as in the browser: a page it turns away is never analysed.
    const eligible =
      analyzer.mightBeStory(text.text, text.headline) &&
      rules.aboutUkraine &&
      rules.named &&
      !rules.beforeStory &&
      !rules.mainlyElsewhere;
    return { article, x, y: article.label === 'story' ? 1 : 0, eligible, group: groups[i] as number };
  });
  return { ids, rows, signs: weightSigns(index, ids) };
}

export interface Settings {
  lambda: number;
  threshold: number;
}

/** Chooses the settings by cross-validation inside `rows` (never looking at the rows measured later). */
export function chooseSettings(rows: Row[], signs: number[]): Settings {
  const folds = groupedFolds(
    rows.map((r) => r.group),
    rows.map((r) => r.article.label),
    FOLDS - 1,
  );
  let best: Settings & { utility: number } = { lambda: 1, threshold: 0.5, utility: -Infinity };
  for (const lambda of LAMBDAS) {
    const p = outOfFold(rows, folds, lambda, signs);
    for (const threshold of THRESHOLDS) {
      const said = rows.map((r, i) => r.eligible && (p[i] as number) >= threshold);
      const m = metrics(rows, said);
      const utility = m.recall - FALSE_ALARM_COST * m.falseAlarmRate;
      if (utility > best.utility + 1e-9) best = { lambda, threshold, utility };
    }
  }
  return { lambda: best.lambda, threshold: best.threshold };
}

function outOfFold(rows: Row[], folds: number[], lambda: number, signs: number[]): number[] {
  const p = new Array<number>(rows.length).fill(0);
  for (const f of new Set(folds)) {
    const train = rows.filter((_, i) => folds[i] !== f);
    const model = fitSigned(
      train.map((r) => r.x),
      train.map((r) => r.y),
      lambda,
      signs,
    );
    rows.forEach((r, i) => {
      if (folds[i] === f) p[i] = predict(model, r.x);
    });
  }
  return p;
}

/** Fits the model the extension ships: settings chosen by cross-validation, then fitted on all rows. */
export function fitFinal(rows: Row[], signs: number[]): { model: Fitted; settings: Settings } {
  const settings = chooseSettings(rows, signs);
  const train = rows;
  const model = fitSigned(
    train.map((r) => r.x),
    train.map((r) => r.y),
    settings.lambda,
    signs,
  );
  return { model, settings };
}

/** Nested cross-validation: what each article was called by a model that never saw it (nor its copies). */
export function crossValidate(
  rows: Row[],
  signs: number[],
): { said: boolean[]; probability: number[]; settings: Settings[] } {
  const folds = groupedFolds(
    rows.map((r) => r.group),
    rows.map((r) => r.article.label),
    FOLDS,
  );
  const said = new Array<boolean>(rows.length).fill(false);
  const probability = new Array<number>(rows.length).fill(0);
  const settings: Settings[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const { model, settings: s } = fitFinal(
      rows.filter((_, i) => folds[i] !== f),
      signs,
    );
    settings.push(s);
    rows.forEach((r, i) => {
      if (folds[i] !== f) return;
      probability[i] = predict(model, r.x);
      said[i] = r.eligible && (probability[i] as number) >= s.threshold;
    });
  }
  return { said, probability, settings };
}

export interface Metrics {
  stories: number;
  found: number;
  falseAlarms: number;
  precision: number;
  recall: number;
  f1: number;
  nearMisses: number;
  nearMissAlarms: number;
  unrelated: number;
  unrelatedAlarms: number;
  falseAlarmRate: number;
}

export function metrics(rows: Row[], said: boolean[]): Metrics {
  let stories = 0;
  let found = 0;
  let falseAlarms = 0;
  let nearMisses = 0;
  let nearMissAlarms = 0;
  let unrelated = 0;
  let unrelatedAlarms = 0;
  rows.forEach((r, i) => {
    const yes = said[i] === true;
    if (r.y) {
      stories++;
      if (yes) found++;
    } else {
      if (yes) falseAlarms++;
      if (r.article.label === 'near-miss') {
        nearMisses++;
        if (yes) nearMissAlarms++;
      } else {
        unrelated++;
        if (yes) unrelatedAlarms++;
      }
    }
  });
  const precision = found + falseAlarms ? found / (found + falseAlarms) : 1;
  const recall = stories ? found / stories : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const negatives = nearMisses + unrelated;
  return {
    stories,
    found,
    falseAlarms,
    precision,
    recall,
    f1,
    nearMisses,
    nearMissAlarms,
    unrelated,
    unrelatedAlarms,
    falseAlarmRate: negatives ? falseAlarms / negatives : 0,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f2 = (x: number) => x.toFixed(2);

/** The report as Markdown: overall, per language, then every miss and false alarm. */
export function report(title: string, rows: Row[], said: boolean[], probability: number[]): string {
  const all = metrics(rows, said);
  const lines = [
    `### ${title}`,
    '',
    `${rows.length} articles: ${all.stories} story, ${all.nearMisses} near-miss, ${all.unrelated} unrelated.`,
    '',
    '| | precision | recall | F1 | near-misses called the story | unrelated called the story |',
    '|---|---|---|---|---|---|',
    `| **all** | ${f2(all.precision)} | ${f2(all.recall)} (${all.found}/${all.stories}) | ${f2(all.f1)} | ${all.nearMissAlarms}/${all.nearMisses} (${pct(all.nearMisses ? all.nearMissAlarms / all.nearMisses : 0)}) | ${all.unrelatedAlarms}/${all.unrelated} |`,
  ];
  const langs = [...new Set(rows.map((r) => r.article.lang))].sort();
  for (const lang of langs) {
    const idx = rows.flatMap((r, i) => (r.article.lang === lang ? [i] : []));
    const m = metrics(
      idx.map((i) => rows[i] as Row),
      idx.map((i) => said[i] as boolean),
    );
    lines.push(
      `| ${lang} | ${f2(m.precision)} | ${f2(m.recall)} (${m.found}/${m.stories}) | ${f2(m.f1)} | ${m.nearMissAlarms}/${m.nearMisses} | ${m.unrelatedAlarms}/${m.unrelated} |`,
    );
  }
  const misses = rows.flatMap((r, i) => (r.y && !said[i] ? [[r, probability[i] as number] as const] : []));
  const alarms = rows.flatMap((r, i) => (!r.y && said[i] ? [[r, probability[i] as number] as const] : []));
  const item = ([r, p]: readonly [Row, number]) =>
    `- \`${r.article.id}\` (${(p * 100).toFixed(0)}%${r.eligible ? '' : ', fails the rules'}) ${r.article.url}: ${r.article.why}`;
  lines.push('', `Misses (${misses.length}):`, '', ...misses.map(item));
  lines.push('', `False alarms (${alarms.length}):`, '', ...alarms.map(item));
  return lines.join('\n');
}
