import type { StoryInput } from '../schema';

export const signals: StoryInput['signals'] = [];
export const entitySignals: StoryInput['entitySignals'] = [];
