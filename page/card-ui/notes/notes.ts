/**
 * Teacher notes on story pages (in the card UI bundle, so only on story pages, loaded at the first
 * intent or when the page has notes or a share link: page/engine/features/card-ui-loader.ts).
 *
 * Privacy is the shape of this feature: nothing a reader wrote, and nothing that says where their notes
 * are, enters the page's document or its highlight registry, where page scripts could find it
 * (`window.find()`, `CSS.highlights`). The panel with the notes' text is an extension-origin frame
 * (page/card-ui/notes/frame-host.ts, entrypoints/notes-frame); the passages are boxes in our closed root
 * (page/card-ui/notes/overlay.ts). What stays here: the reader's selection and its "Add note" button
 * (page/card-ui/notes/add-note.ts), anchoring the notes in the article, the share link the reader opened, and
 * the entities a link emphasises (a highlight: the link's own words, which the page could read anyway).
 */

import { onAbort } from '../../../core/abort';
import type { UiLanguage } from '../../../core/i18n';
import type { FrameState, FromFrame, PageNote, ToFrame } from '../../../core/messages/notes-frame';
import { articleKey, NOTES_FOR_URL, SHARE_DECODE } from '../../../core/messages/share';
import { send } from '../../../core/messages/transport';
import { buildShareLink } from '../../../core/share/link';
import type { SharePayload } from '../../../core/share/payload';
import { highlightsSupported } from '../../dom/highlighter';
import { type SharedLink, takeSharedLink } from '../../dom/share-link';
import { loadStyles } from '../../dom/styles';
import type { Annotator } from '../../engine/annotator';
import type { CardIntent, PageApi } from '../../engine/features/feature';
import { cardTranslator } from '../card/i18n';
import { startAddNote } from './add-note';
import { createNotesFrame } from './frame-host';
import { createNoteOverlay, type NoteOverlay } from './overlay';
import { anchorNotes } from './selection';

const EMPHASIS_HIGHLIGHT = 'backstory-emphasis';

/** The share link the reader opened this page with, once decoded (its notes belong to its article only). */
class OpenedLink {
  payload: SharePayload | null = null;
  failed = false;
  constructor(readonly link: SharedLink | null) {}
  /** Whether the page shows the link's own article now. */
  on(article: string): boolean {
    return this.link !== null && this.payload !== null && this.link.article === article;
  }
  notes = (article: string) => (this.on(article) ? (this.payload?.notes ?? []) : []);
  emphasis = (article: string) => (this.on(article) ? (this.payload?.emphasis ?? []) : []);
  async decode(): Promise<void> {
    if (!this.link) return;
    const result = await send({ type: SHARE_DECODE, hash: this.link.hash }).catch(() => null);
    if (result?.ok) this.payload = result.payload;
    else this.failed = true;
  }
  /** What the frame is told about the link on `article`. */
  state(article: string): Pick<FrameState, 'shared' | 'sharedEmphasis' | 'sharedBy' | 'sharedOn' | 'linkError'> {
    const here = this.on(article);
    return {
      shared: this.notes(article),
      sharedEmphasis: this.emphasis(article),
      ...(here && this.payload?.by ? { sharedBy: this.payload.by } : {}),
      ...(here && this.payload?.sharedOn ? { sharedOn: this.payload.sharedOn } : {}),
      linkError: this.failed && this.link?.article === article,
    };
  }
}

/** Marks every mention of the entities a share link emphasises (or clears the mark). */
function paintEmphasis(annotator: Annotator, ids: string[]): void {
  if (!highlightsSupported()) return;
  const emphasised = new Set(ids);
  const marks = annotator
    .getMentions()
    .filter((m) => emphasised.has(m.entityId))
    .map((m) => m.range);
  if (marks.length === 0) {
    CSS.highlights.delete(EMPHASIS_HIGHLIGHT);
    return;
  }
  const h = new Highlight(...marks);
  h.priority = 1;
  CSS.highlights.set(EMPHASIS_HIGHLIGHT, h);
}

/** Anchors the reader's notes and the link's (those not saved already) and draws their passages. */
function anchorAndPaint(api: PageApi, overlay: NoteOverlay, stored: PageNote[], fromLink: PageNote[]) {
  const shared = fromLink.filter((n) => !stored.some((s) => s.id === n.id));
  const anchors = anchorNotes(api.annotator.getRegionText(), [...stored, ...shared]);
  const noted = new Map([...anchors].filter((e): e is [string, StaticRange] => e[1] !== null));
  overlay.paint(noted);
  return { orphans: [...anchors].filter(([, r]) => r === null).map(([id]) => id), noted };
}

/** What the frame is told about the page. */
function frameState(
  api: PageApi,
  article: string,
  language: UiLanguage,
  link: OpenedLink,
  orphans: string[],
): FrameState {
  return {
    type: 'state',
    article,
    language,
    ...link.state(article),
    orphans,
    entities: [...new Set(api.annotator.getMentions().map((m) => m.entityId))],
  };
}

