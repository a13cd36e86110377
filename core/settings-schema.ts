/**
 * The settings schema (zod/mini) and the versioned migrations, for extension pages and the background.
 * Its `z` never compiles validators with `new Function` (core/zod.ts).
 */

import {
  DEFAULT_SETTINGS,
  FREQUENCIES,
  HOVER_DELAY_MAX,
  HOVER_DELAY_MIN,
  LANGUAGES,
  normalizeHost,
  type Settings,
  UNDERLINES,
} from './settings';
import { z } from './zod';

export const SettingsV2 = z.object({
  paused: z.boolean(),
  sites: z.object({ disabled: z.array(z.string()), added: z.array(z.string()) }),
  marks: z.object({ people: z.boolean(), organisations: z.boolean(), figures: z.boolean(), background: z.boolean() }),
  frequency: z.enum(FREQUENCIES),
  underline: z.enum(UNDERLINES),
  hoverDelayMs: z.int().check(z.minimum(HOVER_DELAY_MIN), z.maximum(HOVER_DELAY_MAX)),
  cardLanguage: z.enum(LANGUAGES),
  uiLanguage: z.enum(LANGUAGES),
});

/**
 * What version 1 stored under `local:settings` (the per-site switch lived in its own key,
 * `local:disabledSites`). Every field was optional.
 */
const SettingsV1 = z.object({
  enabled: z.optional(z.boolean()),
  underline: z.optional(z.enum(['dotted', 'solid'])),
  firstOnly: z.optional(z.boolean()),
  hoverDelay: z.optional(z.number()),
});
export type SettingsV1 = z.infer<typeof SettingsV1>;
/** A value that is v1 settings and nothing else (not a corrupted v2 value). */
export const SettingsV1Exact = z.strictObject(SettingsV1.shape);

function uniqueHosts(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of list) {
    const host = normalizeHost(item);
    if (host && !out.includes(host)) out.push(host);
  }
  return out;
}

/** v1 → v2: the separate disabled-sites list folds into settings.sites.disabled. */
export function migrateV1toV2(old: unknown, legacyDisabled: readonly string[]): Settings {
  const parsed = SettingsV1.safeParse(old);
  const v1 = parsed.success ? parsed.data : {};
  const delay =
    typeof v1.hoverDelay === 'number' && Number.isFinite(v1.hoverDelay)
      ? Math.round(Math.min(HOVER_DELAY_MAX, Math.max(HOVER_DELAY_MIN, v1.hoverDelay)))
      : DEFAULT_SETTINGS.hoverDelayMs;
  return {
    ...structuredClone(DEFAULT_SETTINGS),
    paused: v1.enabled === false,
    sites: { disabled: uniqueHosts(legacyDisabled), added: [] },
    frequency: v1.firstOnly ? 'first' : 'every',
    underline: v1.underline ?? DEFAULT_SETTINGS.underline,
    hoverDelayMs: delay,
  };
}

/** Merges hosts into a list (normalised, no duplicates), keeping the order. */
export function addHosts(list: readonly string[], hosts: readonly string[]): string[] {
  return uniqueHosts([...list, ...hosts]);
}
