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
  /**
   * `first-seen`: the start is not public and `from` is only the earliest date a source shows the role
   * held, so it may have begun earlier ("since at least …"). `month`/`year`: `from` is the period's first day.
   */
  fromPrecision?: 'month' | 'year' | 'first-seen';
}

/** Whether the role's start is only the date it was first seen held (it may have begun earlier). */
export function firstSeen(role: DatedRole): boolean {
  return role.fromPrecision === 'first-seen';
}

/**
 * The role held on `date`: the one whose period contains it (`from` ≤ date ≤ `to`, both inclusive —
 * on the day someone leaves a post the news still calls them by it). Where periods overlap, the one
 * that started last (rolesAt gives them all).
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

/**
 * Every role held on `date` (a person can hold two at once: Secretary of State and acting national
 * security adviser), the one that started last first.
 */
function rolesAt<R extends DatedRole>(roles: readonly R[], date: string): R[] {
  return roles
    .filter((role) => role.from <= date && (role.to === undefined || role.to >= date))
    .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
}

/**
 * The latest roles in the dataset: every role still held (the one that started last first), or, when
 * none is, the one that ended last. An ended role is never "current".
 */
function latestRoles<R extends DatedRole>(roles: readonly R[]): R[] {
  const open = roles.filter((role) => role.to === undefined);
  if (open.length) return [...open].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  const last = latestRole(roles);
  return last ? [last] : [];
}

export type RoleThen<R> =
  /** Held these roles on the date (one or more). */
  | { status: 'held'; roles: R[] }
  /** Held no role in the dataset on the date; had held this one until before it. */
  | { status: 'former'; role: R }
  /**
   * No role is known to be held on the date, but these roles were first seen held later and their start
   * is not public: they may already have been held (never "no role yet"). `former` is the role that ended
   * before the date, if any.
   */
  | { status: 'seen-later'; roles: R[]; former: R | null }
  /** The date is before every role in the dataset (and no role's start is merely "first seen"). */
  | { status: 'before' }
  /** No article date: nothing to say about "then". */
  | { status: 'unknown' };

export interface RoleTimeline<R> {
  atDate: RoleThen<R>;
  /** The latest roles (latestRoles): held now, or the one that ended last. */
  latest: R[];
  /**
   * Whether "latest" can read "same role": the latest roles are exactly the roles held on the date,
   * and all of them are still held.
   */
  same: boolean;
}

export function roleTimeline<R extends DatedRole>(roles: readonly R[], date: string | null): RoleTimeline<R> {
  const latest = latestRoles(roles);
  if (!date) return { atDate: { status: 'unknown' }, latest, same: false };
  const held = rolesAt(roles, date);
  if (held.length) {
    const same =
      held.length === latest.length && held.every((r) => latest.includes(r)) && latest.every((r) => r.to === undefined);
    return { atDate: { status: 'held', roles: held }, latest, same };
  }
  const former = lastRoleBefore(roles, date);
  // A role first seen after the date, not ended before it: its start is not public, so it may have been held.
  const seenLater = roles
    .filter((role) => firstSeen(role) && role.from > date && (role.to === undefined || role.to >= date))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  if (seenLater.length) return { atDate: { status: 'seen-later', roles: seenLater, former }, latest, same: false };
  if (former) return { atDate: { status: 'former', role: former }, latest, same: false };
  return { atDate: { status: 'before' }, latest, same: false };
}
