/**
 * Runs code in the extension's isolated world of a page (Chromium, over the DevTools protocol): the world
 * where our content scripts run, so a test can reach what page scripts cannot — the PageApi global and
 * our closed shadow root — without any test-only code in the extension.
 */
import type { CDPSession, Page } from 'playwright-core';
import { pollUntil } from './fixtures';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

export interface IsolatedWorld {
  /** Evaluates `fn(arg)` in the extension's isolated world of the main frame; returns its JSON value. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Evaluates a script's source there (e.g. a library that defines a global). */
  evaluateSource(source: string): Promise<void>;
  detach(): Promise<void>;
}

export async function isolatedWorld(page: Page, extensionId: string): Promise<IsolatedWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts = new Map<number, ExecutionContext>();
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) =>
    contexts.set(context.id, context),
  );
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) =>
    contexts.delete(executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const mainFrame = frameTree.frame.id;
  const contextId = async () =>
    (
      await pollUntil(
        async () =>
          [...contexts.values()].find(
            (c) =>
              c.auxData?.type === 'isolated' &&
              c.auxData.frameId === mainFrame &&
              c.origin === `chrome-extension://${extensionId}`,
          ),
        (c) => c !== undefined,
        { timeoutMs: 10_000, what: 'the extension isolated world' },
      )
    )?.id as number;

  const run = async (expression: string) => {
    const result = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: await contextId(),
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (result.exceptionDetails) {
      throw new Error(
        `isolated world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`,
      );
    }
    return result.result.value;
  };

  return {
    async evaluate(fn, arg) {
      return (await run(`(${fn.toString()})(${JSON.stringify(arg)})`)) as never;
    },
    async evaluateSource(source) {
      await run(`${source}\n;undefined`);
    },
    async detach() {
      await cdp.detach().catch(() => {});
    },
  };
}

/**
 * Clicks the element of our closed shadow root that `selector` finds, as the reader does: the pointer
 * over its centre and a real click (a trusted event). A script's `.click()` is not the reader's and our
 * UI ignores it (page/engine/ui-host.ts).
 */
export async function clickInShadow(page: Page, world: IsolatedWorld, selector: string): Promise<void> {
  const at = await world.evaluate((sel: string) => {
    const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
      | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
      | undefined;
    const el = api?.hasHost() ? api.host().shadow.querySelector<HTMLElement>(sel) : null;
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  if (!at) throw new Error(`nothing in our shadow root matches ${selector}`);
  await page.mouse.click(at.x, at.y);
}

/**
 * Presses Alt+Shift+`codes` (KeyJ, KeyK…) as real keys, sent in one go without waiting for each to be
 * handled (a burst faster than a script could await them one by one).
 */
export async function pressAltShiftBurst(page: Page, codes: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const ALT_SHIFT = 1 | 8;
    const sent: Promise<unknown>[] = [];
    for (const code of codes) {
      const key = code.slice(3);
      const init = { modifiers: ALT_SHIFT, code, key, windowsVirtualKeyCode: key.charCodeAt(0) };
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...init }));
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...init }));
    }
    await Promise.all(sent);
  } finally {
    await cdp.detach().catch(() => {});
  }
}
