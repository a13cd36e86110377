/**
 * zod/mini, set never to compile validators with `new Function`: extension CSPs forbid it (and even
 * zod's probe for it would report a CSP violation), in extension pages and in content scripts alike (the
 * card UI bundle checks a share link's payload before it writes one). Every module of ours that
 * defines a schema takes `z` from here, so none can run before the setting.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
