/**
 * The folders are runtime boundaries (docs/ARCHITECTURE.md): this walks the static imports of the
 * extension's sources and fails, with the offending import chains, when one crosses a boundary.
 *
 * Imports are read with a regex (import/export … from, side-effect imports, dynamic `import('…')`),
 * resolved like the bundler: relative paths, `@/` = the repository's root, bare names = packages.
 * `import type …` / `export type …` are erased by the build: they do not put code in a bundle, so the
 * bundle rules (what a content script may reach) follow value imports only. The folder rules count type
 * imports too, with one exception: the card-UI bundle may import *types* from `page/engine/` (the PageApi
 * it finds on a global, the documented hand-off). `import { type X } from` is a value import: under
 * `verbatimModuleSyntax` it keeps the module's side effects.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_FOLDERS = ['core', 'page', 'components', 'entrypoints', 'shared', 'background'];

interface Edge {
  /** A repository path (`page/gate/gate.ts`) or `pkg:<name>` for a package. */
  to: string;
  typeOnly: boolean;
}

const IMPORT_FROM = /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const SIDE_EFFECT = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveSpecifier(from: string, specifier: string): string {
  const bare = specifier.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('@/')) base = join(ROOT, bare.slice(2));
  else if (bare.startsWith('.')) base = resolve(dirname(join(ROOT, from)), bare);
  else {
    const parts = bare.split('/');
    return `pkg:${bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]}`;
  }
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  throw new Error(`${from}: cannot resolve '${specifier}'`);
}

const edgeCache = new Map<string, Edge[]>();
function importsOf(file: string): Edge[] {
  const cached = edgeCache.get(file);
  if (cached) return cached;
  const edges: Edge[] = [];
  if (/\.tsx?$/.test(file)) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const m of source.matchAll(IMPORT_FROM)) {
      edges.push({ to: resolveSpecifier(file, m[3] as string), typeOnly: Boolean(m[1]) });
    }
    for (const m of source.matchAll(SIDE_EFFECT))
      edges.push({ to: resolveSpecifier(file, m[1] as string), typeOnly: false });
    for (const m of source.matchAll(DYNAMIC))
      edges.push({ to: resolveSpecifier(file, m[1] as string), typeOnly: false });
  }
  edgeCache.set(file, edges);
  return edges;
}

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(path);
    }
  };
  walk(folder);
  return out;
}

/** Every file an entrypoint's bundle holds (value imports only), each with the chain that brings it in. */
function reach(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const edge of importsOf(file)) {
      if (edge.typeOnly || chains.has(edge.to)) continue;
      chains.set(edge.to, [...(chains.get(file) as string[]), edge.to]);
      if (!edge.to.startsWith('pkg:')) queue.push(edge.to);
    }
  }
  return chains;
}

const GATE = 'entrypoints/content/index.ts';
const ENGINE = 'entrypoints/engine.content.ts';
const CARD_UI = 'entrypoints/card-ui.content.ts';

/** What a bundle must not hold: a folder (`page/card-ui/`) or a package (`pkg:preact`). */
const BUNDLE_RULES: { entry: string; name: string; forbidden: (target: string) => boolean; why: string }[] = [
  {
    entry: GATE,
    name: 'the every-page gate',
    // Every supported page loads it: no package at all (zod, Preact, the polyfill…), nothing of the
    // bundles it loads.
    forbidden: (t) => t.startsWith('pkg:') || /^page\/(engine|card-ui)\//.test(t) || /^(components|shared)\//.test(t),
    why: 'no package, nothing of page/engine/, page/card-ui/, components/ or shared/',
  },
  {
    entry: ENGINE,
    name: 'the engine bundle',
    forbidden: (t) =>
      ['pkg:preact', 'pkg:@floating-ui/dom', 'pkg:webextension-polyfill'].includes(t) ||
      /^page\/(gate|card-ui)\//.test(t) ||
      /^(components|shared)\//.test(t),
    why: 'no Preact, floating-ui or polyfill; nothing of page/gate/, page/card-ui/, components/ or shared/',
  },
  {
    entry: CARD_UI,
    name: 'the card-UI bundle',
    forbidden: (t) => /^page\/(gate|engine)\//.test(t) || /^shared\//.test(t),
    why: 'nothing of page/gate/ or page/engine/ (only their types, the PageApi hand-off), nothing of shared/',
  },
];

