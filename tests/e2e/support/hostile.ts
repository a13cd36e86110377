/**
 * The hostile page (story-en-ap.html with tests/fixtures/pages/hostile.js), shared by the Chromium and Firefox suites: the
 * story-en-ap article with a script that tries everything a page can against our UI (see the fixture),
 * served at an address of its own, opened from a real share link while it forges another.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Note } from '../../../core/notes';
import { shareValueFromHash } from '../../../core/share/fragment';
import { buildShareLink } from '../../../core/share/link';
import { FIXTURES_DIR } from './fixtures';

export const HOSTILE_URL = 'https://apnews.com/article/hostile-page-test-oval-office-minerals-deal-f00dfeed';

/** The note the reader's own share link carries. */
export const SHARED_NOTE: Omit<Note, 'url'> = {
  id: 'real-share-note',
  exact: 'Ukraine gave up the nuclear weapons',
  prefix: 'Under that 1994 agreement, ',
  suffix: ' it had inherited',
  text: 'From the teacher: what did Ukraine get in return?',
  createdAt: '2025-03-01T09:00:00.000Z',
};

/** The note the page forges into its own address. */
export const FORGED_NOTE: Omit<Note, 'url'> = {
  id: 'forged-note',
  exact: 'Democrats called the scene an embarrassment',
  prefix: '',
  suffix: '',
  text: 'Your teacher asks you to sign in at news-page.example to see your grade',
  createdAt: '2025-03-01T09:00:00.000Z',
};

/** A note the reader keeps on the hostile page (Chromium: seeded in storage). */
export const STORED_NOTE: Note = {
  id: 'stored-private-note',
  url: HOSTILE_URL,
  exact: 'Ukraine has been under martial law since February 2022',
  prefix: '',
  suffix: '',
  text: 'PRIVATE: Sasha asked about elections under martial law',
  createdAt: '2025-03-01T08:00:00.000Z',
};

export interface HostileReport {
  /** Times a page-defined element constructor ran (one for our old host tag would grab our root). */
  constructed: number;
  /** Our shadow roots the page's script reached, and the text it read there. */
  rootsSeen: number;
  leaked: string;
  /** Names the page managed to define (our old tag, at least: the attack was set up). */
  defined: string[];
  /** Whether the active highlight (a hovered or walked mention) ever appeared while it made events. */
  activeSeen: boolean;
  rounds: number;
  /** Note texts `window.find()` found in the document (PROBES: the notes' own texts). */
  found: string[];
  /** Words `window.find()` found that the page's own text lacks (no prior knowledge needed). */
  findLeaks: string[];
  /** Every name the page saw in the highlight registry. */
  highlightNames: string[];
  done?: boolean;
}

/** Runs in the page: whether the hostile script has finished. */
export function hostileDone(): boolean {
  return (window as { __hostile?: { done?: boolean } }).__hostile?.done === true;
}

/** Runs in the page: what the hostile script reports. */
export function hostileReport(): HostileReport {
  return (window as unknown as { __hostile: HostileReport }).__hostile;
}

/**
 * What both browsers' hostile-page tests require of the report: the attack was set up (the page defined
 * our old tag first), and it learned nothing: no element of ours, no root, no word of a note, no walked or
 * hovered mention, nothing window.find() finds that the page's own text lacks, no note in the highlight
 * registry.
 */
export function expectNothingLearned(report: HostileReport): void {
  expect(report.defined).toContain('backstory-ui');
  expect(report.constructed).toBe(0);
  expect(report.rootsSeen).toBe(0);
  expect(report.leaked).toBe('');
  expect(report.activeSeen).toBe(false);
  expect(report.found).toEqual([]);
  expect(report.findLeaks).toEqual([]);
  expect(report.highlightNames.filter((n) => /note/.test(n))).toEqual([]);
}

/** The reader's share link to the hostile page (a real one, made with the extension's encoder). */
export async function sharedLink(): Promise<string> {
  const link = await buildShareLink(HOSTILE_URL, [SHARED_NOTE]);
  if (!link.ok) throw new Error(`could not build the share link: ${link.error}`);
  return link.url;
}

/** The hostile page, with the forged share value filled in. */
export async function hostileHtml(): Promise<string> {
  const forged = await buildShareLink(HOSTILE_URL, [FORGED_NOTE]);
  if (!forged.ok) throw new Error(`could not build the forged link: ${forged.error}`);
  const value = shareValueFromHash(forged.url.slice(forged.url.indexOf('#'))) as string;
  // The AP story fixture, with the hostile script first in its head (tests/fixtures/pages/hostile.js).
  const story = readFileSync(path.join(FIXTURES_DIR, 'story-en-ap.html'), 'utf8');
  const probes = JSON.stringify([STORED_NOTE.text, SHARED_NOTE.text]);
  const script = readFileSync(path.join(FIXTURES_DIR, 'hostile.js'), 'utf8')
    .replace('__FORGED_SHARE__', value)
    .replace('__PROBES__', () => probes);
  return story
    .replace('<title>', '<title>(Hostile test page) ')
    .replace('</head>', () => `<script>\n${script}</script>\n</head>`);
}
