/**
 * `npm run data:build`: validate the dataset and compile what the extension loads:
 *  - data/generated/match-index.json — aliases, ids and signals: what every supported page carries
 *    (as a string, parsed only when the prefilter passes);
 *  - data/generated/anchors.json — the prefilter's pattern;
 *  - data/generated/dataset.json — the full validated dataset: loaded only on story pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { anchorSource } from '../core/analysis';
import { compileMatchIndex } from '../core/match/compile';
import { rawDataset } from '../data/index';
import { parseDataset } from '../data/validate';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'generated');
const result = parseDataset(rawDataset);
if (!result.ok) {
  console.error(`data:build: the dataset has ${result.problems.length} problem(s); run npm run data:check`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const matchIndex = compileMatchIndex(result.dataset);
const outputs = {
  'match-index.json': JSON.stringify(matchIndex),
  // The prefilter's pattern, so pages that fail it never parse the match index.
  'anchors.json': JSON.stringify({ groups: anchorSource(matchIndex) }),
  'dataset.json': JSON.stringify(result.dataset),
};
for (const [name, json] of Object.entries(outputs)) {
  writeFileSync(join(outDir, name), json);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`data:build ${name}: ${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json).length)} gzip`);
}
