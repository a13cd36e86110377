/**
 * Imported first by every extension page and the background: zod never compiles validators with
 * `new Function` (core/zod.ts).
 */
import '../core/zod';
