/**
 * `npm run detector:train`: fits the detector on the development set and writes its weights to
 * data/story/detector-model.json (committed; data:build ships them), with the cross-validated figures.
 * The texts stay in the git-ignored cache; only the weights and figures are written.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectorModel } from '../../data/schema';
import { loadDevset } from '../devset/devset';
import { crossValidate, currentIndex, FOLDS, featureRows, fitFinal, metrics, report } from './evaluate';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'story', 'detector-model.json');

const { articles, missing } = loadDevset();
if (missing.length) {
  console.error(`detector:train: ${missing.length} article(s) not in the cache: run npm run devset:refill first`);
  process.exit(1);
}
const index = currentIndex();
const { ids, rows, signs } = featureRows(index, articles);
const cv = crossValidate(rows, signs);
const m = metrics(rows, cv.said);
console.log(report('Cross-validated (5 folds, grouped, nested)', rows, cv.said, cv.probability));

const { model, settings } = fitFinal(rows, signs);
const round = (x: number) => Math.round(x * 1000) / 1000;
const weights: Record<string, number> = {};
ids.forEach((id, i) => {
  weights[id] = round(model.weights[i] as number);
});
const out: DetectorModel = {
  version: 1,
  bias: round(model.bias),
  threshold: settings.threshold,
  weights,
  trainedOn: {
    date: new Date().toISOString().slice(0, 10),
    articles: rows.length,
    languages: [...new Set(rows.map((r) => r.article.lang))].sort(),
    crossValidated: { precision: round(m.precision), recall: round(m.recall), f1: round(m.f1), folds: FOLDS },
  },
};
writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
console.log(`\ndetector:train: wrote ${OUT} (λ=${settings.lambda}, threshold ${settings.threshold})`);
