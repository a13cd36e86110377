/**
 * True only in a benchmark or profile build (BACKSTORY_BENCH=1 or BACKSTORY_PROFILE=1, set in
 * wxt.config.ts): the content scripts' user-timing entries (`backstory:*`) exist only there, because any
 * page script can read them (`performance.getEntries()`) and so tell that Backstory runs.
 */
declare const __BACKSTORY_BENCH__: boolean;
