/** `npm run data:check`: validate the dataset and print a readable list of problems. */
import { featureIds } from '../core/detect/features';
import { compileMatchIndex } from '../core/match/compile';
import { rawDataset } from '../data/index';
import { type Problem, parseDataset } from '../data/validate';

const result = parseDataset(rawDataset);
const problems: Problem[] = result.ok ? detectorProblems() : result.problems;
if (result.ok && !problems.length) {
  const { entities, story } = result.dataset;
  console.log(
    `data:check ok — ${entities.length} entities, ${story.timeline.length} timeline events, ${story.detector.trainedOn.articles}-article detector, reviewed as of ${result.dataset.reviewedAsOf}`,
  );
} else {
  console.error(`data:check found ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p.where}: ${p.message}`);
  process.exit(1);
}

/** The shipped detector must weigh exactly the features the dataset defines now. */
function detectorProblems(): Problem[] {
  if (!result.ok) return [];
  const index = compileMatchIndex(result.dataset);
  const ids = new Set(featureIds(index));
  const weighed = new Set(Object.keys(index.detector.weights));
  const retrain = 'the detector was trained on other features: run npm run detector:train (needs the devset cache)';
  return [
    ...[...ids]
      .filter((id) => !weighed.has(id))
      .map((id) => ({ where: `story: detector.weights.${id}`, message: `missing; ${retrain}` })),
    ...[...weighed]
      .filter((id) => !ids.has(id))
      .map((id) => ({ where: `story: detector.weights.${id}`, message: `not a feature; ${retrain}` })),
  ];
}
