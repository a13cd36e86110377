/**
 * Message type names, in a module without zod: the content script imports these on every page, and
 * importing them from page-state.ts would evaluate its zod schemas there too.
 */
export const PAGE_STATE_REQUEST = 'backstory:page-state' as const;
/** Sent by the content script whenever its page state changes (the sidebar listens). */
export const PAGE_STATE_CHANGED = 'backstory:page-state-changed' as const;
/** Popup or sidebar → content script: annotate this page even though it was not detected. */
export const ANNOTATE_ANYWAY = 'backstory:annotate-anyway' as const;
