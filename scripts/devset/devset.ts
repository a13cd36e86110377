/**
 * The real-article development set: the committed manifest (tests/devset/manifest.jsonl: URL,
 * language, label, why) and the git-ignored cache of the texts (tests/devset/.cache/<id>.json), which
 * `npm run devset:refill` fills. The texts are other people's writing: they never enter git.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const DEVSET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'devset');
export const MANIFEST = join(DEVSET_DIR, 'manifest.jsonl');
/** The held-out test set: measured once the detector was settled, never trained or tuned on. */
export const HOLDOUT = join(DEVSET_DIR, 'holdout.jsonl');
export const CACHE_DIR = join(DEVSET_DIR, '.cache');

export const Label = z.enum(['story', 'near-miss', 'unrelated']);
export type Label = z.infer<typeof Label>;

export const ManifestEntry = z.object({
  id: z.string().regex(/^(h-)?[a-z]{2}-[snu]-[a-z0-9-]+$/),
  url: z.string().url(),
  lang: z.string().regex(/^[a-z]{2}$/),
  label: Label,
  why: z.string().min(5).max(200),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const CachedText = z.object({
  id: z.string(),
  url: z.string(),
  headline: z.string(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  text: z.string().min(100),
});
export type CachedText = z.infer<typeof CachedText>;

export type DevArticle = ManifestEntry & Omit<CachedText, 'id' | 'url'>;

export function readManifest(path = MANIFEST): ManifestEntry[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = ManifestEntry.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export function cachePath(id: string): string {
  return join(CACHE_DIR, `${id}.json`);
}

/** The manifest's articles whose text is in the cache, and the ids that are missing. */
export function loadDevset(manifest = MANIFEST): { articles: DevArticle[]; missing: string[] } {
  const articles: DevArticle[] = [];
  const missing: string[] = [];
  for (const entry of readManifest(manifest)) {
    const path = cachePath(entry.id);
    const cached = existsSync(path) ? CachedText.safeParse(JSON.parse(readFileSync(path, 'utf8'))) : null;
    if (!cached?.success) {
      missing.push(entry.id);
      continue;
    }
    const { headline, date, text } = cached.data;
    articles.push({ ...entry, headline, date, text });
  }
  return { articles, missing };
}

/** The article as the engine bundle reads it: paragraphs (one per line) become block breaks. */
export function articleText(article: Pick<DevArticle, 'text' | 'headline' | 'date'>) {
  const breaks: number[] = [];
  let text = '';
  for (const line of article.text.split('\n')) {
    if (!line.trim()) continue;
    breaks.push(text.length);
    text += `${line.trim()} `;
  }
  return { text, breaks, headline: article.headline, articleDate: article.date };
}
