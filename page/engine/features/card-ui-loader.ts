/**
 * Loads the card UI bundle (cards, notes: Preact and the full dataset) at the reader's first intent on
 * an annotated page, not when the page is annotated: a reader who never points at a mention never pays
 * for it (about 20 ms of main-thread work and 400 kB of heap). Intents: the pointer on a mention (the
 * bundle arrives within the hover delay), focus on an element holding one, the mention shortcut (a key
 * or the browser command), a tap on a mention, or selected text (a note). An article with stored notes
 * or emphasis, or a page opened from a share link, gets the bundle at once, to show them (asked again
 * when a single-page app moves to another article). The bundle takes its PageApi and the
 * intent that loaded it through globals of our isolated world.
 */
import { childController, onAbort, timeout } from '../../../core/abort';
import { CARD_UI_KEY, LOAD_UI, MENTION_NAV, PAGE_API_KEY } from '../../../core/messages/card-ui';
import { articleKey, HAS_NOTES_FOR_URL } from '../../../core/messages/share';
import { incoming, listen, send } from '../../../core/messages/transport';
import { mentionAt, watchFocus } from '../../dom/hover';
import { isAddNoteKey, KEY_THEN_COMMAND_MS, navDirection } from '../../dom/keys';
import { takeSharedLink } from '../../dom/share-link';
import type { CardIntent, ContentFeature, PageApi } from './feature';

export const cardUiLoader: ContentFeature = {
  name: 'card-ui-loader',
  setup(api, signal) {
    const global = globalThis as Record<symbol, unknown>;
    const loaded = () => Boolean(global[CARD_UI_KEY]);
    let requested = false;
    /** Listening for the first intent: from when the page has mentions until the bundle runs. */
    let watching: AbortController | undefined;
    // Where the bundle finds the page (set now: the bundle may arrive any time after annotation).
    global[PAGE_API_KEY] = api;
    const load = (why?: CardIntent) => {
      if (why) api.cardIntent.put(why);
      if (requested) return;
      requested = true;
      send({ type: LOAD_UI }).then(
        () => {
          // The bundle listens for itself from now on.
          if (!loaded()) return;
          watching?.abort();
          watching = undefined;
        },
        () => {
          requested = false;
        },
      );
    };

    /** The article address last asked about (a single-page app may move to another article). */
    let askedFor: string | undefined;
    api.annotator.subscribe((state) => {
      if (requested || state.mentions.length === 0) return;
      if (!watching) {
        watching = childController(signal);
        watchIntents(api, load, loaded, watching.signal);
      }
      const article = articleKey(state.url);
      if (article === askedFor) return;
      askedFor = article;
      void hasStoredForPage(article).then((has) => {
        if (has && watching) load();
      });
    }, signal);
    onAbort(signal, () => {
      if (global[PAGE_API_KEY] === api) delete global[PAGE_API_KEY];
    });
  },
};

/** Whether the article has notes or emphasis stored, or the reader opened it from a share link: the bundle shows them. */
async function hasStoredForPage(article: string): Promise<boolean> {
  if (takeSharedLink()?.article === article) return true;
  const answer = await send({ type: HAS_NOTES_FOR_URL, url: article }).catch(() => false);
  return answer === true;
}

/** Listens for the reader's first intent until `signal` aborts (the bundle has loaded and listens itself). */
function watchIntents(
  api: PageApi,
  load: (why?: CardIntent) => void,
  loaded: () => boolean,
  signal: AbortSignal,
): void {
  const isOwn = (node: unknown) => api.hasHost() && node instanceof Node && api.host().element.contains(node);
  api.hover.subscribe((mention) => {
    if (mention !== null && !loaded()) load();
  }, signal);
  watchFocus(
    () => api.annotator.getHitTarget(),
    isOwn,
    (mention) => {
      if (mention !== null && !loaded()) load();
    },
    signal,
  );
  /** When our key was last handled: the browser command for the same press is then not a second step. */
  let lastKeyNavAt = Number.NEGATIVE_INFINITY;
  // Only the reader's own keys, taps and selections are intents: a page's script can make events too.
  const onKeyDown = (e: KeyboardEvent) => {
    if (loaded() || !e.isTrusted) return;
    const direction = navDirection(e);
    if (direction) {
      // The bundle walks to the mention once it runs; the page never sees our shortcut.
      e.preventDefault();
      e.stopPropagation();
      lastKeyNavAt = performance.now();
      load({ kind: 'nav', directions: [direction] });
    } else if (isAddNoteKey(e) && hasSelection()) {
      e.preventDefault();
      load({ kind: 'note', keyboard: true });
    }
  };
  const onPointerDown = (e: PointerEvent) => {
    if (loaded() || !e.isTrusted || e.pointerType === 'mouse' || isOwn(e.target)) return;
    const target = api.annotator.getHitTarget();
    const index = target ? mentionAt(target, e.clientX, e.clientY) : null;
    if (index !== null) load({ kind: 'tap', index });
  };
  const onSelectionDone = (e: Event) => {
    if (loaded() || !e.isTrusted || isOwn(e.target)) return;
    if (e instanceof KeyboardEvent && !(e.shiftKey && e.key.startsWith('Arrow'))) return;
    // Let the selection settle after the click.
    timeout(
      signal,
      () => {
        if (!loaded() && hasSelection()) load({ kind: 'note', keyboard: false });
      },
      0,
    );
  };
  listen(signal, (message) => {
    const m = incoming(message, MENTION_NAV);
    if (loaded() || !m) return;
    if (performance.now() - lastKeyNavAt >= KEY_THEN_COMMAND_MS) load({ kind: 'nav', directions: [m.direction] });
  });
  const options = { capture: true, signal };
  document.addEventListener('keydown', onKeyDown, options);
  document.addEventListener('pointerdown', onPointerDown, options);
  document.addEventListener('mouseup', onSelectionDone, options);
  document.addEventListener('keyup', onSelectionDone, options);
}

function hasSelection(): boolean {
  const selection = document.getSelection();
  return Boolean(selection && !selection.isCollapsed && selection.rangeCount > 0);
}
