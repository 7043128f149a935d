// Every file in a folder, as paths relative to it with forward slashes (the way zips name them).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** @param {string} dir @returns {string[]} sorted */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}
