/**
 * The notes frame's state: what the content script says about the page (FrameState), the reader's notes
 * and emphasis as the background keeps them (scoped by the background to this frame's tab's article),
 * and the panel's own state. Tells the content script its size, when the notes changed, and which
 * passage to show.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NotesPanel, type PanelStatus } from '@/components/notes/NotesPanel';
import { localText, translatorFor } from '@/core/i18n';
import type { FrameState, FromFrame, PageNote, ToFrame } from '@/core/messages/notes-frame';
import {
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
  SHARE_NAME_KEY,
  SHARE_NAME_MAX,
} from '@/core/messages/share';
import { NOTES_KEY, type Note } from '@/core/notes';
import type { QuoteSelector } from '@/core/share/anchor';
import { todayIso } from '@/core/share/today';
import { entityName, entityNameIn } from '@/shared/entity-names';

/** The line to the content script that made this frame (main.tsx). */
export interface Line {
  send(message: FromFrame): void;
  /** Calls `listener` with each message from the content script; returns the unsubscribe. */
  listen(listener: (message: ToFrame) => void): () => void;
}

function newId(): string {
  return crypto.randomUUID();
}

async function ask<T>(message: Record<string, unknown>, fallback: T): Promise<T> {
  return ((await browser.runtime.sendMessage(message).catch(() => fallback)) ?? fallback) as T;
}

