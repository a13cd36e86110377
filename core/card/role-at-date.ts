/**
 * Which role a person held on a given date, and which role is the latest one in the dataset.
 * Dates are ISO calendar dates (YYYY-MM-DD), so string comparison is date comparison.
 */
export interface DatedRole {
  title: string;
  organisation?: string;
  from: string;
  /** Omitted while the role is held. */
  to?: string;
}

/**
 * The role held on `date`: the one whose period contains it (`from` ≤ date ≤ `to`, both inclusive —
 * on the day someone leaves a post the news still calls them by it). Where periods overlap, the one
 * that started last wins.
 */
export function roleAt<R extends DatedRole>(roles: readonly R[], date: string): R | null {
  let best: R | null = null;
  for (const role of roles) {
    if (role.from > date) continue;
    if (role.to !== undefined && role.to < date) continue;
    if (!best || role.from > best.from) best = role;
  }
  return best;
}

/** The role that ended most recently before `date` (for "former …" when no role covers the date). */
export function lastRoleBefore<R extends DatedRole>(roles: readonly R[], date: string): R | null {
  let best: R | null = null;
  for (const role of roles) {
    if (role.to === undefined || role.to >= date) continue;
    if (!best || (best.to as string) < role.to) best = role;
  }
  return best;
}

/** The latest role in the dataset: an open role (latest start) if any, else the one that ended last. */
export function latestRole<R extends DatedRole>(roles: readonly R[]): R | null {
  let best: R | null = null;
  for (const role of roles) {
    if (!best) {
      best = role;
      continue;
    }
    const bestOpen = best.to === undefined;
    const open = role.to === undefined;
    if (open !== bestOpen) {
      if (open) best = role;
      continue;
    }
    const key = (r: R) => (r.to === undefined ? r.from : `${r.to}|${r.from}`);
    if (key(role) > key(best)) best = role;
  }
  return best;
}

export type RoleThen<R> =
  /** Held this role on the date. */
  | { status: 'held'; role: R }
  /** Held no role in the dataset on the date; had held this one until before it. */
  | { status: 'former'; role: R }
  /** The date is before every role in the dataset. */
  | { status: 'before'; role: null }
  /** No article date: nothing to say about "then". */
  | { status: 'unknown'; role: null };

export interface RoleTimeline<R> {
  atDate: RoleThen<R>;
  latest: R | null;
  /** Whether the latest role differs from what was held on the date (show both). */
  changed: boolean;
}

export function roleTimeline<R extends DatedRole>(roles: readonly R[], date: string | null): RoleTimeline<R> {
  const latest = latestRole(roles);
  if (!date) return { atDate: { status: 'unknown', role: null }, latest, changed: false };
  const held = roleAt(roles, date);
  if (held) return { atDate: { status: 'held', role: held }, latest, changed: latest !== held };
  const former = lastRoleBefore(roles, date);
  if (former) return { atDate: { status: 'former', role: former }, latest, changed: latest !== former };
  return { atDate: { status: 'before', role: null }, latest, changed: latest !== null };
}
