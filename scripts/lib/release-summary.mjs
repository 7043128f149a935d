// What `npm run release` prints when it is done: what was built, from what, with what, and how
// big each file is, so a release log answers a reviewer's "which Node, which commit".
import { existsSync, readFileSync, statSync } from 'node:fs';
import { arch, release, type } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from './files-under.mjs';

/**
 * @param {{ version: string, commit: string, manifests: Record<string, { version: string }>, npm: string, out: string, files: string[] }} made
 * @returns {string}
 */
export function releaseSummary({ version, commit, manifests, npm, out, files }) {
  const os = existsSync('/etc/os-release') ? /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  const bytes = (/** @type {number} */ n) => `${n.toLocaleString('en')} bytes`;
  const size = (/** @type {string} */ name) => {
    const path = join(out, name);
    if (!statSync(path).isDirectory()) return bytes(statSync(path).size);
    const inside = filesUnder(path);
    return `${inside.length} files, ${bytes(inside.reduce((sum, f) => sum + statSync(join(path, f)).size, 0))}`;
  };
  const width = Math.max(...files.map((f) => f.length));
  return [
    '',
    `Released Unhunch ${version} from commit ${commit}`,
    `versions: package.json ${version}, chrome manifest ${manifests.chrome?.version}, firefox manifest ${manifests.firefox?.version}`,
    `built with: node ${process.version}, npm ${npm}, ${os ? `${os}, ` : ''}${type()} ${release()} ${arch()}`,
    `in ${out}:`,
    ...files.map((f) => `  ${f.padEnd(width)}  ${size(f)}`),
    'checked: versions match; every locale within the store limits; web-ext lint, 0 warnings; licence notices in both store zips',
  ].join('\n');
}
