/** Messages between the sidebar, the background and other parts of the extension (contract only). */

/** Any part of the extension → background: open the sidebar (and select `entityId` if given). */
export const OPEN_SIDEBAR = 'backstory:open-sidebar' as const;

/** Background → open sidebars: select this entity for this tab. */
export const SIDEBAR_SELECT = 'backstory:sidebar-select' as const;

/** Sidebar → background, on start: the entity waiting to be selected for this tab, if any (answered once). */
export const SIDEBAR_TAKE_PENDING = 'backstory:sidebar-take-pending' as const;

/** Background → sidebars: close the side panel in this window (the toggle command). */
export const SIDEBAR_CLOSE = 'backstory:sidebar-close' as const;

/** The side panel holds a port named `${SIDEBAR_PORT}:${windowId}` open while it is shown. */
export const SIDEBAR_PORT = 'backstory-sidebar' as const;

/** Sidebar → the tab's content script: scroll to the next mention of this entity and flash it. */
export const REVEAL_MENTION = 'backstory:reveal-mention' as const;

/** Sidebar → the tab's content script: annotate although the story was not detected. */
export { ANNOTATE_ANYWAY } from './names';
