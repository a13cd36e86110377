/** The main content script's built files (entrypoints/content), for run-time registration and injection. */
export const CONTENT_SCRIPT_FILES = { js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] };

/** Popup → background: register the content script for `host` (its permission was just granted). */
export const REGISTER_SITE = 'backstory:register-site' as const;

/** The one origin pattern a user-added site is granted and registered for. */
export const originFor = (host: string): string => `https://${host}/*`;
