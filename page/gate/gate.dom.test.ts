/**
 * The every-page gate in a real browser, with WXT's fake extension API as the background: one look once
 * the page is idle, the engine asked for only when the look passes, and a second look when an app
 * renders its article after the first.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { anchorPattern } from '../../core/detect/prefilter';
import { GATE_KEY, type GateHandoff, LOAD_ENGINE, SCANS_KEY } from '../../core/messages/engine';
import { PAGE_STATE_REQUEST } from '../../core/messages/names';
import type { PageState } from '../../core/messages/page-state';
import { SETTINGS_REQUEST } from '../../core/messages/settings';
import anchorGroups from '../../data/generated/anchors.json';
import { Gate } from './gate';

const filler = (n: number) => `<p>${'Markets were calm and the weather was mild for the season. '.repeat(n)}</p>`;
const STORY = `<article id="story"><h1>Minerals deal</h1>${filler(3)}<p>Ukraine and the United States signed the deal in Kyiv.</p>${filler(3)}</article>`;
const global = globalThis as Record<symbol, unknown>;

/** What the fake background was asked, and the region handed to the engine when it was asked for it. */
let asked: string[];
let handedRegion: Element | undefined;
/** The running gate's life (aborted after each test). */
let life: AbortController | undefined;

const scans = () => (global[SCANS_KEY] as number | undefined) ?? 0;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  handedRegion = undefined;
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (a: unknown) => void) => {
      const type = (message as { type: string }).type;
      if (type === SETTINGS_REQUEST || type === LOAD_ENGINE) {
        asked.push(type);
        if (type === LOAD_ENGINE) handedRegion = (global[GATE_KEY] as GateHandoff | undefined)?.region;
        sendResponse(type === SETTINGS_REQUEST ? {} : undefined);
        return true;
      }
      return undefined;
    },
  );
});

afterEach(() => {
  life?.abort();
  life = undefined;
  delete global[GATE_KEY];
  document.body.innerHTML = '';
});

function startGate(): Gate {
  const gate = new Gate(anchorPattern(anchorGroups.groups));
  life = new AbortController();
  gate.start(life.signal);
  return gate;
}

describe('Gate in Chromium', () => {
  it('asks for the engine on a story page, handing over the region it found', async () => {
    document.body.innerHTML = `<nav>Home</nav>${STORY}`;
    startGate();
    await expect.poll(() => asked, { timeout: 2000, interval: 10 }).toEqual([SETTINGS_REQUEST, LOAD_ENGINE]);
    expect(handedRegion).toBe(document.getElementById('story'));
  });

  it('sends nothing on a page that is not the story, and answers "not the story" to this extension only', async () => {
    document.body.innerHTML = `<article>${filler(8)}</article>`;
    const before = scans();
    startGate();
    await expect.poll(scans, { timeout: 2000, interval: 10 }).toBe(before + 1);
    await wait(50);
    expect(asked).toEqual([]);
    // The popup asks (through the background: a sender of this extension); a stranger gets no answer.
    const ask = { type: PAGE_STATE_REQUEST };
    const stranger = await fakeBrowser.runtime.onMessage.trigger(ask, {}, () => {});
    expect(stranger).not.toContain(true);
    const state = await new Promise<PageState>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(ask, { id: fakeBrowser.runtime.id }, resolve);
    });
    expect(state).toMatchObject({ status: 'done', story: null, mentions: [], url: location.href });
    expect(asked).not.toContain(LOAD_ENGINE);
  });

  it('looks again once an app renders the story into the region, and then asks for the engine', async () => {
    document.body.innerHTML = `<main id="app"><article id="story">${filler(8)}</article></main>`;
    const before = scans();
    startGate();
    await expect.poll(scans, { timeout: 2000, interval: 10 }).toBe(before + 1);
    expect(asked).toEqual([]);
    // The app's render: a paragraph's worth of new text inside the region the look found.
    document
      .getElementById('story')
      ?.insertAdjacentHTML(
        'beforeend',
        '<p>Ukraine and the United States signed a minerals deal in Kyiv on Wednesday, after weeks of talks.</p>',
      );
    // (Within the article's settle time, not the back-off's second or more.)
    await expect.poll(() => asked, { timeout: 400, interval: 10 }).toEqual([SETTINGS_REQUEST, LOAD_ENGINE]);
    expect(scans()).toBe(before + 2);
  });

  it('is not fooled by small changes outside the article (a clock, an ad)', async () => {
    document.body.innerHTML = `<div id="ad"></div><article id="story">${filler(8)}</article>`;
    const before = scans();
    startGate();
    await expect.poll(scans, { timeout: 2000, interval: 10 }).toBe(before + 1);
    const ad = document.getElementById('ad') as HTMLElement;
    for (let i = 0; i < 5; i++) {
      ad.textContent = `Ukraine ${i}`;
      await wait(5);
    }
    // The back-off applies: no second look within the article's settle time.
    await wait(80);
    expect(scans()).toBe(before + 1);
    expect(asked).toEqual([]);
  });
});
