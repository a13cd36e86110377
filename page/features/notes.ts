/**
 * Teacher notes on story pages (in the card UI bundle, so only on story pages, loaded at the first
 * intent or when the page has notes or a share link: features/card-ui-loader.ts).
 *
 * Privacy is the shape of this feature: nothing a reader wrote, and nothing that says where their notes
 * are, enters the page's document or its highlight registry, where page scripts could find it
 * (`window.find()`, `CSS.highlights`). The panel with the notes' text is an extension-origin frame
 * (page/notes/frame-host.ts, entrypoints/notes-frame); the passages are boxes in our closed root
 * (page/notes/overlay.ts). What stays here: the reader's selection and its "Add note" button, anchoring
 * the notes in the article, the share link the reader opened, and the entities a link emphasises (a
 * highlight: the link's own words, which the page could read in its address anyway).
 */

import type { FrameState, FromFrame, PageNote } from '../../core/messages/notes-frame';
import { articleKey, type DecodeResult, NOTES_FOR_URL, SHARE_DECODE } from '../../core/messages/share';
import { describeRange } from '../../core/share/anchor';
import { buildShareLink } from '../../core/share/link';
import { cardTranslator } from '../card/i18n';
import { isAddNoteKey } from '../card/keys';
import { loadStyles } from '../card/styles';
import { highlightsSupported } from '../highlighter';
import { createNotesFrame } from '../notes/frame-host';
import { createNoteOverlay } from '../notes/overlay';
import { anchorNotes, selectionOffsets } from '../notes/selection';
import type { CardIntent, PageApi } from './feature';
import { takeSharedLink } from './share-link';

export const EMPHASIS_HIGHLIGHT = 'backstory-emphasis';

const ADD_CSS = `
.bs-add-note { position: fixed; font: 14px/1.4 system-ui, sans-serif; padding: 6px; background: #fff;
  border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.15); }
.bs-add-note button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #9ca3af;
  background: #f9fafb; color: #111827; cursor: pointer; }
.bs-add-note button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .bs-add-note { background: #1f2937; border-color: #4b5563; }
  .bs-add-note button { background: #374151; color: #f9fafb; }
}`;

