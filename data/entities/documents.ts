import type { DocumentInput } from '../schema';

export const documents: DocumentInput[] = [];
