import type { OrganisationInput } from '../schema';

export const organisations: OrganisationInput[] = [];
