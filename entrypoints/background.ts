/** The background: each concern in its own module under background/. */
export default defineBackground(() => {});
