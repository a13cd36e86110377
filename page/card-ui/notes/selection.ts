/**
 * The reader's selection as offsets in the article's text (what a note's quote selector is made from),
 * and the notes' selectors back as ranges in the page (anchoring). DOM code; the matching itself is
 * core/share/anchor.ts.
 */
import type { PageNote } from '../../../core/messages/notes-frame';
import { anchor } from '../../../core/share/anchor';
import { locate, type RegionText } from '../../dom/extract';

/** The selection's start and end in `region.text`, or null (nothing selected, or not in the article). */
export function selectionOffsets(region: RegionText | null): { start: number; end: number } | null {
  const sel = document.getSelection();
  if (!region || !sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const offsets = new Map<Text, number>();
  region.nodes.forEach((n, i) => {
    offsets.set(n, region.starts[i] as number);
  });
  const at = (node: Node, offset: number, isEnd: boolean): number | null => {
    if (node.nodeType === Node.TEXT_NODE) {
      const base = offsets.get(node as Text);
      return base === undefined ? null : base + offset;
    }
    // An element boundary: the nearest text node inside, after (start) or before (end) the offset.
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const child = node.childNodes[isEnd ? offset - 1 : offset];
    let text: Text | null = null;
    if (child) {
      walker.currentNode = child;
      text = (
        child.nodeType === Node.TEXT_NODE ? child : isEnd ? walker.previousNode() : walker.nextNode()
      ) as Text | null;
    }
    if (!text) return null;
    const base = offsets.get(text);
    return base === undefined ? null : base + (isEnd ? text.data.length : 0);
  };
  const start = at(range.startContainer, range.startOffset, false);
  const end = at(range.endContainer, range.endOffset, true);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** Each note's passage in the article as it is now: id → range, or null (an orphan). */
export function anchorNotes(region: RegionText | null, notes: PageNote[]): Map<string, StaticRange | null> {
  const out = new Map<string, StaticRange | null>();
  for (const note of notes) {
    const r = region && region.nodes.length > 0 ? anchor(region.text, note) : { status: 'orphan' as const };
    if (r.status !== 'anchored' || !region) {
      out.set(note.id, null);
      continue;
    }
    const start = locate(region, r.start);
    const end = locate(region, r.end, true);
    out.set(
      note.id,
      new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      }),
    );
  }
  return out;
}
