/**
 * Paints mentions with the CSS Custom Highlight API: the page's text nodes are never wrapped, split
 * or edited (DOM-wrapping annotators break React-rendered sites). Styles live in the content CSS as
 * ::highlight(backstory-…) rules.
 */
import type { EntityKindCode } from '../../core/match/match-index';

const HIGHLIGHT_PREFIX = 'backstory-';
const ACTIVE_HIGHLIGHT = 'backstory-active';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private names = new Set<string>();
  /** `backstory-<kind>` for the default dotted style, `backstory-<style>-<kind>` for the others. */
  private prefix = HIGHLIGHT_PREFIX;

  /** The underline style (the reader's setting); takes effect on the next render. */
  setStyle(style: 'dotted' | 'solid' | 'tint' | 'none'): void {
    this.prefix = style === 'dotted' ? HIGHLIGHT_PREFIX : `${HIGHLIGHT_PREFIX}${style}-`;
  }

  /** Replaces every mention highlight with these ranges, one Highlight per entity kind. */
  render(ranges: { range: AbstractRange; kind: EntityKindCode }[]): void {
    if (!highlightsSupported()) return;
    const byKind = new Map<string, AbstractRange[]>();
    for (const { range, kind } of ranges) {
      const name = this.prefix + kind;
      let list = byKind.get(name);
      if (!list) byKind.set(name, (list = []));
      list.push(range);
    }
    for (const name of this.names) if (!byKind.has(name)) CSS.highlights.delete(name);
    for (const [name, list] of byKind) CSS.highlights.set(name, new Highlight(...list));
    this.names = new Set(byKind.keys());
  }

  /** Marks one mention as the current one (hovered, focused by keyboard, or flashed from the sidebar). */
  setActive(range: AbstractRange | null): void {
    if (!highlightsSupported()) return;
    if (range) {
      const active = new Highlight(range);
      active.priority = 1;
      CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
    } else CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }

  clear(): void {
    if (!highlightsSupported()) return;
    for (const name of this.names) CSS.highlights.delete(name);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.names.clear();
  }
}
