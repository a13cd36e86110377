/**
 * The reader's settings for content scripts, which do not read storage themselves: in Chrome the
 * background closes `storage.local` to them (background/settings.ts). Contract only, no zod: the gate
 * loads this on every page.
 */
import { incoming } from './transport';

/**
 * The stored values a content script needs, by storage key (`settings` and the v1 `disabledSites`), raw:
 * the content script checks them with its hand validator (core/settings.ts), as it did reading storage.
 */
export type StoredSettings = Record<string, unknown>;

/** Content script → background: the stored settings. Answers `StoredSettings`. */
export const SETTINGS_REQUEST = 'backstory:settings' as const;

/** Background → the content scripts of every tab: these stored settings values changed (the new values). */
export const SETTINGS_CHANGED = 'backstory:settings-changed' as const;

/** Content script (the card's "Turn off on this site") → background: turn Backstory off on the sender's site. Answers `{ ok }`. */
export const DISABLE_SITE = 'backstory:disable-site' as const;

/** Content script (Undo of that switch) → background: turn Backstory back on on the sender's site. Answers `{ ok }`. */
export const ENABLE_SITE = 'backstory:enable-site' as const;

/** The settings changes in a message, if it is a SETTINGS_CHANGED one (only our extension can message content scripts). */
export function settingsChanges(message: unknown): StoredSettings | null {
  return incoming(message, SETTINGS_CHANGED)?.changes ?? null;
}
