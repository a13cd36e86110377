/**
 * Teacher notes on story pages (in the card UI bundle, so only on story pages, loaded at the first
 * intent or when the page has notes or a share link: features/card-ui-loader.ts): shows a share
 * link's notes in place (a `backstory-note` highlight and a small "From a share link" panel with Save),
 * marks the entities the link emphasises (`backstory-emphasis`), lists the reader's own notes on the
 * page with Edit and Delete (undo), lets the reader tick entities to emphasise in their share link,
 * lets the reader select article text and add a note. Everything is rendered as text inside our closed shadow root. DOM logic only: decoding
 * and storage go through the background.
 */

import {
  articleKey,
  type DecodeResult,
  EMPHASIS_FOR_URL,
  EMPHASIS_SET,
  EMPHASIS_STORAGE_KEY,
  NOTES_ADD,
  NOTES_DELETE,
  NOTES_EDIT,
  NOTES_FOR_URL,
  NOTES_RESTORE,
  type NotesAddResult,
  type NotesDeleteResult,
  SHARE_DECODE,
} from '../../core/messages/share';
import type { Note } from '../../core/notes';
import { anchor, describeRange } from '../../core/share/anchor';
import { cardTranslator } from '../card/i18n';
import { isAddNoteKey } from '../card/keys';
import { loadStyles } from '../card/styles';
import { locate } from '../extract';
import { highlightsSupported } from '../highlighter';
import type { CardIntent, PageApi } from './feature';
import { takeSharedLink } from './share-link';

export const NOTE_HIGHLIGHT = 'backstory-note';
export const EMPHASIS_HIGHLIGHT = 'backstory-emphasis';
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
.bs-notes h2 + .bs-emphasis { margin-top: 0; }
.bs-notes textarea { display: block; width: 100%; box-sizing: border-box; min-height: 64px; margin: 4px 0; font: inherit; }
.bs-note-actions { margin-top: 4px; }
.bs-notes details { margin: 8px 0; }
.bs-notes summary { cursor: pointer; }
.bs-notes label { display: block; margin: 2px 0; }
.bs-notes input:focus-visible, .bs-notes summary:focus-visible, .bs-notes textarea:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
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

