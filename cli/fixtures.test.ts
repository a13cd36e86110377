/**
 * Detection, dates and mentions on the fixture articles (story, near-miss and unrelated pages in
 * several languages), through the same reading path the extension uses, on linkedom.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryAnalyzer } from '../core/analysis';
import { compileMatchIndex } from '../core/match/compile';
import { rawDataset } from '../data/index';
import { parseDataset } from '../data/validate';
import { scanHtml } from './scan-file';

interface FixtureEntry {
  file: string;
  url: string;
  lang: string;
  story: boolean;
  articleDate: string | null;
  mustMention?: string[];
  mustNotMention?: string[];
  /** The page's own script renders the article: nothing to read without a browser (the e2e suite covers it). */
  scriptRendered?: boolean;
}

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as FixtureEntry[];
const parsed = parseDataset(rawDataset);
if (!parsed.ok)
  throw new Error(`dataset invalid: ${parsed.problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`);
const analyzer = new StoryAnalyzer(compileMatchIndex(parsed.dataset));

const readable = manifest.filter((e) => !e.scriptRendered);
const results = new Map(
  readable.map((e) => [e.file, scanHtml(analyzer, readFileSync(join(dir, e.file), 'utf8'), e.file, e.url)]),
);

describe.each(readable)('$file', (entry) => {
  const result = results.get(entry.file) as ReturnType<typeof scanHtml>;

  it(entry.story ? 'is detected as the story, with evidence' : 'is not detected as the story', () => {
    expect(result.story).toBe(entry.story ? 'us-ukraine-minerals-deal' : null);
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  it('has the right publication date', () => {
    expect(result.articleDate).toBe(entry.articleDate);
  });
});

describe.each(readable.filter((e) => e.story))('$file mentions', (entry) => {
  it('marks the entities it names, and not others', () => {
    const ids = new Set(results.get(entry.file)?.mentions.map((m) => m.entityId));
    for (const id of entry.mustMention ?? []) expect(ids, `missing ${id}`).toContain(id);
    for (const id of entry.mustNotMention ?? []) expect(ids, `unexpected ${id}`).not.toContain(id);
  });
});

describe('the page chrome', () => {
  it('does not count a "most read" headline as coverage', () => {
    const entry = manifest.find((e) => e.file === 'nearmiss-sidebar.html');
    expect(entry).toBeDefined();
    const html = readFileSync(join(dir, 'nearmiss-sidebar.html'), 'utf8');
    expect(html).toMatch(/Zelensk/);
    expect(scanHtml(analyzer, html, 'x', entry?.url).mentions).toEqual([]);
  });
});
