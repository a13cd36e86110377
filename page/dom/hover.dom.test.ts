/** Hover hit-testing in a real browser: which mention's text is under a point, from the ranges alone. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type HitTarget, mentionAt, mentionInFocus, watchHover } from './hover';

let paragraph: HTMLParagraphElement;
let target: HitTarget;

/** The range [start, end) of `node`'s text (in a live DOM, as the annotator builds them). */
const staticRange = (node: Text, start: number, end: number, endNode: Text = node) =>
  new StaticRange({ startContainer: node, startOffset: start, endContainer: endNode, endOffset: end });

/** The centre of a range's first box, in viewport coordinates. */
function centreOf(r: AbstractRange): { x: number; y: number } {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  const rect = range.getClientRects()[0] as DOMRect;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

beforeEach(() => {
  // A paragraph the reader sees: mentions are ranges over its own text nodes, nothing is wrapped.
  document.body.innerHTML =
    '<p id="p" style="font: 20px/30px monospace; margin: 0; padding: 10px; width: 500px">' +
    'President Zelensky met <b>Scott</b> Bessent in Kyiv. <a href="#" id="link">Read about Yulia Svyrydenko</a></p>' +
    `<p id="long" tabindex="0">${'Long text mentioning Kyiv. '.repeat(20)}</p>`;
  paragraph = document.getElementById('p') as HTMLParagraphElement;
  const [first, scott, afterScott] = [
    paragraph.firstChild as Text,
    paragraph.querySelector('b')?.firstChild as Text,
    paragraph.querySelector('b')?.nextSibling as Text,
  ];
  const link = document.getElementById('link')?.firstChild as Text;
  const ranges = [
    staticRange(first, 10, 18), // Zelensky
    staticRange(scott, 0, ' Bessent'.length, afterScott), // Scott Bessent, across two text nodes
    staticRange(link, 11, 27), // Yulia Svyrydenko
  ];
  target = {
    ranges,
    byNode: new Map<Node, number[]>([
      [first, [0]],
      [scott, [1]],
      [afterScott, [1]],
      [link, [2]],
    ]),
  };
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('mentionAt in Chromium', () => {
  it('finds the mention whose text is under the point', () => {
    for (const [i, range] of target.ranges.entries()) {
      const { x, y } = centreOf(range);
      expect(mentionAt(target, x, y)).toBe(i);
    }
  });

  it('finds a mention that runs across elements from either part', () => {
    const scott = paragraph.querySelector('b')?.firstChild as Text;
    const bessent = scott.parentNode?.nextSibling as Text;
    const onScott = centreOf(staticRange(scott, 0, 5));
    const onBessent = centreOf(staticRange(bessent, 1, 8));
    expect(mentionAt(target, onScott.x, onScott.y)).toBe(1);
    expect(mentionAt(target, onBessent.x, onBessent.y)).toBe(1);
  });

  it('finds nothing on unmarked words, in padding, or past the end of a line', () => {
    const text = paragraph.firstChild as Text;
    const met = centreOf(staticRange(text, 19, 22));
    expect(mentionAt(target, met.x, met.y)).toBeNull();
    const box = paragraph.getBoundingClientRect();
    expect(mentionAt(target, box.left + 2, box.top + 2)).toBeNull();
    // To the right of "Zelensky"'s line, where the caret snaps to the line's last character.
    const zelensky = centreOf(target.ranges[0] as AbstractRange);
    expect(mentionAt(target, box.right - 2, zelensky.y)).toBeNull();
  });

  it('finds nothing once the page has moved the text away (ranges over nodes no longer in the page)', () => {
    const { x, y } = centreOf(target.ranges[0] as AbstractRange);
    paragraph.firstChild?.remove();
    expect(mentionAt(target, x, y)).not.toBe(0);
  });
});

describe('mentionInFocus', () => {
  it('finds the mention inside a focused link, but not inside a long focusable block', () => {
    const link = document.getElementById('link') as HTMLElement;
    expect(mentionInFocus(target, link)).toBe(2);
    expect(mentionInFocus(target, document.getElementById('long') as HTMLElement)).toBeNull();
    expect(mentionInFocus(target, document.body)).toBeNull();
    expect(mentionInFocus(null, link)).toBeNull();
  });
});

describe('watchHover in Chromium', () => {
  it("reports the mention under the reader's pointer and when it leaves, ignoring a script's moves", async () => {
    const heard: (number | null)[] = [];
    const watching = new AbortController();
    watchHover(
      () => target,
      (mention) => heard.push(mention),
      watching.signal,
    );
    try {
      const box = paragraph.getBoundingClientRect();
      const at = (r: AbstractRange) => {
        const { x, y } = centreOf(r);
        return { position: { x: x - box.left, y: y - box.top } };
      };
      await userEvent.hover(paragraph, at(target.ranges[0] as AbstractRange));
      await expect.poll(() => heard).toEqual([0]);
      await userEvent.hover(paragraph, at(target.ranges[1] as AbstractRange));
      await expect.poll(() => heard).toEqual([0, 1]);
      await userEvent.hover(paragraph, { position: { x: 2, y: 2 } });
      await expect.poll(() => heard).toEqual([0, 1, null]);
      // A page's script moving a pointer over a mention opens nothing.
      const { x, y } = centreOf(target.ranges[2] as AbstractRange);
      document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(heard).toEqual([0, 1, null]);
      // Once its signal aborts it hears the pointer no more.
      watching.abort();
      await userEvent.hover(paragraph, at(target.ranges[1] as AbstractRange));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(heard).toEqual([0, 1, null]);
    } finally {
      watching.abort();
    }
  });
});