/** nameOf: an entity's display name (the card UI bundle has the dataset). */
export function startNotes(
  api: PageApi,
  nameOf: (entityId: string) => string = (id) => id,
  intent?: CardIntent,
): () => void {
  const { shadow } = api.host();
  loadStyles(shadow, NOTES_CSS);
  /** The panel's words, in the reader's card language (read at each render, so it follows the settings). */
  const tr = () => cardTranslator(api.settings());
  /**
   * The article whose notes the panel shows, and under which it saves: a single-page app's move to
   * another article loads that article's notes (see onArticle).
   */
  let article = articleKey(location.href);
  const url = () => article;
  /** The share link the reader opened this page with (its notes belong to that article only). */
  const link = takeSharedLink();
  /** The link's notes and emphasis, once decoded (shown while the page shows the link's article). */
  let linkPayload: { notes: LocalNote[]; emphasis: string[] } | null = null;
  let shared: LocalNote[] = [];
  /** Entity ids the share link emphasises. */
  let sharedEmphasis: string[] = [];
  let stored: LocalNote[] = [];
  /** Entity ids the reader chose to emphasise in their own share link of this page. */
  let myEmphasis: string[] = [];
  let panel: HTMLElement | null = null;
  /** The reader closed the panel: it stays closed until they add a note. */
  let panelClosed = false;
  let editing: { id: string; draft: string } | null = null;
  let lastDeleted: { note: Note; index: number } | null = null;
  let panelSignature = '';
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
    const emphasised = new Set(sharedEmphasis);
    const marks = emphasised.size
      ? api.annotator
          .getMentions()
          .filter((m) => emphasised.has(m.entityId))
          .map((m) => m.range)
      : [];
    if (marks.length) {
      const h = new Highlight(...marks);
      h.priority = 1;
      CSS_REGISTRY().set(EMPHASIS_HIGHLIGHT, h);
    } else CSS_REGISTRY().delete(EMPHASIS_HIGHLIGHT);
  };

  /** The page's entities, in order of first mention. */
  const pageEntities = (): string[] => [...new Set(api.annotator.getMentions().map((m) => m.entityId))];

  const quoteOf = (n: LocalNote) =>
    tr().t('noteQuote', { quote: n.exact.length > 200 ? `${n.exact.slice(0, 199)}…` : n.exact });
  const orphanNote = () => el('div', { className: 'bs-orphan' }, tr().t('noteNotFound'));
  const button = (text: string, key: string, onClick: () => void, className = '') => {
    const b = el('button', { type: 'button', textContent: text, className });
    b.dataset.key = key;
    // Only the reader's own click (or Enter, Space) acts; a script's never does (page/ui-host.ts stops it first).
    b.addEventListener('click', (e) => {
      if (e.isTrusted) onClick();
    });
    return b;
  };

  const sharedSection = (status: HTMLElement): HTMLElement[] => {
    if (shared.length === 0 && sharedEmphasis.length === 0) return [];
    const out: HTMLElement[] = [el('h2', {}, tr().t('noteFromShareLink'))];
    if (sharedEmphasis.length) {
      out.push(
        el(
          'p',
          { className: 'bs-emphasis' },
          tr().t('noteEmphasisAsk', { names: sharedEmphasis.map(nameOf).join(', ') }),
        ),
      );
    }
    if (shared.length === 0) return out;
    out.push(
      el(
        'ol',
        { className: 'bs-shared' },
        ...shared.map((n) =>
          el(
            'li',
            {},
            el('div', { className: 'bs-quote' }, quoteOf(n)),
            el('div', {}, n.text),
            ...(orphans.has(n.id) ? [orphanNote()] : []),
          ),
        ),
      ),
    );
    const allSaved = shared.every((n) => stored.some((s) => s.id === n.id));
    const save = button(
      tr().t(allSaved ? 'noteSaved' : 'noteSaveShared'),
      'save-shared',
      async () => {
        save.disabled = true;
        const result = (await browser.runtime
          .sendMessage({ type: NOTES_ADD, url: url(), notes: shared })
          .catch((e: unknown) => ({ ok: false, added: 0, error: String(e) }))) as NotesAddResult;
        if (result?.ok) {
          await refreshStored();
          setStatus(tr().tn('noteSavedCount', result.added));
        } else {
          status.textContent = tr().t('noteSaveFailed');
          save.disabled = false;
        }
      },
      'bs-save',
    );
    save.disabled = allSaved;
    out.push(save);
    return out;
  };

  const mineItem = (n: LocalNote): HTMLElement => {
    const li = el('li', { className: 'bs-mine-note' }, el('div', { className: 'bs-quote' }, quoteOf(n)));
    li.dataset.id = n.id;
    if (editing?.id === n.id) {
      const edit = editing;
      const textarea = el('textarea', { className: 'bs-edit-text', value: edit.draft });
      textarea.dataset.key = `edit-${n.id}`;
      textarea.setAttribute('aria-label', tr().t('noteEditLabel', { quote: n.exact.slice(0, 80) }));
      textarea.addEventListener('input', () => {
        edit.draft = textarea.value;
      });
      const cancel = () => {
        editing = null;
        render(`edit-button-${n.id}`);
      };
      textarea.addEventListener('keydown', (e) => {
        if (e.isTrusted && e.key === 'Escape') {
          e.stopPropagation();
          cancel();
        }
      });
      const save = button(tr().t('noteEditSave'), `edit-save-${n.id}`, async () => {
        save.disabled = true;
        const result = (await browser.runtime
          .sendMessage({ type: NOTES_EDIT, url: url(), id: n.id, text: textarea.value })
          .catch(() => null)) as { ok: boolean } | null;
        if (result?.ok) {
          editing = null;
          await refreshStored();
          setStatus(tr().t('noteUpdated'), `edit-button-${n.id}`);
        } else {
          save.disabled = false;
          setStatus(tr().t('noteUpdateFailed'));
        }
      });
      li.append(
        textarea,
        el('div', { className: 'bs-note-actions' }, save, button(tr().t('cancel'), `edit-cancel-${n.id}`, cancel)),
      );
    } else {
      li.append(el('div', { className: 'bs-note-text' }, n.text));
      if (orphans.has(n.id)) li.append(orphanNote());
      const edit = button(
        tr().t('noteEdit'),
        `edit-button-${n.id}`,
        () => {
          editing = { id: n.id, draft: n.text };
          render(`edit-${n.id}`);
        },
        'bs-edit',
      );
      edit.setAttribute('aria-label', tr().t('noteEditAria', { text: n.text.slice(0, 60) }));
      const del = button(
        tr().t('noteDelete'),
        `delete-${n.id}`,
        async () => {
          del.disabled = true;
          const result = (await browser.runtime
            .sendMessage({ type: NOTES_DELETE, url: url(), id: n.id })
            .catch(() => null)) as NotesDeleteResult | null;
          if (result?.ok && result.removed && result.index !== undefined) {
            lastDeleted = { note: result.removed, index: result.index };
            await refreshStored();
            setStatus(tr().t('noteDeleted'), 'undo');
          } else {
            del.disabled = false;
            setStatus(tr().t('noteDeleteFailed'));
          }
        },
        'bs-delete',
      );
      del.setAttribute('aria-label', tr().t('noteDeleteAria', { text: n.text.slice(0, 60) }));
      li.append(el('div', { className: 'bs-note-actions' }, edit, del));
    }
    return li;
  };

  const emphasisPicker = (): HTMLElement | null => {
    const entities = pageEntities();
    if (entities.length === 0) return null;
    const chosen = new Set(myEmphasis);
    const boxes = entities.map((id) => {
      const box = el('input', { type: 'checkbox', checked: chosen.has(id), value: id });
      box.dataset.key = `emphasis-${id}`;
      box.addEventListener('change', async (e) => {
        if (!e.isTrusted) return;
        const next = new Set(myEmphasis);
        if (box.checked) next.add(id);
        else next.delete(id);
        myEmphasis = entities.filter((e) => next.has(e)).concat([...next].filter((e) => !entities.includes(e)));
        await browser.runtime.sendMessage({ type: EMPHASIS_SET, url: url(), ids: myEmphasis }).catch(() => null);
      });
      return el('label', {}, box, ` ${nameOf(id)}`);
    });
    const details = el(
      'details',
      { className: 'bs-emphasis-pick', open: myEmphasis.length > 0 },
      el('summary', {}, tr().t('noteEmphasisPick')),
      ...boxes,
    );
    details.querySelector('summary')!.dataset.key = 'emphasis-summary';
    return details;
  };

  let statusText = '';
  /** Renders the panel (when there is anything to show and the reader has not closed it), focusing `focusKey`. */
  const render = (focusKey?: string) => {
    // Keep focus where it was across a re-render (the annotator re-renders on rescans).
    const active = shadow.activeElement as HTMLElement | null;
    const keep = focusKey ?? (panel?.contains(active) ? active?.dataset.key : undefined);
    const openDetails = (panel?.querySelector('details') as HTMLDetailsElement | null)?.open;
    panel?.remove();
    panel = null;
    panelSignature = signature();
    const nothing = shared.length === 0 && sharedEmphasis.length === 0 && stored.length === 0 && !lastDeleted;
    if (panelClosed || nothing) return;
    const status = el('div', { className: 'bs-status', role: 'status' } as Partial<HTMLDivElement>);
    if (statusText) status.append(el('span', {}, statusText));
    if (statusText && lastDeleted) {
      const undo = button(tr().t('noteUndo'), 'undo', async () => {
        const deleted = lastDeleted;
        lastDeleted = null;
        if (!deleted) return;
        await browser.runtime
          .sendMessage({ type: NOTES_RESTORE, note: deleted.note, index: deleted.index })
          .catch(() => null);
        await refreshStored();
        setStatus(tr().t('noteRestored'), `edit-button-${deleted.note.id}`);
      });
      status.append(' ', undo);
    }
    const children: HTMLElement[] = sharedSection(status);
    if (stored.length) {
      children.push(el('h2', {}, tr().t('notesMine')), el('ol', { className: 'bs-mine' }, ...stored.map(mineItem)));
    }
    const picker = emphasisPicker();
    if (picker) {
      if (openDetails !== undefined) (picker as HTMLDetailsElement).open = openDetails || myEmphasis.length > 0;
      children.push(picker);
    }
    const close = button(tr().t('noteClose'), 'close', () => {
      panelClosed = true;
      render();
    });
    panel = el('section', { className: 'bs-notes', lang: tr().language }, ...children, close, status);
    panel.setAttribute('aria-label', tr().t('notesPanelLabel'));
    shadow.append(panel);
    if (keep) panel.querySelector<HTMLElement>(`[data-key="${CSS.escape(keep)}"]`)?.focus();
  };
  const setStatus = (text: string, focusKey?: string) => {
    if (focusKey !== 'undo') lastDeleted = null;
    statusText = text;
    render(focusKey);
  };
  /** What the panel shows that a rescan can change (anchoring, the page's entities). */
  const signature = () => JSON.stringify([[...orphans], pageEntities()]);
  const renderPanel = () => render();

  const showError = (text: string) => {
    const close = el('button', { type: 'button', textContent: tr().t('noteClose') });
    const box = el(
      'div',
      { className: 'bs-error', role: 'alert', lang: tr().language } as Partial<HTMLDivElement>,
      el('p', {}, text),
      close,
    );
    close.addEventListener('click', () => box.remove());
    shadow.append(box);
  };

  /** Reads the article's stored notes again (`from`: the article asked about; a late answer for another is dropped). */
  const refreshStored = async (from = article) => {
    const answer = (await browser.runtime.sendMessage({ type: NOTES_FOR_URL, url: from }).catch(() => [])) as unknown;
    if (stopped || from !== article) return;
    stored = Array.isArray(answer) ? (answer as LocalNote[]) : [];
    paint();
    if (editing && !stored.some((n) => n.id === editing?.id)) editing = null;
    renderPanel();
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
    const words = tr();
    const button = el('button', { type: 'button', className: 'bs-add-button', textContent: words.t('noteAdd') });
    addBox = el('div', { className: 'bs-add', lang: words.language }, button);
    addBox.style.top = `${Math.min(window.innerHeight - 40, rect.bottom + 6)}px`;
    addBox.style.left = `${Math.max(8, Math.min(window.innerWidth - 300, rect.left))}px`;
    button.addEventListener('click', () => {
      const region = api.annotator.getRegionText();
      if (!region) return;
      const selector = describeRange(region.text, offsets.start, offsets.end);
      const textarea = el('textarea', { className: 'bs-note-text' });
      textarea.setAttribute('aria-label', words.t('noteOn', { quote: selector.exact.slice(0, 80) }));
      const save = el('button', { type: 'button', className: 'bs-note-save', textContent: words.t('noteSave') });
      const cancel = el('button', { type: 'button', textContent: words.t('cancel') });
      button.replaceWith(
        el(
          'div',
          {},
          el('div', { className: 'bs-quote' }, words.t('noteQuote', { quote: selector.exact.slice(0, 120) })),
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
          panelClosed = false;
          await refreshStored();
        } else save.disabled = false;
      });
    });
    addBox.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape') closeAdd();
    });
    shadow.append(addBox);
    if (focusButton) button.focus();
  };

  // Only the reader's own selections and keys open the note box: a page's script can make events too.
  const onSelectionDone = (event: Event) => {
    if (!event.isTrusted || event.composedPath().includes(api.host().element)) return;
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
    if (!e.isTrusted) return;
    if (isAddNoteKey(e)) {
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

  // The selection that made the card UI load (it loads at the reader's first intent): its note box now.
  if (intent?.kind === 'note')
    setTimeout(() => {
      const offsets = selectionOffsets();
      if (offsets && !stopped)
        openAdd(offsets, document.getSelection()!.getRangeAt(0).getBoundingClientRect(), intent.keyboard);
    }, 0);

  /** The share link's notes, while the page shows the article the link was made for. */
  const showShared = () => {
    const here = link !== null && linkPayload !== null && link.article === article;
    shared = here ? (linkPayload?.notes ?? []) : [];
    sharedEmphasis = here ? (linkPayload?.emphasis ?? []) : [];
  };

  /**
   * A single-page app moved to another article: that article's notes (and emphasis, and the share
   * link's notes only on the link's article), saved under its own address; nothing half-done carries over.
   */
  const onArticle = (next: string) => {
    article = next;
    editing = null;
    lastDeleted = null;
    statusText = '';
    panelClosed = false;
    closeAdd();
    stored = [];
    showShared();
    paint();
    renderPanel();
    void (async () => {
      const ids = await readMyEmphasis();
      if (stopped || article !== next) return;
      myEmphasis = ids;
      await refreshStored(next);
    })();
  };

  const unsubscribe = api.annotator.subscribe((state) => {
    const next = articleKey(state.url);
    if (next !== article) {
      onArticle(next);
      return;
    }
    paint();
    if (signature() !== panelSignature) renderPanel();
  });
  // A new card language: the panel again in it (a status line already shown stays as it was written).
  let language = tr().language;
  const stopSettings = api.onSettings(() => {
    if (tr().language === language) return;
    language = tr().language;
    if (panel) renderPanel();
  });

  // Emphasis ticked elsewhere (the popup) while the panel is open: its boxes follow.
  const readMyEmphasis = async (): Promise<string[]> => {
    const ids = (await browser.runtime.sendMessage({ type: EMPHASIS_FOR_URL, url: url() }).catch(() => [])) as unknown;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  };
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(EMPHASIS_STORAGE_KEY in changes)) return;
    const from = article;
    void readMyEmphasis().then((ids) => {
      if (stopped || from !== article || ids.join('\n') === myEmphasis.join('\n')) return;
      myEmphasis = ids;
      if (panel) renderPanel();
    });
  };
  browser.storage.onChanged.addListener(onStorage);

  // --- Start: this page's stored notes, then the share link the reader opened ----------------------
  void (async () => {
    const from = article;
    const ids = await readMyEmphasis();
    if (from === article) myEmphasis = ids;
    await refreshStored(from);
    if (!link || stopped) return;
    const result = (await browser.runtime
      .sendMessage({ type: SHARE_DECODE, hash: link.hash })
      .catch(() => null)) as DecodeResult | null;
    if (stopped) return;
    if (!result?.ok) {
      showError(tr().t('shareLinkUnreadable'));
      return;
    }
    linkPayload = { notes: result.payload.notes, emphasis: result.payload.emphasis };
    showShared();
    paint();
    renderPanel();
  })();

  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(onStorage);
    unsubscribe();
    stopSettings();
    document.removeEventListener('mouseup', onSelectionDone);
    document.removeEventListener('keyup', onKey);
    closeAdd();
    panel?.remove();
    if (highlightsSupported()) {
      CSS_REGISTRY().delete(NOTE_HIGHLIGHT);
      CSS_REGISTRY().delete(EMPHASIS_HIGHLIGHT);
    }
  };
}

function CSS_REGISTRY(): HighlightRegistry {
  return CSS.highlights;
}
