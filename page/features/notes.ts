/**
 * Teacher notes on story pages (loaded with the card UI bundle, so only on story pages): shows a share
 * link's notes in place (a `backstory-note` highlight and a small "From a share link" panel with Save),
 * lets the reader select article text and add a note, and answers the handout page's request for the
 * article HTML. Everything is rendered as text inside our closed shadow root. DOM logic only: decoding
 * and storage go through the background.
 */

import type { PageState } from '../../core/messages/page-state';
import {
  ARTICLE_HTML,
  type ArticleHtmlAnswer,
  articleKey,
  type DecodeResult,
  NOTES_ADD,
  NOTES_FOR_URL,
  type NotesAddResult,
  SHARE_DECODE,
} from '../../core/messages/share';
import type { Note } from '../../core/notes';
import { anchor, describeRange } from '../../core/share/anchor';
import { loadStyles } from '../card/styles';
import { locate } from '../extract';
import { highlightsSupported } from '../highlighter';
import type { PageApi } from './feature';

export const NOTE_HIGHLIGHT = 'backstory-note';
type LocalNote = Omit<Note, 'url'>;

const NOTES_CSS = `
.bs-notes, .bs-add, .bs-error { position: fixed; font: 14px/1.4 system-ui, sans-serif; color: #111827;
  background: #fff; border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.15); }
.bs-notes { right: 16px; bottom: 16px; width: 320px; max-height: 50vh; overflow: auto; padding: 12px; }
.bs-error { right: 16px; bottom: 16px; padding: 10px 12px; max-width: 320px; }
.bs-notes h2 { font-size: 14px; margin: 0 0 8px; }
.bs-notes ol { margin: 0 0 8px; padding-left: 20px; }
.bs-notes li { margin-bottom: 8px; }
.bs-quote { color: #4b5563; font-style: italic; }
.bs-orphan { color: #92400e; font-size: 12px; }
.bs-add { padding: 6px; }
.bs-add textarea { display: block; width: 260px; min-height: 64px; margin: 6px 0; font: inherit; }
.bs-notes button, .bs-add button, .bs-error button { font: inherit; padding: 4px 10px; margin-right: 6px; border-radius: 6px; border: 1px solid #9ca3af;
  background: #f9fafb; color: #111827; cursor: pointer; }
.bs-notes button:focus-visible, .bs-add button:focus-visible, .bs-add textarea:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .bs-notes, .bs-add, .bs-error { background: #1f2937; color: #f9fafb; border-color: #4b5563; }
  .bs-quote { color: #d1d5db; }
  .bs-notes button, .bs-add button, .bs-error button { background: #374151; color: #f9fafb; }
}`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function startNotes(api: PageApi): () => void {
  const { shadow } = api.host();
  loadStyles(shadow, NOTES_CSS);
  const url = () => articleKey(location.href);
  let shared: LocalNote[] = [];
  let stored: LocalNote[] = [];
  let panel: HTMLElement | null = null;
  let addBox: HTMLElement | null = null;
  let stopped = false;

  const regionOffsets = (): Map<Text, number> | null => {
    const region = api.annotator.getRegionText();
    if (!region) return null;
    const map = new Map<Text, number>();
    region.nodes.forEach((n, i) => {
      map.set(n, region.starts[i] as number);
    });
    return map;
  };

  /** Anchors notes in the current article text: id → range, or null (orphan). */
  const anchored = (notes: LocalNote[]): Map<string, StaticRange | null> => {
    const out = new Map<string, StaticRange | null>();
    const region = api.annotator.getRegionText();
    for (const note of notes) {
      const r = region ? anchor(region.text, note) : { status: 'orphan' as const };
      if (r.status !== 'anchored' || !region || region.nodes.length === 0) {
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
  };

  let orphans = new Set<string>();
  const paint = () => {
    const ranges = anchored([...stored, ...shared.filter((n) => !stored.some((s) => s.id === n.id))]);
    orphans = new Set([...ranges].filter(([, r]) => r === null).map(([id]) => id));
    if (!highlightsSupported()) return;
    const list = [...ranges.values()].filter((r): r is StaticRange => r !== null);
    if (list.length) {
      const h = new Highlight(...list);
      h.priority = 2;
      CSS_REGISTRY().set(NOTE_HIGHLIGHT, h);
    } else CSS_REGISTRY().delete(NOTE_HIGHLIGHT);
  };

  const renderPanel = () => {
    panel?.remove();
    panel = null;
    if (shared.length === 0) return;
    const items = shared.map((n) =>
      el(
        'li',
        {},
        el('div', { className: 'bs-quote' }, `“${n.exact.length > 200 ? `${n.exact.slice(0, 199)}…` : n.exact}”`),
        el('div', {}, n.text),
        ...(orphans.has(n.id) ? [el('div', { className: 'bs-orphan' }, 'Not found on this version of the page.')] : []),
      ),
    );
    const status = el('p', { className: 'bs-status', role: 'status' } as Partial<HTMLParagraphElement>);
    const allSaved = shared.every((n) => stored.some((s) => s.id === n.id));
    const save = el('button', {
      type: 'button',
      className: 'bs-save',
      textContent: allSaved ? 'Saved' : 'Save to my notes',
      disabled: allSaved,
    });
    save.addEventListener('click', async () => {
      save.disabled = true;
      const result = (await browser.runtime
        .sendMessage({ type: NOTES_ADD, url: url(), notes: shared })
        .catch((e: unknown) => ({ ok: false, added: 0, error: String(e) }))) as NotesAddResult;
      if (result?.ok) {
        status.textContent = `Saved ${result.added} note${result.added === 1 ? '' : 's'}.`;
        save.textContent = 'Saved';
        await refreshStored();
      } else {
        status.textContent = 'Could not save these notes.';
        save.disabled = false;
      }
    });
    const close = el('button', { type: 'button', textContent: 'Close' });
    close.addEventListener('click', () => {
      panel?.remove();
      panel = null;
    });
    panel = el(
      'section',
      { className: 'bs-notes' },
      el('h2', {}, 'From a share link'),
      el('ol', {}, ...items),
      save,
      close,
      status,
    );
    panel.setAttribute('aria-label', 'Notes from a share link');
    shadow.append(panel);
  };

  const showError = (text: string) => {
    const close = el('button', { type: 'button', textContent: 'Close' });
    const box = el(
      'div',
      { className: 'bs-error', role: 'alert' } as Partial<HTMLDivElement>,
      el('p', {}, text),
      close,
    );
    close.addEventListener('click', () => box.remove());
    shadow.append(box);
  };

  const refreshStored = async () => {
    const answer = (await browser.runtime.sendMessage({ type: NOTES_FOR_URL, url: url() }).catch(() => [])) as unknown;
    stored = Array.isArray(answer) ? (answer as LocalNote[]) : [];
    paint();
  };

  // --- Add note from a selection -------------------------------------------------------------------
  const closeAdd = () => {
    addBox?.remove();
    addBox = null;
  };

  const selectionOffsets = (): { start: number; end: number } | null => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    const offsets = regionOffsets();
    if (!offsets) return null;
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
  };

  const openAdd = (offsets: { start: number; end: number }, rect: DOMRect, focusButton = false) => {
    closeAdd();
    const button = el('button', { type: 'button', className: 'bs-add-button', textContent: 'Add note' });
    addBox = el('div', { className: 'bs-add' }, button);
    addBox.style.top = `${Math.min(window.innerHeight - 40, rect.bottom + 6)}px`;
    addBox.style.left = `${Math.max(8, Math.min(window.innerWidth - 300, rect.left))}px`;
    button.addEventListener('click', () => {
      const region = api.annotator.getRegionText();
      if (!region) return;
      const selector = describeRange(region.text, offsets.start, offsets.end);
      const textarea = el('textarea', { className: 'bs-note-text' });
      textarea.setAttribute('aria-label', `Note on “${selector.exact.slice(0, 80)}”`);
      const save = el('button', { type: 'button', className: 'bs-note-save', textContent: 'Save note' });
      const cancel = el('button', { type: 'button', textContent: 'Cancel' });
      button.replaceWith(
        el(
          'div',
          {},
          el('div', { className: 'bs-quote' }, `“${selector.exact.slice(0, 120)}”`),
          textarea,
          save,
          cancel,
        ),
      );
      textarea.focus();
      cancel.addEventListener('click', closeAdd);
      save.addEventListener('click', async () => {
        const note: LocalNote = {
          id: newId(),
          exact: selector.exact.slice(0, 10_000),
          prefix: selector.prefix,
          suffix: selector.suffix,
          ...(selector.position ? { position: selector.position } : {}),
          text: textarea.value,
          createdAt: new Date().toISOString(),
        };
        save.disabled = true;
        const result = (await browser.runtime
          .sendMessage({ type: NOTES_ADD, url: url(), notes: [note] })
          .catch(() => null)) as NotesAddResult | null;
        if (result?.ok) {
          closeAdd();
          await refreshStored();
        } else save.disabled = false;
      });
    });
    addBox.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') closeAdd();
    });
    shadow.append(addBox);
    if (focusButton) button.focus();
  };

  const onSelectionDone = (event: Event) => {
    if (event.composedPath().includes(api.host().element)) return;
    // Let the selection settle after the click.
    setTimeout(() => {
      const offsets = selectionOffsets();
      if (!offsets) {
        if (addBox && !addBox.querySelector('textarea')) closeAdd();
        return;
      }
      const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      // Keyboard selections (Shift+arrows): Alt+N moves focus to the button.
      openAdd(offsets, rect, false);
    }, 0);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && (e.key === 'N' || e.key === 'n')) {
      const offsets = selectionOffsets();
      if (!offsets) return;
      e.preventDefault();
      openAdd(offsets, document.getSelection()!.getRangeAt(0).getBoundingClientRect(), true);
      return;
    }
    if (e.shiftKey && e.key.startsWith('Arrow')) onSelectionDone(e);
  };
  document.addEventListener('mouseup', onSelectionDone);
  document.addEventListener('keyup', onKey);

  // --- Handout requests ----------------------------------------------------------------------------
  const onMessage = (message: unknown): Promise<ArticleHtmlAnswer> | undefined => {
    if ((message as { type?: string } | null)?.type !== ARTICLE_HTML) return undefined;
    return Promise.resolve({
      url: location.href,
      title: document.title,
      html: document.documentElement.outerHTML,
      text: api.annotator.getRegionText()?.text ?? '',
      state: api.annotator.getState() as PageState,
    });
  };
  browser.runtime.onMessage.addListener(onMessage);

  const unsubscribe = api.annotator.subscribe(() => {
    paint();
    if (panel) renderPanel();
  });

  // --- Start: this page's stored notes, then any share link ----------------------------------------
  void (async () => {
    await refreshStored();
    const hash = location.hash;
    if (!hash.includes('bs=') || stopped) return;
    const result = (await browser.runtime
      .sendMessage({ type: SHARE_DECODE, hash })
      .catch(() => null)) as DecodeResult | null;
    if (stopped) return;
    if (!result?.ok) {
      showError('This share link could not be read.');
      return;
    }
    shared = result.payload.notes;
    paint();
    renderPanel();
  })();

  return () => {
    stopped = true;
    unsubscribe();
    browser.runtime.onMessage.removeListener(onMessage);
    document.removeEventListener('mouseup', onSelectionDone);
    document.removeEventListener('keyup', onKey);
    closeAdd();
    panel?.remove();
    if (highlightsSupported()) CSS_REGISTRY().delete(NOTE_HIGHLIGHT);
  };
}

function CSS_REGISTRY(): HighlightRegistry {
  return CSS.highlights;
}
