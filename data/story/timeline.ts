import type { TimelineEvent } from '../schema';

/** Dated events from the 1994 Budapest Memorandum to the fund's latest news, oldest first. */
export const timeline: TimelineEvent[] = [];
