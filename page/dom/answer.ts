/**
 * A `runtime.onMessage` listener that answers asynchronously the way both browsers' own APIs support:
 * `sendResponse` and `return true` (Chrome's native API ignores a returned promise). The gate and the
 * engine bundle run on the native API, not webextension-polyfill (scripts/vite-native-browser.ts).
 */
export function answering(answer: (message: unknown) => Promise<unknown> | undefined) {
  return (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): true | undefined => {
    const pending = answer(message);
    if (!pending) return undefined;
    pending.then(sendResponse, (error: unknown) => {
      console.error('[Backstory]', error);
      sendResponse(undefined);
    });
    return true;
  };
}
