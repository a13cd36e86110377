/**
 * The notes frame's app: the panel's state (panel-state.ts), fed by the content script's messages and
 * the background's answers; the controls' actions (actions.ts); and the frame's size and focus, which the
 * frame's host in the page follows.
 */
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import { NotesPanel } from '@/components/notes/NotesPanel';
import { localText, translatorFor } from '@/core/i18n';
import type { FromFrame, PageNote, ToFrame } from '@/core/messages/notes-frame';
import {
  EMPHASIS_FOR_URL,
  EMPHASIS_STORAGE_KEY,
  NOTES_FOR_URL,
  SHARE_NAME_KEY,
  SHARE_NAME_MAX,
} from '@/core/messages/share';
import { NOTES_KEY } from '@/core/notes';
import { todayIso } from '@/core/share/today';
import { entityName, entityNameIn } from '@/shared/entity-names';
import { type ActionContext, ask, composeActions, copyLink, noteActions, shareActions } from './actions';
import { INITIAL, type PanelEvent, type PanelState, reduce, shows } from './panel-state';

/** The line to the content script that made this frame (main.tsx). */
export interface Line {
  send(message: FromFrame): void;
  /** Calls `listener` with each well-formed message from the content script, until `signal` aborts. */
  listen(listener: (message: ToFrame) => void, signal: AbortSignal): void;
}

/** Reads the article's notes and the reader's emphasis from the background. */
async function load(article: string, dispatch: (e: PanelEvent) => void): Promise<void> {
  const [notes, emphasis] = await Promise.all([
    ask({ type: NOTES_FOR_URL, url: article }, []),
    ask({ type: EMPHASIS_FOR_URL, url: article }, []),
  ]);
  dispatch({
    type: 'loaded',
    article,
    stored: Array.isArray(notes) ? (notes as PageNote[]) : [],
    emphasis: Array.isArray(emphasis) ? emphasis.filter((id): id is string => typeof id === 'string') : [],
  });
}

/** The control a focus key names (`note-<id>`: that note's first button). */
function target(key: string): HTMLElement | null {
  return key.startsWith('note-')
    ? document.querySelector<HTMLElement>(`li[data-id="${CSS.escape(key.slice(5))}"] button`)
    : document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
}

/** The content script's messages, listened to from the first (synchronous) render on, not a frame later. */
function useContentMessages(
  line: Line,
  dispatch: (e: PanelEvent) => void,
  focus: (key: string) => void,
  ctx: { current: ActionContext | null },
) {
  useLayoutEffect(() => {
    const life = new AbortController();
    line.listen((m) => {
      if (m.type === 'state') dispatch({ type: 'page', page: m });
      else if (m.type === 'compose') {
        dispatch({ type: 'compose', selector: m.selector });
        focus('compose');
      } else if (m.type === 'show-note') {
        dispatch({ type: 'show-note', id: m.id });
        focus(`note-${m.id}`);
      } else if (m.type === 'open') dispatch({ type: 'open' });
      else if ((m.type === 'link' || m.type === 'link-failed') && ctx.current)
        void copyLink(ctx.current, m.type === 'link' ? m.url : null);
    }, life.signal);
    return () => life.abort();
  }, [line, dispatch, focus, ctx]);
}

/** The article's notes and emphasis: read when the article changes and whenever they change elsewhere. */
function useStoredNotes(article: string | undefined, dispatch: (e: PanelEvent) => void) {
  useEffect(() => {
    if (!article) return;
    void load(article, dispatch);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (NOTES_KEY in changes || EMPHASIS_STORAGE_KEY in changes)) void load(article, dispatch);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [article, dispatch]);
  // The name the teacher signs links with (shared with the popup).
  useEffect(() => {
    void browser.storage.local.get(SHARE_NAME_KEY).then(
      (stored) => {
        const saved = (stored as Record<string, unknown>)[SHARE_NAME_KEY];
        if (typeof saved === 'string') dispatch({ type: 'share-name', name: saved.slice(0, SHARE_NAME_MAX) });
      },
      () => {},
    );
  }, [dispatch]);
}

/**
 * After every render: the frame's size (its host sizes the frame to it) and the focus asked for. A frame
 * may take focus only once the page gave it (the host focuses the frame first), so an asked focus waits
 * for the frame's own `focus` event when the frame does not have it yet.
 */
function useSizeAndFocus(post: (m: FromFrame) => void, showing: boolean, content: { current: HTMLElement | null }) {
  const focusKey = useRef<string | null>(null);
  useLayoutEffect(() => {
    const height = showing && content.current ? Math.ceil(content.current.getBoundingClientRect().height) + 2 : 0;
    post({ type: 'size', width: showing ? 340 : 0, height });
    const el = showing && focusKey.current ? target(focusKey.current) : null;
    if (!el) return;
    el.scrollIntoView({ block: 'nearest' });
    if (document.hasFocus()) {
      el.focus();
      focusKey.current = null;
    }
  });
  useEffect(() => {
    const life = new AbortController();
    const { signal } = life;
    window.addEventListener(
      'focus',
      () => {
        if (focusKey.current) target(focusKey.current)?.focus();
        focusKey.current = null;
      },
      { signal },
    );
    // The reader's next key or press overrides a focus still owed (one whose control had not rendered
    // yet, or that waited for the frame's focus): a later render must not pull focus away from where
    // they are working. (In a Firefox run, ticking an emphasis box re-rendered the panel and the next
    // Space went to another control.)
    const drop = () => {
      focusKey.current = null;
    };
    window.addEventListener('keydown', drop, { capture: true, signal });
    window.addEventListener('pointerdown', drop, { capture: true, signal });
    return () => life.abort();
  }, []);
  return useCallback((key: string) => {
    focusKey.current = key;
  }, []);
}

export function App({ line }: { line: Line }) {
  const [state, dispatch] = useReducer<PanelState, PanelEvent>(reduce, INITIAL);
  const content = useRef<HTMLDivElement>(null);
  const ctx = useRef<ActionContext | null>(null);
  const linkCount = useRef(0);
  const post = useCallback((m: FromFrame) => line.send(m), [line]);
  const page = state.page;
  const showing = shows(state);
  const focus = useSizeAndFocus(post, showing, content);
  useContentMessages(line, dispatch, focus, ctx);
  useStoredNotes(page?.article, dispatch);

  if (!page) return null;
  const tr = translatorFor(page.language);
  const article = page.article;
  const changed = async () => {
    await load(article, dispatch);
    post({ type: 'notes-changed' });
  };
  ctx.current = { state, article, tr, dispatch, post, focus, changed, linkCount };
  const nameOf = (id: string) => localText(entityName(id), entityNameIn(id, page.language), page.language);
  if (!showing) return null;
  return (
    <div class="bs-scroll">
      <div ref={content}>
        <NotesPanel
          tr={tr}
          page={page}
          stored={state.stored}
          myEmphasis={state.myEmphasis}
          composing={state.composing ? { exact: state.composing.exact, draft: state.composing.draft } : null}
          editing={state.editing}
          current={state.current}
          status={state.status}
          busy={state.busy}
          nameOf={nameOf}
          share={{
            ...shareActions(ctx.current),
            leftOut: new Set(state.leftOut),
            emphasisNames: (state.myEmphasis ?? []).map((id) => nameOf(id).text),
            name: state.shareName,
            sharedOn: todayIso(),
          }}
          on={{ ...noteActions(ctx.current), ...composeActions(ctx.current) }}
        />
      </div>
    </div>
  );
}
