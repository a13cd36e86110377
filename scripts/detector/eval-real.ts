/**
 * `npm run eval:real`: the detector on the real-article development set (tests/devset): nested,
 * grouped cross-validation (each article judged by a model trained without it and its copies), and,
 * for comparison, the shipped model as it stands (trained on all of it: not a measure of generalisation).
 * `--shipped` prints only the latter (after changing phrases, before retraining).
 * `--holdout` measures the shipped model on the held-out test set (tests/devset/holdout.jsonl), which
 * no training or tuning has seen.
 */
import { HOLDOUT, loadDevset } from '../devset/devset';
import { crossValidate, currentIndex, featureRows, report } from './evaluate';
import { predict } from './logistic';

const holdout = process.argv.includes('--holdout');
const { articles, missing } = loadDevset(holdout ? HOLDOUT : undefined);
if (missing.length)
  console.warn(
    `eval:real: ${missing.length} article(s) not in the cache (npm run devset:refill): ${missing.join(', ')}`,
  );
if (!articles.length) {
  console.error('eval:real: the cache is empty: run npm run devset:refill');
  process.exit(1);
}
const index = currentIndex();
const { ids, rows, signs } = featureRows(index, articles);

if (!process.argv.includes('--shipped') && !holdout) {
  const cv = crossValidate(rows, signs);
  console.log(report('Cross-validated (5 folds, grouped, nested)', rows, cv.said, cv.probability));
  console.log(`\nSettings chosen per fold: ${cv.settings.map((s) => `λ=${s.lambda} t=${s.threshold}`).join('; ')}\n`);
}
const shipped = { bias: index.detector.bias, weights: ids.map((id) => index.detector.weights[id] ?? 0) };
const probability = rows.map((r) => predict(shipped, r.x));
const said = rows.map((r, i) => r.eligible && (probability[i] as number) >= index.detector.threshold);
const title = holdout
  ? 'The shipped model on the held-out test set (never trained or tuned on)'
  : 'The shipped model on the same articles (seen in training: not a generalisation figure)';
console.log(report(title, rows, said, probability));
