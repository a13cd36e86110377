/**
 * `backstory scan FILE.html…`: one JSON line per file on stdout; problems on stderr with a non-zero
 * exit, and the other files are still scanned.
 */
import { StoryAnalyzer } from '../core/analysis';
import { compileMatchIndex } from '../core/match/compile';
import { rawDataset } from '../data/index';
import { parseDataset } from '../data/validate';
import { readHtml, ScanError, scanHtml } from './scan-file';

const USAGE = 'usage: backstory scan FILE.html [FILE.html …]';

function main(args: string[]): number {
  const [command, ...files] = args;
  if (command !== 'scan' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const parsed = parseDataset(rawDataset);
  if (!parsed.ok) {
    console.error('backstory: the bundled dataset is invalid; run npm run data:check');
    return 2;
  }
  const analyzer = new StoryAnalyzer(compileMatchIndex(parsed.dataset));
  let failed = 0;
  for (const file of files) {
    try {
      console.log(JSON.stringify(scanHtml(analyzer, readHtml(file), file)));
    } catch (error) {
      failed++;
      console.error(
        error instanceof ScanError ? `backstory: ${error.message}` : `backstory: ${file}: ${String(error)}`,
      );
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
