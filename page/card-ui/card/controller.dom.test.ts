/**
 * The card controller in a real browser, without the extension runtime: a real annotator (with the
 * background's analysis stood in for) supplies the mentions, the page's one hover channel says what is
 * under the pointer, and `renderCard` draws a plain stand-in for the Preact card. Hover intent, the
 * grace period, the keyboard walk with its announcement, Esc from the reader (not from a script), a tap,
 * placement beside the mention and teardown.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CardRenderProps } from '../../../components/card/types';
import type { CardView } from '../../../core/card/view-model';
import { translatorFor } from '../../../core/i18n';
import type { EntityKindCode } from '../../../core/match/match-index';
import type { AnalyzedMention } from '../../../core/messages/analysis';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { HoverChannel } from '../../dom/hover';
import { Annotator } from '../../engine/annotator';
import { CardIntentSlot, type PageApi } from '../../engine/features/feature';
import { CardController } from './controller';

const NAMES: { name: string; entityId: string; kind: EntityKindCode; label: string }[] = [
  { name: 'Kyiv', entityId: 'kyiv', kind: 'place', label: 'Place' },
  { name: 'Volodymyr Zelensky', entityId: 'zelensky', kind: 'person', label: 'Person' },
  { name: 'Scott Bessent', entityId: 'bessent', kind: 'person', label: 'Person' },
];
const HOVER_DELAY_MS = 60;
/** The controller's grace period before a card the pointer left closes (HIDE_DELAY_MS there). */
const HIDE_DELAY_MS = 300;

let annotator: Annotator;
let api: PageApi;
let controller: CardController;
/** The controller's life (aborted after each test). */
let life: AbortController;
let shadow: ShadowRoot;
/** What the controller asked to render last, and the live region's messages. */
let shown: CardRenderProps | null;
let announced: string[];

const para = `<p>${'The agreement sets up a joint fund for the reconstruction of the country. '.repeat(3)}</p>`;

beforeEach(async () => {
  document.body.innerHTML =
    `<article id="story" style="font: 18px/28px serif; width: 600px"><h1>Ukraine signs the deal</h1>${para}` +
    '<p id="names">In Kyiv, <a href="#" id="link">Volodymyr Zelensky</a> met Scott Bessent.</p>' +
    `${para}<p>Ukraine's parliament must ratify it.</p></article>`;
  annotator = new Annotator({
    mightBeStory: () => true,
    analyze: async (article) => {
      const mentions: AnalyzedMention[] = [];
      NAMES.forEach(({ name, entityId, kind }, entity) => {
        const start = article.text.indexOf(name);
        if (start !== -1) mentions.push({ entity, entityId, kind, start, end: start + name.length });
      });
      mentions.sort((a, b) => a.start - b.start);
      return { storyId: 'deal', detection: { isStory: true, score: 90, threshold: 50, evidence: [] }, mentions };
    },
  });
  annotator.start();
  await annotator.settled();

  const hostElement = document.createElement('div');
  document.body.append(hostElement);
  shadow = hostElement.attachShadow({ mode: 'open' });
  // The one rule placement needs from the card's stylesheet.
  shadow.innerHTML = '<style>.floating { position: fixed; top: 0; left: 0; width: 240px; }</style>';
  shown = null;
  announced = [];
  life = new AbortController();
  api = {
    annotator,
    host: () => {
      throw new Error('no host in this test');
    },
    hasHost: () => false,
    settings: () => ({ ...DEFAULT_SETTINGS, hoverDelayMs: HOVER_DELAY_MS }),
    onSettings: () => {},
    hover: new HoverChannel(),
    cardIntent: new CardIntentSlot(),
  };
  controller = new CardController(
    {
      api,
      viewFor: (id) => {
        const entry = NAMES.find((n) => n.entityId === id);
        return entry ? ({ entityId: id, name: entry.name, kindLabel: entry.label } as CardView) : null;
      },
      translator: () => translatorFor('en'),
      renderCard: (into, props) => {
        // (Not the off-screen warm-up's scratch element, which comes after the card's own.)
        if (into === floating()) shown = props;
        into.innerHTML = props
          ? `<div class="card" style="height: 120px"><button class="close">Close</button><div class="body">${props.view.name}</div></div>`
          : '';
      },
      renderLive: (_into, message) => {
        if (message) announced.push(message);
      },
      renderNotice: () => {},
      openSidebar: () => {},
      disableSite: () => {},
      enableSite: () => {},
    },
    shadow,
    life.signal,
  );
});

