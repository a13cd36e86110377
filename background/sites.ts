/**
 * Sites the reader adds ("Always run on this site"): one optional host permission each, and the content
 * script registered for that host at run time. Registrations are checked against the persisted list and
 * the granted permissions at every startup; revoking a permission unregisters its script. Also folds the
 * v1 "disabled sites" key (still written by the hover card) into settings.
 */
import '../shared/zod';
import { z } from 'zod/mini';
import { LEGACY_DISABLED_KEY, normalizeHost } from '../core/settings';
import { addHosts } from '../core/settings-schema';
import { CONTENT_SCRIPT_FILES, originFor, REGISTER_SITE } from '../shared/content-script';
import { foldLegacyDisabled, loadSettings, updateSettings } from '../shared/storage';
import { type Route, route } from './messages';

export const SCRIPT_ID_PREFIX = 'backstory-site-';

export const scriptIdFor = (host: string): string => `${SCRIPT_ID_PREFIX}${host}`;

/** The host of an exact-host origin pattern (`https://news.example/*`); null for wildcards. */
export function hostOfOrigin(origin: string): string | null {
  const m = /^https?:\/\/([^/*]+)\/\*?$/.exec(origin);
  return m?.[1] ? normalizeHost(m[1]) : null;
}

async function registeredIds(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((s) => s.id).filter((id) => id.startsWith(SCRIPT_ID_PREFIX));
}

type ContentScript = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

function scriptFor(host: string): ContentScript {
  return {
    id: scriptIdFor(host),
    matches: [originFor(host)],
    js: CONTENT_SCRIPT_FILES.js,
    css: CONTENT_SCRIPT_FILES.css,
    runAt: 'document_idle',
  };
}

/** Registers the content script for `host` (if not yet) and remembers the host. */
export async function registerSite(host: string): Promise<void> {
  const ids = await registeredIds();
  if (!ids.includes(scriptIdFor(host))) await browser.scripting.registerContentScripts([scriptFor(host)]);
  await updateSettings((s) => {
    s.sites.added = addHosts(s.sites.added, [host]);
  });
}

/** Unregisters `host`'s content script and forgets the host. */
export async function unregisterSite(host: string): Promise<void> {
  const ids = await registeredIds();
  if (ids.includes(scriptIdFor(host))) {
    await browser.scripting.unregisterContentScripts({ ids: [scriptIdFor(host)] });
  }
  await updateSettings((s) => {
    s.sites.added = s.sites.added.filter((h) => h !== host);
  });
}

/**
 * Makes registrations match the persisted list and the permissions: re-registers what is missing
 * (Firefox does not keep them across restarts), drops hosts whose permission is gone.
 */
export async function syncSites(): Promise<void> {
  const { settings, problem } = await loadSettings();
  // Unreadable settings: leave registrations as they are rather than drop the reader's sites.
  if (problem) return;
  const ids = await registeredIds();
  for (const host of settings.sites.added) {
    const granted = await browser.permissions.contains({ origins: [originFor(host)] });
    if (granted && !ids.includes(scriptIdFor(host))) await browser.scripting.registerContentScripts([scriptFor(host)]);
    if (!granted) await unregisterSite(host);
  }
  const stale = ids.filter((id) => !settings.sites.added.some((host) => scriptIdFor(host) === id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
}

function hostsOf(permissions: { origins?: string[] }): string[] {
  return (permissions.origins ?? []).map(hostOfOrigin).filter((h): h is string => h !== null);
}

const report = (what: string) => (error: unknown) => console.error(`[Backstory] ${what}`, error);

/** The permission and storage listeners; returns the REGISTER_SITE route (popup only) for background/messages.ts. */
export function setupSites(): Route[] {
  browser.permissions.onAdded.addListener((permissions) => {
    for (const host of hostsOf(permissions)) registerSite(host).catch(report(`registering ${host}`));
  });
  browser.permissions.onRemoved.addListener((permissions) => {
    for (const host of hostsOf(permissions)) unregisterSite(host).catch(report(`unregistering ${host}`));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[LEGACY_DISABLED_KEY]?.newValue !== undefined) {
      foldLegacyDisabled().catch(report('folding disabled sites'));
    }
  });
  syncSites().catch(report('syncing registered sites'));
  foldLegacyDisabled().catch(report('folding disabled sites'));
  return [
    route({
      type: REGISTER_SITE,
      from: ['extension-page'],
      schema: z.object({ type: z.literal(REGISTER_SITE), host: z.string().check(z.minLength(1), z.maxLength(253)) }),
      handle(message) {
        const host = normalizeHost(message.host);
        if (!host) return { ok: false };
        // Only with the permission granted (the popup asked for it in the reader's click).
        return browser.permissions.contains({ origins: [originFor(host)] }).then(async (granted) => {
          if (granted) await registerSite(host);
          return { ok: granted };
        });
      },
    }),
  ];
}
