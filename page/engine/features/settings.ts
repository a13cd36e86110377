/**
 * Applies the reader's settings on this page and follows their changes without a reload: off on this
 * site / paused everywhere (stop reading and clear highlights), which kinds to mark, every mention or
 * the first of each, the underline style. The stored values come from the background (content scripts
 * do not read storage.local: background/settings.ts), checked with a hand validator (no zod here).
 * Starts with the values the gate was given; without them, holds the annotator until the background
 * answers, so a site that is off never flashes highlights. Changes arrive as messages from the background.
 */
import { onAbort } from '../../../core/abort';
import type { EntityKindCode } from '../../../core/match/match-index';
import { SETTINGS_REQUEST, settingsChanges } from '../../../core/messages/settings';
import { listen, send } from '../../../core/messages/transport';
import {
  DEFAULT_SETTINGS,
  groupOfKind,
  LEGACY_DISABLED_KEY,
  offReason,
  readLegacyDisabled,
  readSettings,
  SETTINGS_KEY,
  type Settings,
} from '../../../core/settings';
import type { MentionView } from '../mention-view';
import type { ContentFeature } from './feature';

const KINDS: EntityKindCode[] = ['person', 'organisation', 'place', 'event', 'document', 'concept', 'figure'];

let current: Settings = DEFAULT_SETTINGS;
const listeners = new Set<(settings: Settings) => void>();

/** The settings in force on this page (other features read the hover delay and card language here). */
export function contentSettings(): Settings {
  return current;
}

export function onContentSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  listeners.add(listener);
  onAbort(signal, () => listeners.delete(listener));
}

/** The annotator's view of the settings for a page on `hostname`. */
export function viewFor(settings: Settings, legacyDisabled: readonly string[], hostname: string): MentionView {
  const kinds = KINDS.filter((k) => settings.marks[groupOfKind(k)]);
  return {
    off: offReason(settings, legacyDisabled, hostname),
    kinds: kinds.length === KINDS.length ? null : new Set(kinds),
    firstOnly: settings.frequency === 'first',
    style: settings.underline,
  };
}

export const settingsFeature: ContentFeature = {
  name: 'settings',
  setup({ annotator, storedSettings }, signal) {
    let stored: Record<string, unknown> = { ...storedSettings };
    const apply = () => {
      if (signal.aborted) return;
      // A corrupted or unknown value: defaults (the popup and options page say so).
      current = readSettings(stored[SETTINGS_KEY]) ?? DEFAULT_SETTINGS;
      annotator.configure(viewFor(current, readLegacyDisabled(stored[LEGACY_DISABLED_KEY]), location.hostname));
      for (const listener of listeners) listener(current);
    };
    if (storedSettings) apply();
    else {
      annotator.configure({ off: 'pending' });
      send({ type: SETTINGS_REQUEST })
        .then((values: unknown) => {
          // A change that arrived meanwhile is newer than what was read.
          if (typeof values === 'object' && values !== null) stored = { ...values, ...stored };
        })
        .catch(() => {})
        .finally(apply);
    }
    listen(signal, (message) => {
      const changes = settingsChanges(message);
      if (!changes) return;
      let relevant = false;
      for (const key of [SETTINGS_KEY, LEGACY_DISABLED_KEY]) {
        if (key in changes) {
          stored[key] = changes[key];
          relevant = true;
        }
      }
      if (relevant) apply();
    });
  },
};
