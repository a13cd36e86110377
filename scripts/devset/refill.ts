/**
 * `npm run devset:refill`: fills the git-ignored cache (tests/devset/.cache) for every manifest entry
 * that lacks its text.
 *  - By default it fetches each missing article's URL and reads it as the extension does
 *    (page/engine/read-article.ts), keeping its headline, date and the opening `LEAD_CHARS` characters, one
 *    paragraph a line: the same opening the search library stores. This needs web access.
 *  - `--import FILE.jsonl` takes texts already in hand instead, one JSON object a line
 *    ({ id, url, headline, date, text }): how the cache was first filled here, from the search
 *    library's stored copies of the pages (this workplace reaches no news site).
 * It never overwrites a cached text and never writes outside the cache.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../page/engine/read-article';
import { CACHE_DIR, CachedText, cachePath, HOLDOUT, MANIFEST, type ManifestEntry, readManifest } from './devset';

const LEAD_CHARS = 2000;
const manifest = [...readManifest(MANIFEST), ...readManifest(HOLDOUT)];
const missing = manifest.filter((e) => !existsSync(cachePath(e.id)));
mkdirSync(CACHE_DIR, { recursive: true });
console.log(`devset:refill: ${manifest.length} articles in the manifests, ${missing.length} missing from the cache`);

const importFile = process.argv[process.argv.indexOf('--import') + 1];
if (process.argv.includes('--import') && importFile) importTexts(importFile);
else await fetchAll(missing);

function importTexts(file: string): void {
  const wanted = new Map(missing.map((e) => [e.id, e]));
  let written = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const parsed = CachedText.safeParse(JSON.parse(line));
    if (!parsed.success || !wanted.has(parsed.data.id)) continue;
    writeFileSync(cachePath(parsed.data.id), `${JSON.stringify(parsed.data, null, 1)}\n`);
    written++;
  }
  console.log(`devset:refill: imported ${written} text(s) from ${file}`);
}

async function fetchAll(entries: ManifestEntry[]): Promise<void> {
  let failed = 0;
  for (const entry of entries) {
    try {
      const response = await fetch(entry.url, { signal: AbortSignal.timeout(20_000), redirect: 'follow' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { document } = parseHTML(await response.text());
      const { article } = readArticle(document as unknown as Document, entry.url);
      const text = paragraphs(article.text, article.breaks).slice(0, LEAD_CHARS);
      const cached = CachedText.parse({
        id: entry.id,
        url: entry.url,
        headline: article.headline,
        date: article.articleDate,
        text,
      });
      writeFileSync(cachePath(entry.id), `${JSON.stringify(cached, null, 1)}\n`);
    } catch (error) {
      failed++;
      console.warn(`devset:refill: ${entry.id}: ${(error as Error).message}`);
    }
  }
  console.log(`devset:refill: fetched ${entries.length - failed}, failed ${failed}`);
  if (failed) process.exitCode = 1;
}

/** The read text with its block breaks as line breaks. */
function paragraphs(text: string, breaks: number[]): string {
  const cuts = [...breaks, text.length];
  const out: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    const part = text.slice(from, cut).trim();
    if (part) out.push(part);
    from = cut;
  }
  return out.join('\n');
}
