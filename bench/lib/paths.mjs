import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_CHROME = `${ROOT}dist/chrome`;
export const RESULTS = `${ROOT}bench/results.json`;
