/**
 * The engine bundle: the annotator (reading, highlights; detection and matching are asked of the
 * background, page/engine/analyzer.ts) and the page features. Never listed in the manifest (`registration:
 * 'runtime'`): the background injects it into a frame when that frame's gate (entrypoints/content) finds
 * the page might be the story, or the reader asks to annotate it. It runs in the same isolated world as the gate and meets it through globals
 * there (core/messages/engine.ts).
 */

import { childController, onAbort } from '@/core/abort';
import { ENGINE_KEY, type EngineHandle, GATE_KEY, type GateHandoff } from '@/core/messages/engine';
import anchors from '@/data/generated/anchors.json';
import { HoverChannel } from '@/page/dom/hover';
import { backgroundAnalyzer } from '@/page/engine/analyzer';
import { Annotator } from '@/page/engine/annotator';
import { CardIntentSlot, type PageApi, startFeatures } from '@/page/engine/features/feature';
import { FEATURES } from '@/page/engine/features/index';
import { contentSettings, onContentSettings } from '@/page/engine/features/settings';
import { createUiHost, type UiHost } from '@/page/engine/ui-host';

export default defineContentScript({
  registration: 'runtime',
  // No `message` event on the page's window at start-up (WXT's legacy signal): pages' own listeners never see us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const global = globalThis as Record<symbol, unknown>;
    if (global[ENGINE_KEY]) return;
    // User-timing entry read by `npm run bench` (benchmark builds only): evaluation → set-up done (the
    // first scan apart).
    const startedAt = performance.now();
    let host: UiHost | undefined;
    const handoff = global[GATE_KEY] as GateHandoff | undefined;
    const annotator = new Annotator(
      backgroundAnalyzer(anchors.groups),
      (node) => Boolean(host && (node === host.element || host.element.contains(node))),
      handoff?.region,
    );
    const api: PageApi = Object.freeze({
      annotator,
      host: () => (host ??= createUiHost()),
      hasHost: () => host !== undefined,
      settings: contentSettings,
      onSettings: onContentSettings,
      storedSettings: handoff?.stored,
      hover: new HoverChannel(),
      cardIntent: new CardIntentSlot(),
    });
    // The engine's life, ended by this script stopping or by the gate (EngineHandle.stop): the features
    // stop with it (each under a signal of its own), then the annotator and our host.
    const life = childController(ctx.signal);
    startFeatures(FEATURES, api, life.signal);
    onAbort(life.signal, () => {
      annotator.stop();
      host?.remove();
      delete global[ENGINE_KEY];
    });
    const stop = () => life.abort();
    const handle: EngineHandle = {
      state: () => annotator.settled(),
      annotateAnyway: () => {
        annotator.annotateAnyway();
        return annotator.settled();
      },
      stop,
    };
    global[ENGINE_KEY] = handle;
    if (__BACKSTORY_BENCH__) performance.measure('backstory:engine', { start: startedAt });
    // The first scan has its own `backstory:scan` entry.
    annotator.start();
  },
});
