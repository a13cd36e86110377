/**
 * The notes frame in the page: an extension-origin `<iframe>` (entrypoints/notes-frame) inside our
 * closed shadow root, and the private line to it through the background (core/messages/notes-frame.ts).
 * Made on first need; sized to what the frame says it shows, hidden while that is nothing.
 */
import { onAbort } from '../../../core/abort';
import {
  deliveredFor,
  type FromFrame,
  isFromFrame,
  NOTES_FRAME_PATH,
  NOTES_TO_FRAME,
  type ToFrame,
} from '../../../core/messages/notes-frame';
import { listen, send } from '../../../core/messages/transport';

const FRAME_CSS = `
.bs-notes-frame { position: fixed; right: 16px; bottom: 16px; border: 0; padding: 0; margin: 0;
  background: transparent; color-scheme: normal; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.15); }
.bs-notes-frame.bs-hidden { visibility: hidden; height: 0 !important; box-shadow: none; }`;

/** The panel's width, and its height at most, as a share of the viewport's. */
const WIDTH = 340;
const MAX_HEIGHT_SHARE = 0.6;

export interface NotesFrame {
  /** Sends to the frame, making it first if need be (queued until the frame answers). */
  send(message: ToFrame): void;
  /** Moves keyboard focus into the frame. */
  focus(): void;
}

export function createNotesFrame(
  shadow: ShadowRoot,
  loadStyles: (root: ShadowRoot, css: string) => void,
  label: () => string,
  onFrameMessage: (message: FromFrame) => void,
  signal: AbortSignal,
): NotesFrame {
  let iframe: HTMLIFrameElement | null = null;
  /** Messages for the frame until it says hello (its first size). */
  let queue: ToFrame[] | null = [];
  let shown = false;
  /** Focus asked for before the frame showed anything (it cannot take focus while hidden). */
  let wantFocus = false;
  const nonce = crypto.randomUUID();

  const resize = (width: number, height: number) => {
    if (!iframe) return;
    shown = width > 0 && height > 0;
    // Hidden, not undisplayed: the frame keeps laying out, so it can say when it has something to show.
    iframe.classList.toggle('bs-hidden', !shown);
    iframe.style.width = `${Math.min(WIDTH, window.innerWidth - 32)}px`;
    iframe.style.height = `${Math.min(Math.ceil(height), Math.floor(window.innerHeight * MAX_HEIGHT_SHARE))}px`;
    if (shown && wantFocus) {
      wantFocus = false;
      iframe.focus();
    }
  };

  /** The frame's id in this tab, as the background saw it send its hello. */
  let frameId: number | undefined;
  const post = (message: ToFrame) => void send({ type: NOTES_TO_FRAME, nonce, frameId, message }).catch(() => {});

  // The frame's messages, relayed by the background to this tab's top document with our nonce.
  const onMessage = (raw: unknown): undefined => {
    const message = deliveredFor(raw, nonce);
    if (!isFromFrame(message)) return;
    const from = (raw as { frameId?: unknown }).frameId;
    if (typeof from === 'number' && Number.isInteger(from)) frameId = from;
    if (queue) {
      const waiting = queue;
      queue = null;
      for (const m of waiting) post(m);
    }
    if (message.type === 'size') resize(message.width, message.height);
    onFrameMessage(message);
  };

  const make = () => {
    loadStyles(shadow, FRAME_CSS);
    listen(signal, onMessage);
    iframe = document.createElement('iframe');
    iframe.className = 'bs-notes-frame bs-hidden';
    iframe.title = label();
    // "Share with students" in the panel copies its link from the frame.
    iframe.allow = 'clipboard-write';
    iframe.style.width = `${Math.min(WIDTH, window.innerWidth - 32)}px`;
    iframe.src = `${browser.runtime.getURL(NOTES_FRAME_PATH as '/notes-frame.html')}#${nonce}`;
    shadow.append(iframe);
  };
  onAbort(signal, () => iframe?.remove());

  return {
    send(message) {
      if (signal.aborted) return;
      if (!iframe) make();
      if (queue) queue.push(message);
      else post(message);
    },
    focus() {
      if (shown) iframe?.focus();
      else wantFocus = true;
    },
  };
}
