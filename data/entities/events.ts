import type { EventInput } from '../schema';

export const events: EventInput[] = [];
