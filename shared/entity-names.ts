/** Entity display names for extension pages (the popup's emphasis picker), from the bundled dataset. */
import { entityMap } from '../core/sidebar/view';
import dataset from '../data/generated/dataset.json';
import type { Dataset } from '../data/schema';

const entities = entityMap(dataset as unknown as Dataset);

/** The entity's name, or its id when the dataset no longer has it (an emphasis stored by an older version). */
export function entityName(id: string): string {
  return entities.get(id)?.name ?? id;
}
