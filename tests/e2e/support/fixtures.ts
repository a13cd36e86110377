/** The fixture pages and their manifest (tests/fixtures/pages/manifest.json), shared by both browsers. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HOST_SELECTOR } from '../../../page/engine/ui-host';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/pages');
/**
 * The built extensions under test: BACKSTORY_OUT_DIR's builds when set (as for `wxt build`), else
 * .output's; BACKSTORY_CHROME_EXT / BACKSTORY_FIREFOX_EXT name one directly.
 */
const OUT_DIR = path.resolve(ROOT, process.env.BACKSTORY_OUT_DIR ?? '.output');
export const CHROME_EXTENSION = path.resolve(process.env.BACKSTORY_CHROME_EXT ?? path.join(OUT_DIR, 'chrome-mv3'));
export const FIREFOX_EXTENSION = path.resolve(process.env.BACKSTORY_FIREFOX_EXT ?? path.join(OUT_DIR, 'firefox-mv2'));

/** What the content script answers for a story page. */
export const STORY_ID = 'us-ukraine-minerals-deal';
/** How our one element in the page is found (a `<div>` on the page's root, see page/engine/ui-host.ts). */
export { HOST_SELECTOR };
/** The strict policy used for the "strict CSP" runs. */
export const STRICT_CSP = "default-src 'none'";

/** A valid note for the options page's notes import (both browsers' import tests: kept, never dropped). */
export const IMPORTED_NOTE = {
  id: 'a',
  url: 'https://apnews.com/x',
  exact: 'Vance',
  prefix: '',
  suffix: '',
  text: 't',
  createdAt: '2025-03-01T10:00:00Z',
};

export const FixtureEntry = z.object({
  file: z.string().regex(/^[a-z0-9-]+\.html$/),
  url: z.string().url().startsWith('https://'),
  lang: z.enum(['en', 'uk', 'ru', 'de', 'fr', 'es']),
  story: z.boolean(),
  articleDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  mustMention: z.array(z.string()),
  mustNotMention: z.array(z.string()).optional(),
});
export type FixtureEntry = z.infer<typeof FixtureEntry>;

export const MANIFEST: FixtureEntry[] = z
  .array(FixtureEntry)
  .parse(JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'manifest.json'), 'utf8')));

export function fixture(name: string): FixtureEntry {
  const file = name.endsWith('.html') ? name : `${name}.html`;
  const entry = MANIFEST.find((e) => e.file === file);
  if (!entry) throw new Error(`No fixture ${file} in manifest.json`);
  return entry;
}

export function fixtureHtml(entry: FixtureEntry): string {
  return readFileSync(path.join(FIXTURES_DIR, entry.file), 'utf8');
}

/** Scripts a fixture page loads from its own site (the react-rerender page's copy of Preact). */
export const STATIC_ASSETS: Record<string, { file: string; contentType: string }> = {
  'https://www.politico.com/assets/preact.mjs': {
    file: path.join(ROOT, 'node_modules/preact/dist/preact.mjs'),
    contentType: 'text/javascript; charset=utf-8',
  },
  'https://www.politico.com/assets/preact-hooks.mjs': {
    file: path.join(ROOT, 'node_modules/preact/hooks/dist/hooks.mjs'),
    contentType: 'text/javascript; charset=utf-8',
  },
};

/** The STATIC_ASSETS found on disk, keyed by URL, ready to serve. */
export function loadStaticAssets(): Map<string, { body: Buffer; contentType: string }> {
  const assets = new Map<string, { body: Buffer; contentType: string }>();
  for (const [url, asset] of Object.entries(STATIC_ASSETS)) {
    if (existsSync(asset.file)) assets.set(url, { body: readFileSync(asset.file), contentType: asset.contentType });
  }
  return assets;
}

/** A URL without its fragment, the key under which pages are served. */
export function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

/** Multiset difference: the items of `a` not matched one-for-one by an item of `b`. */
export function multisetMinus<T>(a: readonly T[], b: readonly T[]): T[] {
  const rest = [...b];
  const out: T[] = [];
  for (const item of a) {
    const i = rest.indexOf(item);
    if (i === -1) out.push(item);
    else rest.splice(i, 1);
  }
  return out;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until `done` accepts its value, or throws with the last value after `timeoutMs`. */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 15_000, intervalMs = 150, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? String(lastError) : JSON.stringify(last)?.slice(0, 2000);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last: ${detail}`);
    }
    await sleep(intervalMs);
  }
}

/**
 * Problems that stop a browser from loading a built extension at all, found before launching one (a
 * browser that rejects an unpacked extension only says "no service worker" or "invalid add-on").
 */
export function builtExtensionProblems(dir: string): string[] {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return [`no ${manifestPath}: build the extension first`];
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return [`${manifestPath} is not JSON: ${String(error)}`];
  }
  const problems: string[] = [];
  const hasLocales = existsSync(path.join(dir, '_locales'));
  if (hasLocales && !manifest.default_locale) problems.push('_locales/ exists but the manifest has no default_locale');
  if (!hasLocales && manifest.default_locale) problems.push('default_locale is set but there is no _locales/ folder');
  const files: string[] = [];
  const background = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
  if (background?.service_worker) files.push(background.service_worker);
  files.push(...(background?.scripts ?? []));
  for (const cs of (manifest.content_scripts as Array<{ js?: string[]; css?: string[] }> | undefined) ?? []) {
    files.push(...(cs.js ?? []), ...(cs.css ?? []));
  }
  for (const f of files) if (!existsSync(path.join(dir, f))) problems.push(`manifest names ${f}, which is missing`);
  return problems;
}
