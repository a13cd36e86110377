/**
 * Content-script features, one per file, each with its own teardown (the refined-github pattern):
 * one failing feature never takes the others down.
 */
import type { Settings } from '../../../core/settings';
import type { HoverChannel } from '../../dom/hover';
import type { Annotator } from '../annotator';
import type { UiHost } from '../ui-host';

export interface PageApi {
  annotator: Annotator;
  /** Our one shadow-root host, created on first use (only ever on pages we annotate). */
  host(): UiHost;
  /** Whether the host exists yet (features must not create it on pages that are not the story). */
  hasHost(): boolean;
  /** The reader's settings in force on this page (hover delay, card language…). */
  settings(): Settings;
  /** Calls `listener` with the new settings whenever they change; returns the unsubscribe. */
  onSettings(listener: (settings: Settings) => void): () => void;
  /** The stored settings values the gate already read (the engine starts with them, no second read). */
  storedSettings?: Record<string, unknown>;
  /** The mention under the pointer, from the page's one pointer watcher (features/hover-highlight.ts). */
  hover: HoverChannel;
  /** What made the card UI bundle load, taken once by that bundle (features/card-ui-loader.ts). */
  takeCardIntent(): CardIntent | undefined;
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
  /** Runs once at startup; returns its teardown. */
  setup(api: PageApi): (() => void) | undefined;
}

export function startFeatures(features: ContentFeature[], api: PageApi): () => void {
  const teardowns: (() => void)[] = [];
  for (const feature of features) {
    try {
      const teardown = feature.setup(api);
      if (teardown) teardowns.push(teardown);
    } catch (error) {
      console.error(`[Backstory] feature ${feature.name} failed to start`, error);
    }
  }
  return () => {
    for (const teardown of teardowns.reverse()) {
      try {
        teardown();
      } catch (error) {
        console.error('[Backstory] feature teardown failed', error);
      }
    }
  };
}
