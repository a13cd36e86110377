import type { PlaceInput } from '../schema';

export const places: PlaceInput[] = [];