export function App({ line }: { line: Line }) {
  const [page, setPage] = useState<FrameState | null>(null);
  const [stored, setStored] = useState<PageNote[]>([]);
  const [myEmphasis, setMyEmphasis] = useState<string[] | null>(null);
  const [closed, setClosed] = useState(false);
  const [composing, setComposing] = useState<(QuoteSelector & { draft: string }) | null>(null);
  const [editing, setEditing] = useState<{ id: string; draft: string } | null>(null);
  const [lastDeleted, setLastDeleted] = useState<{ note: Note; index: number } | null>(null);
  const [status, setStatus] = useState<PanelStatus | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** "Share with students": the name to sign with, the notes left out of the link. */
  const [shareName, setShareName] = useState('');
  const [leftOut, setLeftOut] = useState<Set<string>>(new Set());
  /** Said once the asked-for link comes back (how many notes it carries). */
  const linkCount = useRef(0);
  /** The control to focus after the next render (by its data-key). */
  const focusKey = useRef<string | null>(null);
  const content = useRef<HTMLDivElement>(null);
  const shownArticle = useRef<string | null>(null);
  const pageRef = useRef<FrameState | null>(null);
  const article = page?.article;

  const post = useCallback((m: FromFrame) => line.send(m), [line]);
  const say = useCallback((text: string, focus?: string, undo = false) => {
    setStatus({ text, undo });
    if (focus) focusKey.current = focus;
  }, []);

  const reload = useCallback(async (url: string) => {
    const [notes, emphasis] = await Promise.all([
      ask<unknown>({ type: NOTES_FOR_URL, url }, []),
      ask<unknown>({ type: EMPHASIS_FOR_URL, url }, []),
    ]);
    if (shownArticle.current !== url) return; // a late answer for the article before
    setStored(Array.isArray(notes) ? (notes as PageNote[]) : []);
    setMyEmphasis(Array.isArray(emphasis) ? emphasis.filter((id): id is string => typeof id === 'string') : []);
  }, []);

  // The content script's messages: listened to from the first (synchronous) render on, not a frame later.
  useLayoutEffect(() => {
    const onMessage = (m: ToFrame) => {
      if (m.type === 'state') {
        if (shownArticle.current !== m.article) {
          // First state, or a single-page app moved to another article: nothing half-done carries over.
          shownArticle.current = m.article;
          setEditing(null);
          setComposing(null);
          setStatus(null);
          setLastDeleted(null);
          setClosed(false);
          setMyEmphasis(null);
          void reload(m.article);
        }
        pageRef.current = m;
        setPage(m);
      } else if (m.type === 'compose') {
        setComposing({ ...m.selector, draft: '' });
        setClosed(false);
        focusKey.current = 'compose';
      } else if (m.type === 'show-note') {
        setClosed(false);
        setCurrent(m.id);
        focusKey.current = `note-${m.id}`;
      } else if (m.type === 'open') setClosed(false);
      else if (m.type === 'link') {
        const count = linkCount.current;
        void navigator.clipboard.writeText(m.url).then(
          () =>
            say(
              count
                ? translatorFor(pageRef.current?.language ?? 'en').tn('shareLinkCopiedCount', count)
                : translatorFor(pageRef.current?.language ?? 'en').t('shareLinkCopied'),
            ),
          () => say(translatorFor(pageRef.current?.language ?? 'en').t('shareCopyFailed')),
        );
        setBusy(false);
      } else if (m.type === 'link-failed') {
        say(translatorFor(pageRef.current?.language ?? 'en').t('shareUnavailable'));
        setBusy(false);
      }
    };
    return line.listen(onMessage);
  }, [line, reload]);

  // The name the teacher signs links with (shared with the popup).
  useEffect(() => {
    void browser.storage.local.get(SHARE_NAME_KEY).then(
      (stored) => {
        const saved = (stored as Record<string, unknown>)[SHARE_NAME_KEY];
        if (typeof saved === 'string') setShareName(saved.slice(0, SHARE_NAME_MAX));
      },
      () => {},
    );
  }, []);

  // Notes or emphasis changed elsewhere (the options page, the popup, another tab of this article).
  useEffect(() => {
    if (!article) return;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (NOTES_KEY in changes || EMPHASIS_STORAGE_KEY in changes)) void reload(article);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [article, reload]);

  const shows =
    page !== null &&
    !closed &&
    (composing !== null ||
      stored.length > 0 ||
      page.shared.length > 0 ||
      page.sharedEmphasis.length > 0 ||
      page.linkError ||
      status !== null);

  // Size and focus after every render: the frame's host sizes the frame to what it shows.
  useLayoutEffect(() => {
    const box = content.current;
    const height = shows && box ? Math.ceil(box.getBoundingClientRect().height) + 2 : 0;
    post({ type: 'size', width: shows ? 340 : 0, height });
    const key = focusKey.current;
    if (!key || !shows) return;
    const target = key.startsWith('note-')
      ? document.querySelector<HTMLElement>(`li[data-id="${CSS.escape(key.slice(5))}"] button`)
      : document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'nearest' });
    // A frame may only take focus once the reader's page gave it (the host focuses the frame first).
    if (document.hasFocus()) {
      target.focus();
      focusKey.current = null;
    }
  });
  useEffect(() => {
    const onFocus = () => {
      const key = focusKey.current;
      if (!key) return;
      const target = key.startsWith('note-')
        ? document.querySelector<HTMLElement>(`li[data-id="${CSS.escape(key.slice(5))}"] button`)
        : document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      target?.focus();
      focusKey.current = null;
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  if (!page) return null;
  const tr = translatorFor(page.language);
  const nameOf = (id: string) => localText(entityName(id), entityNameIn(id, page.language), page.language);
  const changed = async () => {
    await reload(page.article);
    post({ type: 'notes-changed' });
  };

  const on = {
    reveal: (id: string) => post({ type: 'reveal', id }),
    saveShared: async () => {
      setBusy(true);
      const r = await ask<NotesAddResult | null>({ type: NOTES_ADD, url: page.article, notes: page.shared }, null);
      setBusy(false);
      if (r?.ok) {
        await changed();
        say(tr.tn('noteSavedCount', r.added));
      } else say(tr.t('noteSaveFailed'));
    },
    edit: (id: string) => {
      const note = stored.find((n) => n.id === id);
      if (!note) return;
      setEditing({ id, draft: note.text });
      focusKey.current = `edit-${id}`;
    },
    draft: (text: string) => setEditing((e) => (e ? { ...e, draft: text } : e)),
    saveEdit: async () => {
      if (!editing) return;
      setBusy(true);
      const r = await ask<{ ok: boolean } | null>(
        { type: NOTES_EDIT, url: page.article, id: editing.id, text: editing.draft },
        null,
      );
      setBusy(false);
      if (r?.ok) {
        const id = editing.id;
        setEditing(null);
        await changed();
        say(tr.t('noteUpdated'), `edit-button-${id}`);
      } else say(tr.t('noteUpdateFailed'));
    },
    cancelEdit: () => {
      if (editing) focusKey.current = `edit-button-${editing.id}`;
      setEditing(null);
    },
    remove: async (id: string) => {
      setBusy(true);
      const r = await ask<NotesDeleteResult | null>({ type: NOTES_DELETE, url: page.article, id }, null);
      setBusy(false);
      if (r?.ok && r.removed && r.index !== undefined) {
        setLastDeleted({ note: r.removed, index: r.index });
        await changed();
        say(tr.t('noteDeleted'), 'undo', true);
      } else say(tr.t('noteDeleteFailed'));
    },
    undo: async () => {
      const deleted = lastDeleted;
      setLastDeleted(null);
      if (!deleted) return;
      await ask({ type: NOTES_RESTORE, note: deleted.note, index: deleted.index }, null);
      await changed();
      say(tr.t('noteRestored'), `edit-button-${deleted.note.id}`);
    },
    composeDraft: (text: string) => setComposing((c) => (c ? { ...c, draft: text } : c)),
    saveNew: async () => {
      if (!composing) return;
      const { draft, ...selector } = composing;
      const note: PageNote = {
        id: newId(),
        exact: selector.exact.slice(0, 10_000),
        prefix: selector.prefix,
        suffix: selector.suffix,
        ...(selector.position ? { position: selector.position } : {}),
        text: draft,
        createdAt: new Date().toISOString(),
      };
      setBusy(true);
      const r = await ask<NotesAddResult | null>({ type: NOTES_ADD, url: page.article, notes: [note] }, null);
      setBusy(false);
      if (r?.ok) {
        setComposing(null);
        await changed();
        focusKey.current = `edit-button-${note.id}`;
      } else say(tr.t('noteSaveFailed'));
    },
    cancelNew: () => {
      setComposing(null);
      post({ type: 'return-focus' });
    },
    emphasis: (id: string, on: boolean) => {
      const next = new Set(myEmphasis ?? []);
      if (on) next.add(id);
      else next.delete(id);
      const ids = page.entities;
      const list = ids.filter((e) => next.has(e)).concat([...next].filter((e) => !ids.includes(e)));
      setMyEmphasis(list);
      void ask({ type: EMPHASIS_SET, url: page.article, ids: list }, null);
    },
    close: () => {
      setClosed(true);
      setComposing(null);
      post({ type: 'return-focus' });
    },
  };

  if (!shows) return null;
  return (
    <div class="bs-scroll">
      <div ref={content}>
        <NotesPanel
          tr={tr}
          page={page}
          stored={stored}
          myEmphasis={myEmphasis}
          composing={composing ? { exact: composing.exact, draft: composing.draft } : null}
          editing={editing}
          current={current}
          status={status}
          busy={busy}
          nameOf={nameOf}
          share={{
            leftOut,
            emphasisNames: (myEmphasis ?? []).map((id) => nameOf(id).text),
            name: shareName,
            sharedOn: todayIso(),
            onName: (value: string) => {
              setShareName(value);
              void browser.storage.local.set({ [SHARE_NAME_KEY]: value.slice(0, SHARE_NAME_MAX) }).catch(() => {});
            },
            onToggle: (id: string, on: boolean) =>
              setLeftOut((before) => {
                const next = new Set(before);
                if (on) next.delete(id);
                else next.add(id);
                return next;
              }),
            onCopy: () => {
              const include = stored.filter((n) => !leftOut.has(n.id)).map((n) => n.id);
              linkCount.current = include.length;
              setBusy(true);
              post({
                type: 'make-link',
                include,
                emphasis: myEmphasis ?? [],
                by: shareName.trim(),
                sharedOn: todayIso(),
              });
            },
          }}
          on={on}
        />
      </div>
    </div>
  );
}