/** The share link the frame asked for: made on the page, where the article's text is (its Text Fragments). */
async function makeShareLink(
  m: Extract<FromFrame, { type: 'make-link' }>,
  article: string,
  stored: PageNote[],
  articleText: string,
): Promise<ToFrame> {
  const include = new Set(m.include);
  const notes = stored.filter((n) => include.has(n.id));
  const made = await buildShareLink(article, notes, {
    emphasis: m.emphasis,
    articleText,
    by: m.by,
    sharedOn: m.sharedOn,
  }).catch(() => null);
  return made?.ok ? { type: 'link', url: made.url } : { type: 'link-failed' };
}

/** Scrolls the article to a passage (smoothly unless the reader asks for reduced motion). */
function reveal(range: StaticRange | undefined): void {
  const target = range?.startContainer.parentElement;
  if (!target) return;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
}

/** Teacher notes on this page until `signal` aborts (`intent`: the selection that loaded the bundle, if it did). */
export function startNotes(api: PageApi, signal: AbortSignal, intent?: CardIntent): void {
  const { shadow, element: host } = api.host();
  const tr = () => cardTranslator(api.settings());
  /** The article whose notes are shown (a single-page app's move loads the next one's). */
  let article = articleKey(location.href);
  const link = new OpenedLink(takeSharedLink());
  let stored: PageNote[] = [];
  let orphans: string[] = [];
  let noted = new Map<string, StaticRange>();
  let frameStarted = false;
  let sentState = '';
  const overlay = createNoteOverlay(shadow, loadStyles, signal);
  const frame = createNotesFrame(shadow, loadStyles, () => tr().t('notesPanelLabel'), onFrame, signal);

  /** Anchors the notes in the article as it is now and paints their passages and the link's emphasis. */
  const paint = () => {
    ({ orphans, noted } = anchorAndPaint(api, overlay, stored, link.notes(article)));
    paintEmphasis(api.annotator, link.emphasis(article));
  };

  /** Tells the frame what the page holds now; the frame is made only once there is something to show. */
  const sendState = () => {
    const state = frameState(api, article, tr().language, link, orphans);
    const something =
      stored.length > 0 || state.shared.length > 0 || state.sharedEmphasis.length > 0 || state.linkError;
    if (!frameStarted && !something) return;
    const json = JSON.stringify(state);
    if (json === sentState) return;
    sentState = json;
    frameStarted = true;
    frame.send(state);
  };

  /** Reads the article's stored notes again (`from`: the article asked about; a late answer for another is dropped). */
  const refreshStored = async (from = article) => {
    const answer: unknown = await send({ type: NOTES_FOR_URL, url: from }).catch(() => []);
    if (signal.aborted || from !== article) return;
    stored = Array.isArray(answer) ? (answer as PageNote[]) : [];
    paint();
    sendState();
  };

  function onFrame(message: FromFrame) {
    if (message.type === 'notes-changed') void refreshStored();
    else if (message.type === 'reveal') reveal(noted.get(message.id));
    else if (message.type === 'make-link') {
      const text = api.annotator.getRegionText()?.text ?? '';
      void makeShareLink(message, article, stored, text).then((answer) => frame.send(answer));
    }
    // Back to the page where the reader was (the frame keeps focus otherwise).
    else if (message.type === 'return-focus') (shadow.activeElement as HTMLElement | null)?.blur();
  }

  startAddNote(
    {
      shadow,
      host,
      loadStyles,
      regionText: () => api.annotator.getRegionText(),
      words: tr,
      onCompose: (selector) => {
        frameStarted = true;
        sendState();
        frame.send({ type: 'compose', selector });
        frame.focus();
      },
      onClick: (x, y) => {
        const id = overlay.noteAt(x, y); // a click on a noted passage shows its note
        if (!id) return;
        sendState();
        frame.send({ type: 'show-note', id });
      },
      ...(intent?.kind === 'note' ? { initial: { keyboard: intent.keyboard } } : {}),
    },
    signal,
  );

  api.annotator.subscribe((state) => {
    const next = articleKey(state.url);
    // A single-page app moved to another article: that article's notes, and the link's only on its own.
    if (next !== article) {
      article = next;
      stored = [];
      void refreshStored(next);
    }
    paint();
    sendState();
  }, signal);
  api.onSettings(() => sendState(), signal); // a new card language: the frame follows

  void refreshStored(article).then(async () => {
    // Then the share link the reader opened.
    if (!link.link || signal.aborted) return;
    await link.decode();
    if (signal.aborted) return;
    paint();
    sendState();
  });

  onAbort(signal, () => {
    if (highlightsSupported()) CSS.highlights.delete(EMPHASIS_HIGHLIGHT);
  });
}
