/** The whole dataset, as written. Validate with `parseDataset` (data/validate.ts) before use. */
import { concepts } from './entities/concepts';
import { documents } from './entities/documents';
import { events } from './entities/events';
import { figures } from './entities/figures';
import { organisations } from './entities/organisations';
import { people } from './entities/people';
import { places } from './entities/places';
import { story } from './story/index';

/** The date the dataset's facts were last reviewed against their sources. */
export const REVIEWED_AS_OF = '2026-12-03';

export const rawDataset = {
  reviewedAsOf: REVIEWED_AS_OF,
  story,
  entities: [...people, ...organisations, ...places, ...events, ...documents, ...concepts, ...figures],
};
