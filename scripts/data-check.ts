/** `npm run data:check`: validate the dataset and print a readable list of problems. */
import { rawDataset } from '../data/index';
import { parseDataset } from '../data/validate';

const result = parseDataset(rawDataset);
if (result.ok) {
  const { entities, story } = result.dataset;
  console.log(
    `data:check ok — ${entities.length} entities, ${story.timeline.length} timeline events, reviewed as of ${result.dataset.reviewedAsOf}`,
  );
} else {
  console.error(`data:check found ${result.problems.length} problem(s):`);
  for (const p of result.problems) console.error(`  - ${p.where}: ${p.message}`);
  process.exit(1);
}
