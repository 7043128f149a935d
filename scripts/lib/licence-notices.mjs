// The licence notices each build carries. The bundles are minified with their comments removed
// (legalComments: 'none' in build.mjs), which takes the packages' own notices out with them, so
// one file puts every notice back: Unhunch's licence, then each npm package whose code is in the
// build, with the full text of its LICENSE file. The list comes from esbuild's metafile, never
// from a hand-kept list that could miss a new dependency.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const NOTICES_FILE = 'LICENSES.txt';

/**
 * @typedef {{ dir: string, files: string[] }} ShippedPackage
 * `dir` is the package's folder relative to the build root (node_modules/preact); `files` are
 * the shipped files its code is in.
 */

/**
 * The packages whose code esbuild put into an output: inputs under node_modules that add bytes
 * to it (a module tree-shaken down to nothing ships nothing).
 * @param {{ outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> }} metafile
 * @returns {ShippedPackage[]} sorted by folder
 */
export function bundledPackages(metafile) {
  /** @type {Map<string, Set<string>>} */
  const found = new Map();
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      const dir = packageDir(input);
      if (!dir || bytesInOutput === 0) continue;
      if (!found.has(dir)) found.set(dir, new Set());
      found.get(dir)?.add(basename(output));
    }
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([dir, files]) => ({ dir, files: [...files].sort() }));
}

/**
 * The package folder a module path sits in: the last node_modules segment and the package name
 * after it (scoped names have two parts), so a nested copy counts as its own package.
 * @param {string} path a metafile input, relative to the build root, with forward slashes
 * @returns {string | undefined}
 */
export function packageDir(path) {
  const parts = path.split('/');
  const at = parts.lastIndexOf('node_modules');
  const nameParts = parts[at + 1]?.startsWith('@') ? 2 : 1;
  // A package folder and at least one file inside it.
  if (at < 0 || parts.length < at + nameParts + 2) return undefined;
  return parts.slice(0, at + 1 + nameParts).join('/');
}

/**
 * The notices file: Unhunch's own licence first, then one section per package, by name.
 * @param {string} root the folder holding LICENSE, package.json and node_modules
 * @param {ShippedPackage[]} shipped
 * @returns {string}
 */
export function licenceNotices(root, shipped) {
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  /** @type {Map<string, ShippedPackage>} */
  const byDir = new Map();
  for (const { dir, files } of shipped) byDir.set(dir, { dir, files: [...new Set([...(byDir.get(dir)?.files ?? []), ...files])].sort() });
  const sections = [...byDir.values()].map(({ dir, files }) => packageSection(root, dir, files)).sort((a, b) => (a.key < b.key ? -1 : 1));
  const rule = '='.repeat(72);
  return (
    [
      `Unhunch ${own.version}`,
      rule,
      licenceText(root, '.', 'Unhunch'),
      '',
      'Third-party software in this build',
      rule,
      'The npm packages below are in this build, each with its version, its licence, the files',
      'of this build it is in and the full text of its LICENSE file. Bundled code is minified by',
      'esbuild with its comments removed, which is why the notices are gathered here.',
      ...sections.map((s) => `\n${'-'.repeat(72)}\n${s.text}`),
    ].join('\n') + '\n'
  );
}

/** @param {string} root @param {string} dir @param {string[]} files */
function packageSection(root, dir, files) {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see below');
  const text = [
    `${pkg.name} ${pkg.version} (${licence})`,
    `In: ${files.join(', ')}`,
    '',
    licenceText(root, dir, `${pkg.name}@${pkg.version}`),
  ].join('\n');
  return { key: `${pkg.name}@${pkg.version}`, text };
}

/** The full text of a folder's LICENSE (or LICENCE, COPYING) files; a build without one fails. */
function licenceText(root, dir, name) {
  const files = readdirSync(join(root, dir))
    .filter((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f))
    .sort();
  if (files.length === 0) throw new Error(`${name} ships in the build but has no LICENSE file to copy its notice from`);
  return files.map((f) => readFileSync(join(root, dir, f), 'utf8').trimEnd()).join('\n\n');
}
