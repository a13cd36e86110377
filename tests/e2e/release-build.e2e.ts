/**
 * A page cannot tell from its performance timeline that Backstory runs. Any page script can read every
 * user-timing entry (`performance.getEntries()`), so the content scripts write `backstory:*` measures
 * and marks only in benchmark builds (`__BACKSTORY_BENCH__`, wxt.config.ts). Checked on the release
 * builds under test: their content-script files hold no such entry name, and in Chromium a story page,
 * annotated with a card shown, and a page that is not the story, find none in their timeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChromiumSession, getPageState } from './support/chromium';
import { CHROME_EXTENSION, FIREFOX_EXTENSION, pollUntil } from './support/fixtures';
import { hoverFirstMention } from './support/hover-mention';
import { isolatedWorld } from './support/isolated-world';
import { chromiumForSuite } from './support/suite';

/** The names the benchmark reads (scripts/bench/run.ts), and any other `backstory:` entry written or cleared. */
const BENCH_NAMES = ['main', 'scan', 'request', 'engine', 'apply', 'notify', 'card-visible'].map(
  (n) => `backstory:${n}`,
);
const TIMING_CALL = /\.(?:measure|mark|clearMeasures|clearMarks)\(\s*["'`]backstory:/;

/** Every content-script file of a build, with its text. */
function contentScripts(build: string): { file: string; text: string }[] {
  const dir = path.join(build, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

describe.each([
  ['Chromium', CHROME_EXTENSION],
  ['Firefox', FIREFOX_EXTENSION],
])('the %s release build', (_browser, build) => {
  it('has no benchmark user timing in its content scripts', () => {
    const files = contentScripts(build);
    // The gate, the engine and the card UI: a build without them would pass for the wrong reason.
    expect(files.map((f) => f.file).sort()).toEqual(expect.arrayContaining(['card-ui.js', 'content.js', 'engine.js']));
    const found = files.flatMap(({ file, text }) => [
      // As a string literal in any quotes (the minifier writes template literals).
      ...BENCH_NAMES.filter((name) => ['"', "'", '`'].some((q) => text.includes(`${q}${name}${q}`))).map(
        (name) => `${file}: ${name}`,
      ),
      ...(TIMING_CALL.test(text) ? [`${file}: a user-timing call named backstory:…`] : []),
    ]);
    expect(found).toEqual([]);
  });
});

describe('what a page finds in its performance timeline (Chromium)', () => {
  let ext: ChromiumSession;
  chromiumForSuite((session) => {
    ext = session;
  });

  /** Runs in the page's own world, as any page script can. */
  const ourEntries = () =>
    performance
      .getEntries()
      .filter((e) => /backstory/i.test(e.name))
      .map((e) => `${e.entryType} ${e.name}`);

  /** Runs in our isolated world: whether a card is shown (placed and made visible: page/card-ui/card/position.ts). */
  const cardShown = () => {
    const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
      | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
      | undefined;
    if (!api?.hasHost()) return false;
    return [...api.host().shadow.querySelectorAll<HTMLElement>('.floating')].some(
      (f) => f.style.visibility === 'visible' && f.querySelector('.card') !== null,
    );
  };

  it('no entry of ours, on a story page with a card shown or on a page that is not the story', async () => {
    const story = await ext.openFixture('story-en-ap');
    const other = await ext.openFixture('nearmiss-greenland');
    const world = await isolatedWorld(story.page, ext.extensionId as string);
    try {
      const state = await getPageState(story.page, { until: (s) => s.mentions.length > 0 });
      expect(state.mentions.length).toBeGreaterThan(0);
      expect(await hoverFirstMention(story.page)).toBe(true);
      await pollUntil(() => world.evaluate(cardShown, null), Boolean, { what: 'a card shown' });
      expect((await getPageState(other.page)).story).toBeNull();
      expect(await story.page.evaluate(ourEntries)).toEqual([]);
      expect(await other.page.evaluate(ourEntries)).toEqual([]);
    } finally {
      await world.detach();
      await story.page.close();
      await other.page.close();
    }
  });
});
