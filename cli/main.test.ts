import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'backstory.mjs');
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'pages', name);

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
}

describe('backstory scan', () => {
  it('prints one JSON line per file', () => {
    const out = execFileSync(
      process.execPath,
      [bin, 'scan', fixture('story-en-ap.html'), fixture('unrelated-en.html')],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ story: 'us-ukraine-minerals-deal', articleDate: '2025-02-28' });
    expect(lines[0].mentions.length).toBeGreaterThan(10);
    expect(Object.keys(lines[0]).sort()).toEqual(['articleDate', 'evidence', 'file', 'mentions', 'score', 'story']);
    expect(lines[1]).toMatchObject({ story: null, mentions: [] });
  }, 30_000);

  it('reports bad files on stderr, exits non-zero, and still scans the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
    const binary = join(dir, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    const text = join(dir, 'notes.html');
    writeFileSync(text, 'just some words, no markup at all');
    const result = run(['scan', join(dir, 'missing.html'), binary, text, fixture('story-de.html')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing.html: no such file');
    expect(result.stderr).toContain('image.html: a binary file');
    expect(result.stderr).toContain('notes.html: does not look like HTML');
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string).story).toBe('us-ukraine-minerals-deal');
  }, 30_000);

  it('explains its usage', () => {
    const result = run([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: backstory scan');
  });
});