/** Folder rules: files under `from` must not import `to` (type imports count, unless `typesAllowed`). */
const FOLDER_RULES: { from: RegExp; to: RegExp; typesAllowed?: boolean; why: string }[] = [
  { from: /^page\//, to: /^(shared|background|entrypoints)\//, why: 'page/ runs in content scripts' },
  {
    from: /^page\/(gate|engine|dom)\//,
    to: /^components\/|^pkg:preact/,
    why: 'Preact belongs to the card-UI bundle only',
  },
  { from: /^components\//, to: /^(page|entrypoints|background)\//, why: 'components only render' },
  {
    from: /^core\//,
    to: /^(page|components|entrypoints|shared|background)\//,
    why: 'core/ runs anywhere (no DOM, no extension API)',
  },
  {
    from: /^(?!core\/zod\.ts$)(core|page|components|entrypoints)\//,
    to: /^pkg:zod$/,
    why: 'zod only through core/zod.ts, which makes it jitless before any schema exists (no `new Function` under a CSP)',
  },
  { from: /^page\/dom\//, to: /^page\/(gate|engine|card-ui)\//, why: 'page/dom/ is shared: it depends on no bundle' },
  { from: /^page\/gate\//, to: /^page\/(engine|card-ui)\//, why: 'the gate is its own bundle' },
  { from: /^page\/engine\//, to: /^page\/(gate|card-ui)\//, why: 'the engine loads the card UI by message only' },
  { from: /^page\/card-ui\//, to: /^page\/gate\//, why: 'the card UI is its own bundle' },
  {
    from: /^page\/card-ui\//,
    to: /^page\/engine\//,
    typesAllowed: true,
    why: 'the card UI takes the engine’s PageApi from a global: types only',
  },
];

const PAGE_FOLDERS = ['gate', 'engine', 'card-ui', 'dom'];

describe('import boundaries', () => {
  const files = SOURCE_FOLDERS.flatMap(sourceFiles);

  it('finds the sources and the entrypoints', () => {
    expect(files).toContain(GATE);
    expect(files).toContain(ENGINE);
    expect(files).toContain(CARD_UI);
    expect(files.length).toBeGreaterThan(100);
  });

  it('every file in page/ sits in a bundle’s folder or page/dom/', () => {
    const loose = sourceFiles('page').filter((f) => !PAGE_FOLDERS.includes(f.split('/')[1] as string));
    expect(loose, `page/ files outside ${PAGE_FOLDERS.map((f) => `page/${f}/`).join(', ')}`).toEqual([]);
  });

  for (const rule of BUNDLE_RULES) {
    it(`${rule.name} (${rule.entry}) holds ${rule.why}`, () => {
      const offending = [...reach(rule.entry)]
        .filter(([target]) => rule.forbidden(target))
        .map(([, chain]) => chain.join(' → '));
      expect(offending, `${rule.name} reaches what it must not:\n${offending.join('\n')}`).toEqual([]);
    });
  }

  for (const rule of FOLDER_RULES) {
    it(`${rule.from.source} ↛ ${rule.to.source}${rule.typesAllowed ? ' (types allowed)' : ''}: ${rule.why}`, () => {
      const offending = files
        .filter((file) => rule.from.test(file))
        .flatMap((file) =>
          importsOf(file)
            .filter((edge) => rule.to.test(edge.to) && !(rule.typesAllowed && edge.typeOnly))
            .map((edge) => `${file} → ${edge.to}${edge.typeOnly ? ' (type)' : ''}`),
        );
      expect(offending, `${rule.why}:\n${offending.join('\n')}`).toEqual([]);
    });
  }
});
