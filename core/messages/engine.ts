/**
 * The contract between the every-page gate (entrypoints/content), the engine bundle it asks for
 * (entrypoints/engine.content.ts) and the background that injects it. No imports: the gate loads this
 * on every page.
 */

/** Gate → background: inject the engine bundle into this frame (the page might be the story). */
export const LOAD_ENGINE = 'backstory:load-engine' as const;

/** The engine bundle, as the background injects it (relative to the extension root). */
export const ENGINE_FILE = '/content-scripts/engine.js';

/**
 * What the gate leaves for the engine bundle, in a global of the extension's isolated world (both
 * scripts share it; page scripts cannot see it): the settings it has read, so the engine starts with
 * them instead of reading storage again.
 */
export const GATE_KEY = Symbol.for('backstory.gate');
export interface GateHandoff {
  stored: Record<string, unknown>;
  /**
   * The article region the gate's look found, while the DOM has not changed since: the engine's first
   * scan starts from it instead of searching again.
   */
  region?: Element;
}

/** What the engine bundle leaves for the gate once it runs (and how a second injection knows). */
export const ENGINE_KEY = Symbol.for('backstory.engine');
export interface EngineHandle {
  /** The page state once the analysis in flight (if any) is applied. */
  state(): Promise<unknown>;
  /** Annotates the page even though it was not detected (the reader asked); resolves to the new state. */
  annotateAnyway(): Promise<unknown>;
  stop(): void;
}

/**
 * How many looks (gate) and scans (engine) this frame has made, a bare count in the isolated world:
 * the e2e suite reads it there to check the rescan back-off (tests/e2e/engine.e2e.ts). Page scripts
 * cannot see the isolated world's globals, unlike the benchmark's user timing.
 */
export const SCANS_KEY = Symbol.for('backstory.scans');
export function countScan(): void {
  const global = globalThis as Record<symbol, number | undefined>;
  global[SCANS_KEY] = (global[SCANS_KEY] ?? 0) + 1;
}
