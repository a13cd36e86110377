/**
 * The reader's settings for content scripts, which no longer touch `storage.local`: they ask for the
 * stored values (`backstory:settings`), hear of changes from here (`backstory:settings-changed`, sent to
 * every tab when a settings key changes), and the card's "Turn off on this site" and its Undo ask for
 * it (`backstory:disable-site`, `backstory:enable-site`: the site is the sender's, never a named one).
 * In Chrome the background then closes `storage.local` to content scripts (`setAccessLevel`); Firefox,
 * ESR included, has no such call (Mozilla bug 1724754), so there a content script could still read it,
 * though ours no longer do.
 */
import '../shared/zod';
import { z } from 'zod/mini';
import type { Request } from '../core/messages/protocol';
import {
  DISABLE_SITE,
  ENABLE_SITE,
  SETTINGS_CHANGED,
  SETTINGS_REQUEST,
  type StoredSettings,
} from '../core/messages/settings';
import { LEGACY_DISABLED_KEY, normalizeHost, SETTINGS_KEY } from '../core/settings';
import { addHosts } from '../core/settings-schema';
import { setSiteEnabled, updateSettings } from '../shared/storage';
import { Refused, type Route, route } from './messages';

/** The storage keys content scripts are given (the v1 "disabled sites" key is folded in by background/sites.ts). */
export const CONTENT_SETTINGS_KEYS = [SETTINGS_KEY, LEGACY_DISABLED_KEY];

const report = (what: string) => (error: unknown) => console.error(`[Backstory] ${what}`, error);

/** The site the card's switch turns off: the frame's host without `www.` (as the card always stored it). */
export function siteOfAddress(url: string | null): string | null {
  if (!url) return null;
  try {
    return normalizeHost(new URL(url).hostname)?.replace(/^www\./, '') ?? null;
  } catch {
    return null;
  }
}

/** Sends the changed values to the content scripts of every tab (tabs without ours do not answer). */
export async function pushSettingsChanges(changes: StoredSettings): Promise<void> {
  const message: Request<typeof SETTINGS_CHANGED> = { type: SETTINGS_CHANGED, changes };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, message).catch(() => {
            // No content script of ours in that tab: nothing to tell.
          }),
    ),
  );
}

/** Chrome: only the background and our extension pages may use `storage.local` from now on. */
export function closeStorageToContentScripts(): void {
  const local = browser.storage.local as typeof browser.storage.local & {
    setAccessLevel?: (details: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
  };
  // Firefox (ESR too) does not implement it for any storage area.
  if (typeof local.setAccessLevel !== 'function') return;
  local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(report('closing storage.local to content scripts'));
}

/** The storage listener that pushes changes, storage closed where the browser allows; returns the routes. */
export function setupContentSettings(): Route[] {
  closeStorageToContentScripts();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const changed: StoredSettings = {};
    for (const key of CONTENT_SETTINGS_KEYS) {
      // A removed key is sent as null (a message drops undefined values).
      if (key in changes) changed[key] = changes[key]?.newValue ?? null;
    }
    if (Object.keys(changed).length) pushSettingsChanges(changed).catch(report('telling tabs of new settings'));
  });
  return settingsRoutes();
}

/** SETTINGS_REQUEST, DISABLE_SITE and ENABLE_SITE, from our content scripts only. */
export function settingsRoutes(): Route[] {
  return [
    route({
      type: SETTINGS_REQUEST,
      from: ['content-script'],
      schema: z.object({ type: z.literal(SETTINGS_REQUEST) }),
      handle: (): Promise<StoredSettings> => browser.storage.local.get(CONTENT_SETTINGS_KEYS),
    }),
    route({
      type: DISABLE_SITE,
      from: ['content-script'],
      schema: z.object({ type: z.literal(DISABLE_SITE) }),
      handle(_message, sender) {
        // The sender's own site, never one named in the message.
        const site = sender.kind === 'content-script' ? siteOfAddress(sender.url) : null;
        if (!site) throw new Refused(DISABLE_SITE, 'not a web page');
        return updateSettings((s) => {
          s.sites.disabled = addHosts(s.sites.disabled, [site]);
        }).then(() => ({ ok: true }));
      },
    }),
    route({
      type: ENABLE_SITE,
      from: ['content-script'],
      schema: z.object({ type: z.literal(ENABLE_SITE) }),
      handle(_message, sender) {
        const url = sender.kind === 'content-script' ? sender.url : null;
        const site = siteOfAddress(url);
        if (!url || !site) throw new Refused(ENABLE_SITE, 'not a web page');
        // Every entry that covers this host goes (the popup's switch does the same).
        return setSiteEnabled(site, new URL(url).hostname, true).then(() => ({ ok: true }));
      },
    }),
  ];
}
