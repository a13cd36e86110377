import type { ContentFeature } from './feature';
import { hoverHighlight } from './hover-highlight';
import { pageStateMessages } from './page-state-messages';
import { uiHostOnAnnotate } from './ui-host';

/** Every content-script feature, in start order. */
export const FEATURES: ContentFeature[] = [pageStateMessages, uiHostOnAnnotate, hoverHighlight];
