/**
 * Imported first by every extension page and the background: zod never compiles validators with
 * `new Function` (extension CSPs forbid it, and even the probe would report a CSP violation).
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
