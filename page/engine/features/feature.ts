/**
 * Content-script features, one per file (the refined-github pattern), each given an AbortSignal of its
 * own: every listener, observer, timer and subscription it starts is tied to that signal, so stopping it
 * is one abort and no add/remove pairs are kept by hand. One failing feature never takes the others down.
 */
import { childController } from '../../../core/abort';
import type { Settings } from '../../../core/settings';
import type { HoverChannel } from '../../dom/hover';
import type { Annotator } from '../annotator';
import type { UiHost } from '../ui-host';

/**
 * What the engine gives its features and, on a global of our isolated world, the card-UI bundle
 * (core/messages/card-ui.ts PAGE_API_KEY; that bundle imports these types only). Read-only: made once
 * in entrypoints/engine.content.ts and frozen; nobody patches it.
 */
export interface PageApi {
  readonly annotator: Annotator;
  /** Our one shadow-root host, created on first use (only ever on pages we annotate). */
  host(): UiHost;
  /** Whether the host exists yet (features must not create it on pages that are not the story). */
  hasHost(): boolean;
  /** The reader's settings in force on this page (hover delay, card language…). */
  settings(): Settings;
  /** Calls `listener` with the new settings whenever they change, until `signal` aborts. */
  onSettings(listener: (settings: Settings) => void, signal: AbortSignal): void;
  /** The stored settings values the gate already read (the engine starts with them, no second read). */
  readonly storedSettings?: Record<string, unknown>;
  /** The mention under the pointer, from the page's one pointer watcher (features/hover-highlight.ts). */
  readonly hover: HoverChannel;
  /** What made the card UI bundle load: put by features/card-ui-loader.ts, taken once by that bundle. */
  readonly cardIntent: CardIntentSlot;
}

/** The reader's first move that needs the card UI, kept until the card-UI bundle takes it. */
export class CardIntentSlot {
  private intent: CardIntent | undefined;

  /** Records a move; mention steps asked for while the bundle is on its way add up (the reader pressed twice). */
  put(why: CardIntent): void {
    if (why.kind === 'nav' && this.intent?.kind === 'nav') this.intent.directions.push(...why.directions);
    else this.intent = why;
  }

  /** The move, once (later calls answer undefined until another is put). */
  take(): CardIntent | undefined {
    const taken = this.intent;
    this.intent = undefined;
    return taken;
  }
}

/**
 * A reader's first move that needs the card UI, made before its bundle arrived: the bundle carries it
 * out once it runs. (A hover or a focus needs no record: the bundle reads where they are.)
 */
export type CardIntent =
  /** The mention shortcut (a key or the browser command), pressed once or more: walk that many steps. */
  | { kind: 'nav'; directions: (1 | -1)[] }
  /** A tap (touch or pen) on a mention. */
  | { kind: 'tap'; index: number }
  /** Text selected in the article (a note to add); `keyboard`: Alt+Shift+N asked for the note box. */
  | { kind: 'note'; keyboard: boolean };

export interface ContentFeature {
  name: string;
  /** Runs once at startup; everything it starts stops when `signal` aborts (the engine stopping). */
  setup(api: PageApi, signal: AbortSignal): void;
}

/**
 * Starts each feature under a signal of its own that aborts with `signal`. A feature that throws while
 * starting is stopped at once (what it had started goes) and the others run on.
 */
export function startFeatures(features: ContentFeature[], api: PageApi, signal: AbortSignal): void {
  for (const feature of features) {
    const own = childController(signal);
    try {
      feature.setup(api, own.signal);
    } catch (error) {
      console.error(`[Backstory] feature ${feature.name} failed to start`, error);
      own.abort(error);
    }
  }
}
