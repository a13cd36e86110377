import { articleHtml } from './article-html';
import { cardUiLoader } from './card-ui-loader';
import type { ContentFeature } from './feature';
import { hoverHighlight } from './hover-highlight';
import { pageStateMessages } from './page-state-messages';
import { revealMention } from './reveal-mention';
import { settingsFeature } from './settings';
import { uiHostOnAnnotate } from './ui-host';

/** Every content-script feature, in start order. */
export const FEATURES: ContentFeature[] = [
  settingsFeature,
  pageStateMessages,
  uiHostOnAnnotate,
  hoverHighlight,
  revealMention,
  cardUiLoader,
  articleHtml,
];
