/** Messages and handles between the content script, the card UI bundle and the background (contract only). */

/** Content script → background: inject the card UI bundle into this frame (story pages only). */
export const LOAD_UI = 'backstory:load-ui' as const;

/** Background → content scripts of a tab: the reader pressed a mention-navigation command. */
export const MENTION_NAV = 'backstory:mention-nav' as const;

/** The card UI bundle, as the background injects it (relative to the extension root). */
export const CARD_UI_FILE = '/content-scripts/card-ui.js';

/**
 * Where the content script leaves its PageApi for the card UI bundle: a global of the extension's
 * isolated world (both scripts share it), invisible to page scripts.
 */
export const PAGE_API_KEY = Symbol.for('backstory.page');
/** Set by the card UI bundle once it runs, so a second injection does nothing. */
export const CARD_UI_KEY = Symbol.for('backstory.card-ui');
