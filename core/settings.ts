/**
 * The reader's settings: types, defaults and a small hand validator. This file is on the content
 * script's path, so it holds no zod (the zod/mini schema for extension pages is in settings-schema.ts).
 */
import type { EntityKindCode } from './match/match-index';

export const SETTINGS_VERSION = 2;
/** storage.local keys (WXT's `local:settings` is stored under `settings`). */
export const SETTINGS_KEY = 'settings';
/**
 * The v1 key for "turn off on this site" (the hover card writes it): still read, and folded into
 * settings.sites.disabled by the background.
 */
export const LEGACY_DISABLED_KEY = 'disabledSites';

export const MARK_GROUPS = ['people', 'organisations', 'figures', 'background'] as const;
export type MarkGroup = (typeof MARK_GROUPS)[number];
export const UNDERLINES = ['dotted', 'solid', 'tint', 'none'] as const;
export type Underline = (typeof UNDERLINES)[number];
export const FREQUENCIES = ['every', 'first'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const LANGUAGES = ['auto', 'en', 'uk'] as const;
export type LanguageChoice = (typeof LANGUAGES)[number];
export const HOVER_DELAY_MIN = 0;
export const HOVER_DELAY_MAX = 2000;

export interface Settings {
  /** Off everywhere until switched back on. */
  paused: boolean;
  sites: {
    /** Sites (hosts) Backstory is turned off on; a host covers its subdomains. */
    disabled: string[];
    /** Hosts the reader added (granted permission and registered the content script for). */
    added: string[];
  };
  marks: Record<MarkGroup, boolean>;
  frequency: Frequency;
  underline: Underline;
  hoverDelayMs: number;
  cardLanguage: LanguageChoice;
  uiLanguage: LanguageChoice;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  sites: { disabled: [], added: [] },
  marks: { people: true, organisations: true, figures: true, background: true },
  frequency: 'every',
  underline: 'dotted',
  hoverDelayMs: 500,
  cardLanguage: 'auto',
  uiLanguage: 'auto',
};

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

/** Which mark group an entity kind belongs to. */
export function groupOfKind(kind: EntityKindCode): MarkGroup {
  if (kind === 'person') return 'people';
  if (kind === 'organisation') return 'organisations';
  if (kind === 'figure') return 'figures';
  return 'background';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => list.includes(v as T);

/**
 * The stored value as settings, or null when it is not a valid v2 settings object (missing fields are
 * not allowed either: the caller falls back to defaults and says so).
 */
export function readSettings(raw: unknown): Settings | null {
  if (!isObject(raw)) return null;
  const { paused, sites, marks, frequency, underline, hoverDelayMs, cardLanguage, uiLanguage } = raw;
  if (typeof paused !== 'boolean') return null;
  if (!isObject(sites) || !isStringList(sites.disabled) || !isStringList(sites.added)) return null;
  if (!isObject(marks) || !MARK_GROUPS.every((g) => typeof marks[g] === 'boolean')) return null;
  if (!oneOf(FREQUENCIES, frequency) || !oneOf(UNDERLINES, underline)) return null;
  if (!oneOf(LANGUAGES, cardLanguage) || !oneOf(LANGUAGES, uiLanguage)) return null;
  if (typeof hoverDelayMs !== 'number' || !Number.isInteger(hoverDelayMs)) return null;
  if (hoverDelayMs < HOVER_DELAY_MIN || hoverDelayMs > HOVER_DELAY_MAX) return null;
  return {
    paused,
    sites: { disabled: [...sites.disabled], added: [...sites.added] },
    marks: {
      people: marks.people as boolean,
      organisations: marks.organisations as boolean,
      figures: marks.figures as boolean,
      background: marks.background as boolean,
    },
    frequency,
    underline,
    hoverDelayMs,
    cardLanguage,
    uiLanguage,
  };
}

/** Normalises a host the reader typed or a page's hostname: lower case, no scheme, path or port. */
export function normalizeHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  s = s
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(s)) return null;
  return s;
}

/** Whether `hostname` is covered by `site` (the same host or a subdomain of it). */
export function hostMatches(hostname: string, site: string): boolean {
  const h = hostname.toLowerCase();
  const s = site.toLowerCase();
  return h === s || h.endsWith(`.${s}`);
}

/** Legacy "disabled" list as stored by v1 code (anything else reads as empty). */
export function readLegacyDisabled(raw: unknown): string[] {
  return isStringList(raw) ? raw : [];
}

export type OffReason = 'paused' | 'site' | null;

/** Why Backstory is off on `hostname`, if it is. */
export function offReason(settings: Settings, legacyDisabled: readonly string[], hostname: string): OffReason {
  if (settings.paused) return 'paused';
  const off = [...settings.sites.disabled, ...legacyDisabled].some((site) => hostMatches(hostname, site));
  return off ? 'site' : null;
}