afterEach(() => {
  life.abort();
  annotator.stop();
  document.body.innerHTML = '';
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const floating = () => shadow.querySelector<HTMLElement>('.floating') as HTMLElement;
const activeText = () => {
  const active = CSS.highlights.get('backstory-active');
  const r = active ? ([...active][0] as AbstractRange) : null;
  if (!r) return null;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
};
const mentionRect = (i: number) => {
  const r = annotator.getMentions()[i]?.range as AbstractRange;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.getBoundingClientRect();
};

describe('CardController in Chromium', () => {
  it('opens the card after the hover delay, beside the mention, and closes it after the grace period', async () => {
    expect(annotator.getMentions().map((m) => m.entityId)).toEqual(['kyiv', 'zelensky', 'bessent']);
    api.hover.emit(1, performance.now());
    await wait(HOVER_DELAY_MS / 2);
    expect(controller.openEntity).toBeNull();
    await expect.poll(() => controller.openEntity, { timeout: 1000, interval: 5 }).toBe('zelensky');
    expect(activeText()).toBe('Volodymyr Zelensky');
    // Placed once measured: visible, just below the mention, starting at its left edge.
    await expect.poll(() => floating().style.visibility).toBe('visible');
    const card = floating().getBoundingClientRect();
    const mention = mentionRect(1);
    expect(card.top).toBeGreaterThanOrEqual(mention.bottom);
    expect(card.top - mention.bottom).toBeLessThan(20);
    expect(Math.abs(card.left - mention.left)).toBeLessThan(2);
    expect(floating().querySelector('.body')?.textContent).toBe('Volodymyr Zelensky');

    // The pointer leaves: the card stays for the grace period, then goes.
    api.hover.emit(null, performance.now());
    await wait(HIDE_DELAY_MS / 2);
    expect(controller.openEntity).toBe('zelensky');
    await expect.poll(() => controller.openEntity, { timeout: 1000, interval: 10 }).toBeNull();
    expect(floating().hidden).toBe(true);
    expect(activeText()).toBeNull();
  });

  it('keeps the card while the pointer comes back within the grace period', async () => {
    api.hover.emit(2, performance.now() - HOVER_DELAY_MS);
    await expect.poll(() => controller.openEntity, { interval: 5 }).toBe('bessent');
    api.hover.emit(null, performance.now());
    await wait(HIDE_DELAY_MS / 3);
    api.hover.emit(2, performance.now());
    await wait(HIDE_DELAY_MS);
    expect(controller.openEntity).toBe('bessent');
  });

  it('walks the mentions with the keyboard shortcut, announcing each, and closes on Esc from the reader only', async () => {
    controller.step(1);
    expect(controller.openEntity).toBe('kyiv');
    controller.step(1);
    expect(controller.openEntity).toBe('zelensky');
    controller.step(1);
    controller.step(1);
    // Past the last mention: back to the first.
    expect(controller.openEntity).toBe('kyiv');
    controller.step(-1);
    expect(controller.openEntity).toBe('bessent');
    await expect
      .poll(() => announced.at(-1))
      .toBe('Mention 3 of 3: Scott Bessent, person. Press Tab to read the card, Escape to close it.');
    expect(shown?.view.name).toBe('Scott Bessent');

    // A page's script pressing Escape closes nothing.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(controller.openEntity).toBe('bessent');
    await userEvent.keyboard('{Escape}');
    expect(controller.openEntity).toBeNull();
  });

  it('opens the card for a focused link that holds a mention, and Tab moves into it', async () => {
    const link = document.getElementById('link') as HTMLAnchorElement;
    link.focus();
    await expect.poll(() => controller.openEntity, { timeout: 1000, interval: 5 }).toBe('zelensky');
    expect(activeText()).toBe('Volodymyr Zelensky');
    await userEvent.keyboard('{Tab}');
    expect(shadow.activeElement?.className).toBe('close');
    // Esc in the card closes it and gives focus back to the link.
    await userEvent.keyboard('{Escape}');
    expect(controller.openEntity).toBeNull();
    expect(document.activeElement).toBe(link);
  });

  it('opens the card a tap asked for before the bundle arrived, and the one under the pointer', async () => {
    controller.resume({ kind: 'tap', index: 2 });
    expect(controller.openEntity).toBe('bessent');
    controller.close(false);
    api.hover.emit(0, performance.now() - HOVER_DELAY_MS);
    controller.resume(undefined);
    await expect.poll(() => controller.openEntity, { interval: 5 }).toBe('kyiv');
  });

  it('says so when there is nothing to walk, and closes the card when a rescan loses its mention', async () => {
    controller.step(1);
    expect(controller.openEntity).toBe('kyiv');
    // The page replaces the paragraph: the next scan finds other nodes and the open card's range is gone.
    const names = document.getElementById('names') as HTMLElement;
    names.outerHTML = '<p>Nobody of note was named here, for once, in the whole paragraph.</p>';
    await expect.poll(() => controller.openEntity, { timeout: 1000, interval: 10 }).toBeNull();
    controller.step(1);
    await expect.poll(() => announced.at(-1)).toBe('No marked mentions on this page.');
  });

  it('takes its UI out of the shadow root and stops hearing the page when its signal aborts', async () => {
    // The reader's shortcut walks to the first mention while the controller runs…
    await userEvent.keyboard('{Alt>}{Shift>}J{/Shift}{/Alt}');
    expect(controller.openEntity).toBe('kyiv');
    expect(shadow.querySelector('.root')).not.toBeNull();
    life.abort();
    expect(shadow.querySelector('.root')).toBeNull();
    expect(controller.openEntity).toBeNull();
    // …and neither the shortcut nor the pointer reaches it after.
    await userEvent.keyboard('{Alt>}{Shift>}J{/Shift}{/Alt}');
    api.hover.emit(1, performance.now());
    await wait(HOVER_DELAY_MS + 50);
    expect(controller.openEntity).toBeNull();
  });
});
