/** Entity display names for extension pages (the popup's emphasis picker, evidence), from the bundled dataset. */
import type { UiLanguage } from '../core/i18n';
import { entityMap } from '../core/sidebar/view';
import dataset from '../data/generated/dataset.json';
import type { Dataset } from '../data/schema';

const entities = entityMap(dataset as unknown as Dataset);

/** The entity's name, or its id when the dataset no longer has it (an emphasis stored by an older version). */
export function entityName(id: string): string {
  return entities.get(id)?.name ?? id;
}

/** The entity's name in a language other than English, where the dataset has it (else undefined). */
export function entityNameIn(id: string, language: UiLanguage): string | undefined {
  return language === 'uk' ? entities.get(id)?.uk?.name : undefined;
}
