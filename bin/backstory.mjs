#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so `npx backstory` works right after `npm install`.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const here = dirname(fileURLToPath(import.meta.url));
await import(pathToFileURL(join(here, '..', 'cli', 'main.ts')).href);
