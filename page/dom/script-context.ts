/**
 * What WXT's content-script wrapper gets instead of its own `ContentScriptContext` (aliased in
 * wxt.config.ts, for our three content scripts). WXT's context announces every start with a CustomEvent
 * on `document` named after the extension's id: a page listening for that name learns that Backstory is
 * installed (extension fingerprinting), and on every page it cost about 0.8 ms of set-up. This one says
 * nothing to the page. (Nor do our scripts' user-timing entries, which any page script can read: they
 * exist only in benchmark builds, `__BACKSTORY_BENCH__` in wxt.config.ts. What a page can still observe
 * is listed in docs/SECURITY.md.)
 *
 * It keeps the part of the contract our entrypoints use: `signal` and `onInvalidated`. A newer copy of
 * the same script in this isolated world (an extension reloaded during development) stops the older one
 * through a symbol-keyed global. WXT's validity checks, timer and listener helpers are not provided:
 * nothing of ours uses them; what our scripts start is tied to this signal (core/abort.ts).
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(readonly contentScriptName: string) {
    const key = Symbol.for(`backstory.context.${contentScriptName}`);
    const global = globalThis as Record<symbol, ContentScriptContext | undefined>;
    global[key]?.abort('a newer copy of this script started');
    global[key] = this;
  }

  /** Aborts when this script must stop. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** Runs `callback` once when this script must stop; returns a function that removes it. */
  onInvalidated(callback: () => void): () => void {
    const { signal } = this.controller;
    signal.addEventListener('abort', callback);
    return () => signal.removeEventListener('abort', callback);
  }
}
