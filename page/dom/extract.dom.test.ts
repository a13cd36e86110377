/** Reading the region's text in a real browser: the text, the block breaks, and the way back to the page's nodes. */
import { afterEach, describe, expect, it } from 'vitest';
import { extractText, locate, type RegionText } from './extract';

afterEach(() => {
  document.body.innerHTML = '';
});

function region(html: string): Element {
  document.body.innerHTML = `<div id="r">${html}</div>`;
  return document.getElementById('r') as Element;
}

/** A live Range over [start, end) of the region text, found with locate (as the annotator does). */
function rangeOf(read: RegionText, start: number, end: number): Range {
  const from = locate(read, start);
  const to = locate(read, end, true);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

describe('extractText in Chromium', () => {
  it('reads text nodes in order, skips chrome and code, and marks block boundaries', () => {
    const root = region(
      '<h1>Title</h1><p>One <a href="#">Volodymyr</a> Zelenskyy.</p><aside>Most read</aside>' +
        '<script>var x = "Trump";</script><style>p{}</style><svg><text>Chart</text></svg><p>Two</p>',
    );
    const read = extractText(root);
    expect(read.text).toBe('TitleOne Volodymyr Zelenskyy.Two');
    expect(read.breaks).toEqual([0, 5, 29, 32]);
    expect(read.truncated).toBe(false);
    // Every node read is the page's own, untouched.
    expect(read.nodes.every((n) => root.contains(n))).toBe(true);
    expect(read.nodes.map((n) => n.data)).toEqual(['Title', 'One ', 'Volodymyr', ' Zelenskyy.', 'Two']);
    expect(read.starts).toEqual([0, 5, 9, 18, 29]);
  });

  it('breaks at <br>, list items and table cells, but not at inline elements', () => {
    const root = region('<p>Scott <b>Bessent</b><br>signed</p><ul><li>Kyiv</li><li>Washington</li></ul>');
    const read = extractText(root);
    expect(read.text).toBe('Scott BessentsignedKyivWashington');
    expect(read.breaks).toEqual([0, 13, 19, 23, 33]);
  });

  it('skips hidden and aria-hidden subtrees and our own UI host', () => {
    const root = region(
      '<p>Seen</p><p hidden>Hidden</p><div aria-hidden="true">Decor</div><backstory-ui>Card</backstory-ui><p>Also seen</p>',
    );
    expect(extractText(root).text).toBe('SeenAlso seen');
  });

  it('maps offsets back to ranges over the same words (across inline elements)', () => {
    const root = region('<p>The deal was signed by <em>Yulia</em> Svyrydenko in Washington.</p>');
    const read = extractText(root);
    const start = read.text.indexOf('Yulia');
    const end = start + 'Yulia Svyrydenko'.length;
    const range = rangeOf(read, start, end);
    expect(range.toString()).toBe('Yulia Svyrydenko');
    expect(range.startContainer.parentElement?.localName).toBe('em');
    // The range has boxes on screen: real layout, not just offsets.
    expect(range.getBoundingClientRect().width).toBeGreaterThan(0);
  });

  it('stops at a limit, says so, and reads the same start', () => {
    const root = region(
      `<p>${'Ukraine and the United States signed a deal. '.repeat(200)}</p><p>${'More. '.repeat(500)}</p>`,
    );
    const full = extractText(root);
    const part = extractText(root, 100);
    expect(part.truncated).toBe(true);
    expect(part.text.length).toBeGreaterThanOrEqual(100);
    expect(part.text.length).toBeLessThan(full.text.length);
    expect(full.text.startsWith(part.text)).toBe(true);
  });
});