export function startNotes(api: PageApi, intent?: CardIntent): () => void {
  const { shadow, element: hostElement } = api.host();
  loadStyles(shadow, ADD_CSS);
  const tr = () => cardTranslator(api.settings());
  /** The article whose notes are shown (a single-page app's move loads the next one's). */
  let article = articleKey(location.href);
  /** The share link the reader opened this page with (its notes belong to that article only). */
  const link = takeSharedLink();
  let linkPayload: { notes: PageNote[]; emphasis: string[]; by?: string; sharedOn?: string } | null = null;
  let linkError = false;
  let stored: PageNote[] = [];
  let orphans: string[] = [];
  let noted = new Map<string, StaticRange>();
  let stopped = false;
  let addBox: HTMLElement | null = null;

  const overlay = createNoteOverlay(shadow, loadStyles);
  const frame = createNotesFrame(shadow, loadStyles, () => tr().t('notesPanelLabel'), onFrame);
  let frameStarted = false;
  let sentState = '';

  const onLinkArticle = () => link !== null && linkPayload !== null && link.article === article;
  const shared = () => (onLinkArticle() ? (linkPayload?.notes ?? []) : []);
  const sharedEmphasis = () => (onLinkArticle() ? (linkPayload?.emphasis ?? []) : []);

  /** Anchors the notes in the article as it is now and paints their passages and the link's emphasis. */
  const paint = () => {
    const all = [...stored, ...shared().filter((n) => !stored.some((s) => s.id === n.id))];
    const anchors = anchorNotes(api.annotator.getRegionText(), all);
    orphans = [...anchors].filter(([, r]) => r === null).map(([id]) => id);
    noted = new Map([...anchors].filter((e): e is [string, StaticRange] => e[1] !== null));
    overlay.paint(noted);
    if (!highlightsSupported()) return;
    const emphasised = new Set(sharedEmphasis());
    const marks = emphasised.size
      ? api.annotator
          .getMentions()
          .filter((m) => emphasised.has(m.entityId))
          .map((m) => m.range)
      : [];
    if (marks.length) {
      const h = new Highlight(...marks);
      h.priority = 1;
      CSS.highlights.set(EMPHASIS_HIGHLIGHT, h);
    } else CSS.highlights.delete(EMPHASIS_HIGHLIGHT);
  };

  /** Tells the frame what the page holds now; the frame is made only once there is something to show. */
  const sendState = () => {
    const something = stored.length > 0 || shared().length > 0 || sharedEmphasis().length > 0 || linkError;
    if (!frameStarted && !something) return;
    const state: FrameState = {
      type: 'state',
      article,
      language: tr().language,
      shared: shared(),
      sharedEmphasis: sharedEmphasis(),
      ...(onLinkArticle() && linkPayload?.by ? { sharedBy: linkPayload.by } : {}),
      ...(onLinkArticle() && linkPayload?.sharedOn ? { sharedOn: linkPayload.sharedOn } : {}),
      linkError: linkError && link?.article === article,
      orphans,
      entities: [...new Set(api.annotator.getMentions().map((m) => m.entityId))],
    };
    const json = JSON.stringify(state);
    if (json === sentState) return;
    sentState = json;
    frameStarted = true;
    frame.send(state);
  };

  /** Reads the article's stored notes again (`from`: the article asked about; a late answer for another is dropped). */
  const refreshStored = async (from = article) => {
    const answer = (await browser.runtime.sendMessage({ type: NOTES_FOR_URL, url: from }).catch(() => [])) as unknown;
    if (stopped || from !== article) return;
    stored = Array.isArray(answer) ? (answer as PageNote[]) : [];
    paint();
    sendState();
  };

  function onFrame(message: FromFrame) {
    if (message.type === 'notes-changed') void refreshStored();
    else if (message.type === 'reveal') {
      const range = noted.get(message.id);
      const target = range?.startContainer.parentElement;
      if (!target) return;
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    } else if (message.type === 'make-link') {
      // Made here, where the article's text is (its passages become the link's Text Fragments).
      const include = new Set(message.include);
      void buildShareLink(
        article,
        stored.filter((n) => include.has(n.id)),
        {
          emphasis: message.emphasis,
          articleText: api.annotator.getRegionText()?.text ?? '',
          by: message.by,
          sharedOn: message.sharedOn,
        },
      ).then(
        (link) => frame.send(link.ok ? { type: 'link', url: link.url } : { type: 'link-failed' }),
        () => frame.send({ type: 'link-failed' }),
      );
    } else if (message.type === 'return-focus') {
      // Back to the page where the reader was (the frame keeps focus otherwise).
      (shadow.activeElement as HTMLElement | null)?.blur();
    }
  }

  // --- Add note from a selection -------------------------------------------------------------------
  const closeAdd = () => {
    addBox?.remove();
    addBox = null;
  };

  const openAdd = (offsets: { start: number; end: number }, rect: DOMRect, focusButton = false) => {
    closeAdd();
    const words = tr();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'bs-add-button';
    button.textContent = words.t('noteAdd');
    addBox = document.createElement('div');
    addBox.className = 'bs-add-note';
    addBox.lang = words.language;
    addBox.append(button);
    addBox.style.top = `${Math.min(window.innerHeight - 40, rect.bottom + 6)}px`;
    addBox.style.left = `${Math.max(8, Math.min(window.innerWidth - 300, rect.left))}px`;
    button.addEventListener('click', (e) => {
      const region = api.annotator.getRegionText();
      if (!e.isTrusted || !region) return;
      // The note is written in the frame: only the passage (the page's own text) goes there.
      frameStarted = true;
      sendState();
      frame.send({ type: 'compose', selector: describeRange(region.text, offsets.start, offsets.end) });
      frame.focus();
      closeAdd();
    });
    addBox.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape') closeAdd();
    });
    shadow.append(addBox);
    if (focusButton) button.focus();
  };

  const selectionRect = () => document.getSelection()?.getRangeAt(0).getBoundingClientRect() ?? new DOMRect();

  // Only the reader's own selections, clicks and keys act: a page's script can make events too.
  const onSelectionDone = (event: Event) => {
    if (!event.isTrusted || event.composedPath().includes(hostElement)) return;
    const point = event instanceof MouseEvent ? { x: event.clientX, y: event.clientY } : null;
    // Let the selection settle after the click.
    setTimeout(() => {
      const offsets = selectionOffsets(api.annotator.getRegionText());
      if (!offsets) {
        closeAdd();
        // A click on a noted passage shows its note.
        const id = point && overlay.noteAt(point.x, point.y);
        if (id) {
          sendState();
          frame.send({ type: 'show-note', id });
        }
        return;
      }
      // Keyboard selections (Shift+arrows): Alt+Shift+N moves focus to the button.
      openAdd(offsets, selectionRect(), false);
    }, 0);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (isAddNoteKey(e)) {
      const offsets = selectionOffsets(api.annotator.getRegionText());
      if (!offsets) return;
      e.preventDefault();
      openAdd(offsets, selectionRect(), true);
      return;
    }
    if (e.shiftKey && e.key.startsWith('Arrow')) onSelectionDone(e);
  };
  document.addEventListener('mouseup', onSelectionDone);
  document.addEventListener('keyup', onKey);

  // The selection that made the card UI load (it loads at the reader's first intent): its note box now.
  if (intent?.kind === 'note')
    setTimeout(() => {
      const offsets = selectionOffsets(api.annotator.getRegionText());
      if (offsets && !stopped) openAdd(offsets, selectionRect(), intent.keyboard);
    }, 0);

  /** A single-page app moved to another article: that article's notes, and the link's only on its own. */
  const onArticle = (next: string) => {
    article = next;
    closeAdd();
    stored = [];
    paint();
    sendState();
    void refreshStored(next);
  };

  const unsubscribe = api.annotator.subscribe((state) => {
    const next = articleKey(state.url);
    if (next !== article) {
      onArticle(next);
      return;
    }
    paint();
    sendState();
  });
  // A new card language: the frame follows.
  const stopSettings = api.onSettings(() => sendState());

  // --- Start: this page's stored notes, then the share link the reader opened ----------------------
  void (async () => {
    await refreshStored(article);
    if (!link || stopped) return;
    const result = (await browser.runtime
      .sendMessage({ type: SHARE_DECODE, hash: link.hash })
      .catch(() => null)) as DecodeResult | null;
    if (stopped) return;
    if (result?.ok) linkPayload = result.payload;
    else linkError = true;
    paint();
    sendState();
  })();

  return () => {
    stopped = true;
    unsubscribe();
    stopSettings();
    document.removeEventListener('mouseup', onSelectionDone);
    document.removeEventListener('keyup', onKey);
    closeAdd();
    overlay.destroy();
    frame.destroy();
    if (highlightsSupported()) CSS.highlights.delete(EMPHASIS_HIGHLIGHT);
  };
}
