/**
 * Teardown by AbortSignal: whatever a feature starts (listeners, observers, timers, subscriptions) is
 * tied to one signal, and aborting it stops all of it. Listeners take it directly
 * (`addEventListener(type, fn, { signal })`); everything else registers its cleanup with `onAbort`.
 */

/** Runs `cleanup` once when `signal` aborts (at once if it already has). */
export function onAbort(signal: AbortSignal, cleanup: () => void): void {
  if (signal.aborted) cleanup();
  else signal.addEventListener('abort', cleanup, { once: true });
}

/**
 * A controller of its own that also aborts with `parent`: a part that may stop alone (a feature that
 * failed to start, a watcher no longer needed) and always stops with the whole.
 */
export function childController(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort(parent.reason);
  // Unlinked once the child aborts, so short-lived children leave nothing on a long-lived parent.
  else parent.addEventListener('abort', () => child.abort(parent.reason), { once: true, signal: child.signal });
  return child;
}

/** A `setTimeout` that is cleared when `signal` aborts (and does not run after). */
export function timeout(signal: AbortSignal, callback: () => void, ms: number): void {
  if (signal.aborted) return;
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', clear);
    callback();
  }, ms);
  const clear = () => clearTimeout(timer);
  signal.addEventListener('abort', clear, { once: true });
}

/** An extension API event (`browser.tabs.onUpdated`, `browser.storage.onChanged`…): they take no signal. */
interface ExtensionEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** Adds `listener` to an extension API event until `signal` aborts. */
export function listenTo<L>(event: ExtensionEvent<L>, listener: L, signal: AbortSignal): void {
  if (signal.aborted) return;
  event.addListener(listener);
  onAbort(signal, () => event.removeListener(listener));
}
