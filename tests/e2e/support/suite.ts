/**
 * The Chromium suites' one launch per file (or per describe): each launch costs seconds, so the browser
 * is started once before the tests and closed after them. Kept apart from chromium.ts, which scripts
 * outside vitest import too.
 */
import { afterAll, beforeAll } from 'vitest';
import { type ChromiumSession, launchChromium } from './chromium';

/**
 * Launches Chromium with the built extension in a beforeAll of the enclosing suite and closes it in an
 * afterAll; `ready` receives the session (to keep it, and to prepare it before any test runs).
 */
export function chromiumForSuite(ready: (session: ChromiumSession) => void | Promise<void>): void {
  let session: ChromiumSession | undefined;
  beforeAll(async () => {
    session = await launchChromium({ extension: true });
    await ready(session);
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
}
