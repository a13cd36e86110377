/**
 * Storage items for the background and extension pages (WXT storage, zod/mini validation, versioned
 * migrations). The content script reads the same keys through core/settings.ts without zod.
 */
import './zod';
import { storage } from 'wxt/utils/storage';
import { articleKey, EMPHASIS_STORAGE_KEY } from '../core/messages/share';
import {
  NOTES_KEY,
  type Note,
  type StoredNotes as Notes,
  StoredEmphasis,
  StoredNotes,
  setEmphasis,
} from '../core/notes';
import {
  defaultSettings,
  hostMatches,
  LEGACY_DISABLED_KEY,
  readLegacyDisabled,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
} from '../core/settings';
import { addHosts, migrateV1toV2, SettingsV1Exact, SettingsV2 } from '../core/settings-schema';

/** v1's separate list of sites the reader turned Backstory off on (the hover card still writes it). */
export const legacyDisabledItem = storage.defineItem<string[]>(`local:${LEGACY_DISABLED_KEY}`, { fallback: [] });

export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: {
    2: async (old: unknown) => {
      const legacy = readLegacyDisabled(await legacyDisabledItem.getValue());
      // A v2 value written without version metadata (by hand, or by a test) stays as it is.
      const already = SettingsV2.safeParse(old);
      const next = already.success
        ? { ...already.data, sites: { ...already.data.sites, disabled: addHosts(already.data.sites.disabled, legacy) } }
        : migrateV1toV2(old, legacy);
      await legacyDisabledItem.removeValue();
      return next;
    },
  },
});

export const notesItem = storage.defineItem<unknown>(`local:${NOTES_KEY}`, { fallback: {}, version: 1 });
/** Per article (articleKey): the entity ids its share link emphasises (core/notes.ts StoredEmphasis). */
export const emphasisItem = storage.defineItem<unknown>(`local:${EMPHASIS_STORAGE_KEY}`, { fallback: {} });

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value could not be read: defaults are in use until the reader saves. */
  problem?: 'corrupted';
}

export async function loadSettings(): Promise<LoadedSettings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch {
    return { settings: defaultSettings(), problem: 'corrupted' };
  }
  if (raw == null) return { settings: defaultSettings() };
  const parsed = SettingsV2.safeParse(raw);
  if (parsed.success) return { settings: parsed.data };
  // v1 data this context's migration has not seen yet (written after it ran): migrate, do not discard.
  if (SettingsV1Exact.safeParse(raw).success) return { settings: migrateV1toV2(raw, []) };
  return { settings: defaultSettings(), problem: 'corrupted' };
}

let queue: Promise<unknown> = Promise.resolve();

/** Read-modify-write, serialised within this context. A corrupted stored value is replaced by defaults + change. */
export function updateSettings(change: (draft: Settings) => void): Promise<Settings> {
  const run = queue.then(async () => {
    const { settings } = await loadSettings();
    change(settings);
    const parsed = SettingsV2.parse(settings);
    await settingsItem.setValue(parsed);
    return parsed;
  });
  queue = run.catch(() => {});
  return run;
}

/** Turns Backstory on or off for the site `hostname` belongs to (both the v2 list and the legacy key). */
export async function setSiteEnabled(site: string, hostname: string, enabled: boolean): Promise<void> {
  if (enabled) {
    await updateSettings((s) => {
      s.sites.disabled = s.sites.disabled.filter((d) => !hostMatches(hostname, d) && d !== site);
    });
    const legacy = readLegacyDisabled(await legacyDisabledItem.getValue());
    if (legacy.some((d) => hostMatches(hostname, d))) {
      await legacyDisabledItem.setValue(legacy.filter((d) => !hostMatches(hostname, d)));
    }
  } else {
    await updateSettings((s) => {
      s.sites.disabled = addHosts(s.sites.disabled, [site]);
    });
  }
}

/** Moves whatever the legacy key holds into settings.sites.disabled, then clears it. */
export async function foldLegacyDisabled(): Promise<void> {
  const legacy = readLegacyDisabled(await legacyDisabledItem.getValue());
  if (legacy.length === 0) return;
  await updateSettings((s) => {
    s.sites.disabled = addHosts(s.sites.disabled, legacy);
  });
  await legacyDisabledItem.removeValue();
}

export interface LoadedNotes {
  notes: Notes;
  /** The raw stored value, when it could not be read (kept, never overwritten). */
  unreadable?: unknown;
}

export async function loadNotes(): Promise<LoadedNotes> {
  const raw = await notesItem.getValue();
  const parsed = StoredNotes.safeParse(raw ?? {});
  return parsed.success ? { notes: parsed.data } : { notes: {}, unreadable: raw };
}

/** The stored notes on one article (keyed by its articleKey). */
export async function notesForUrl(url: string): Promise<Note[]> {
  const { notes } = await loadNotes();
  return notes[articleKey(url)] ?? [];
}

export async function saveNotes(notes: Notes): Promise<void> {
  await notesItem.setValue(StoredNotes.parse(notes));
}

export async function deleteAllNotes(): Promise<void> {
  await notesItem.setValue({});
}

async function loadEmphasis(): Promise<StoredEmphasis> {
  const parsed = StoredEmphasis.safeParse((await emphasisItem.getValue()) ?? {});
  return parsed.success ? parsed.data : {};
}

/** The entity ids the reader chose to emphasise in one article's share link. */
export async function emphasisForUrl(url: string): Promise<string[]> {
  return (await loadEmphasis())[articleKey(url)] ?? [];
}

export async function saveEmphasisFor(url: string, ids: readonly string[]): Promise<void> {
  await emphasisItem.setValue(setEmphasis(await loadEmphasis(), articleKey(url), ids));
}
