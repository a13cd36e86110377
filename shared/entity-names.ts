/** Entity display names for extension pages (the popup's emphasis picker), from the bundled dataset. */
import dataset from '../data/generated/dataset.json';

const names = new Map<string, string>(dataset.entities.map((e) => [e.id, e.name]));

/** The entity's name, or its id when the dataset no longer has it (an emphasis stored by an older version). */
export function entityName(id: string): string {
  return names.get(id) ?? id;
}
