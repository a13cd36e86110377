import type { FigureInput } from '../schema';

export const figures: FigureInput[] = [];
