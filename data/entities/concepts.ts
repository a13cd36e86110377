import type { ConceptInput } from '../schema';

export const concepts: ConceptInput[] = [];
