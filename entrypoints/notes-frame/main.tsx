/**
 * The notes frame: an extension page that a story page's content script frames inside our closed shadow
 * root (page/card-ui/notes/frame-host.ts), so that note text is never part of the page's document. It speaks
 * only with the content script that made it, through the background, under the nonce in this page's
 * address (core/messages/notes-frame.ts); a frame a page makes itself hears nothing and shows nothing.
 */
import { render } from 'preact';
import { deliveredFor, type FromFrame, NOTES_TO_PAGE, type ToFrame } from '@/core/messages/notes-frame';
import { App, type Line } from './App';
import { toFrame } from './incoming';
import '@/components/notes/share.css';
import './style.css';
import { listen, send } from '@/core/messages/transport';

const nonce = location.hash.slice(1);

if (/^[0-9a-f-]{36}$/.test(nonce)) {
  // The nonce leaves the address bar's copy of this page (it stays in our closure).
  history.replaceState(null, '', location.pathname);
  const line: Line = {
    send: (message: FromFrame) => void send({ type: NOTES_TO_PAGE, nonce, message }).catch(() => {}),
    listen(listener: (message: ToFrame) => void, signal: AbortSignal) {
      listen(signal, (raw) => {
        const message = toFrame(deliveredFor(raw, nonce));
        if (message) listener(message);
      });
    },
  };
  render(<App line={line} />, document.getElementById('app') as HTMLElement);
  // Hello: the content script sends what it queued once it hears from us.
  line.send({ type: 'size', width: 0, height: 0 });
}
