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
