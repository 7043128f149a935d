// `npm run release` (`npm run package` is the same): everything the Chrome Web Store, AMO and Edge
// Add-ons take, made from one commit and checked before anything is written. It builds from
// `git archive HEAD`, never from the working tree, so it refuses a tree with uncommitted changes
// (they would not be in the release). The store zips and the source zip come from that one
// commit, so what a reviewer rebuilds from the source zip is what the stores got
// (tests/scripts/release.test.ts does that rebuild). Writes into web-ext-artifacts/, or
// UNHUNCH_ARTIFACTS: unhunch-{chrome,firefox,source}-<v>.zip and the store folder, unhunch-store-<v>/.
// It needs only Node's own modules until the export has its packages, so it runs in a bare clone.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from './lib/files-under.mjs';
import { NOTICES_FILE } from './lib/licence-notices.mjs';
import { releaseSummary } from './lib/release-summary.mjs';
import { checkStoreLimits } from './lib/store-limits.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = resolve(process.env.UNHUNCH_ARTIFACTS ?? join(root, 'web-ext-artifacts'));
const targets = /** @type {const} */ (['chrome', 'firefox']);

// What the child processes see: none of our own overrides (UNHUNCH_DIST would send the export's
// build elsewhere), and none of what `npm run` tells its script about this checkout (a nested npm
// could take the repository for its project instead of the export).
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(UNHUNCH_|npm_config_local_prefix$|npm_package_|npm_lifecycle_)/.test(key)),
);
/** @param {string} cmd @param {string[]} args @param {string} cwd */
const run = (cmd, args, cwd) => void execFileSync(cmd, args, { cwd, env, stdio: 'inherit' });
/** @param {string} cmd @param {string[]} args @param {string} cwd */
const read = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, env, encoding: 'utf8' }).trimEnd();

class Refusal extends Error {}

/** @param {string} work a scratch folder, removed afterwards */
async function release(work) {
  const dirty = read('git', ['status', '--porcelain'], root);
  if (dirty)
    throw new Refusal(
      `refusing to release: the working tree has uncommitted changes, and a release is built from the commit alone (HEAD), so they would not be in it. Commit or stash them and run it again. Nothing was written.\n${dirty}`,
    );

  const commit = read('git', ['rev-parse', 'HEAD'], root);
  const src = join(work, 'export');
  mkdirSync(src);
  run('git', ['archive', '--format=tar', '-o', join(work, 'export.tar'), commit], root);
  run('tar', ['-xf', join(work, 'export.tar'), '-C', src], root);
  const { version } = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8'));
  const zipOf = (/** @type {string} */ kind) => `unhunch-${kind}-${version}.zip`;
  const storeDir = `unhunch-store-${version}`;

  // The commands docs/REVIEWERS.md gives, with the npm cache preferred over the network.
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], src);
  run('npm', ['run', 'build'], src);
  const webExt = join(src, 'node_modules/web-ext/bin/web-ext.js');
  const dist = (/** @type {string} */ target) => join(src, 'dist', target);

  const problems = [];
  const manifests = Object.fromEntries(targets.map((t) => [t, JSON.parse(readFileSync(join(dist(t), 'manifest.json'), 'utf8'))]));
  for (const t of targets)
    if (manifests[t].version !== version) problems.push(`dist/${t}/manifest.json says ${manifests[t].version}, package.json ${version}`);
  problems.push(...checkStoreLimits(src));
  if (!existsSync(join(src, 'store')))
    problems.push(`store/ is not in commit ${commit.slice(0, 7)}: the listing, review notes and images belong in the release`);
  const note = join(src, 'docs/REVIEWERS.md');
  if (!existsSync(note) || !readFileSync(note, 'utf8').includes(zipOf('source')))
    problems.push(`docs/REVIEWERS.md does not name ${zipOf('source')}: its build commands must be this version's`);
  console.log('\n=== web-ext lint dist/firefox ===');
  const lint = spawnSync(
    process.execPath,
    [webExt, 'lint', '--source-dir', dist('firefox'), '--warnings-as-errors', '--self-hosted=false'],
    { cwd: src, env, stdio: 'inherit' },
  );
  if (lint.status !== 0) problems.push('web-ext lint --warnings-as-errors failed on dist/firefox (see above)');

  // Everything is made and checked in the scratch folder; out/ gets it only when all is well.
  const made = join(work, 'artifacts');
  for (const t of targets)
    run(
      process.execPath,
      [webExt, 'build', '--source-dir', dist(t), '--artifacts-dir', made, '--filename', zipOf(t), '--overwrite-dest'],
      src,
    );
  run('git', ['archive', '--format=zip', `--prefix=unhunch-${version}/`, '-o', join(made, zipOf('source')), commit], root);
  if (existsSync(join(src, 'store'))) cpSync(join(src, 'store'), join(made, storeDir), { recursive: true });
  // Each store zip holds exactly its built folder, the licence notices included.
  const JSZip = createRequire(join(src, 'package.json'))('jszip');
  for (const t of targets) {
    const zip = await JSZip.loadAsync(readFileSync(join(made, zipOf(t))));
    const listed = Object.keys(zip.files)
      .filter((f) => !zip.files[f].dir)
      .sort();
    if (listed.join('\n') !== filesUnder(dist(t)).join('\n')) problems.push(`${zipOf(t)} does not hold exactly dist/${t}`);
    if (!listed.includes(NOTICES_FILE)) problems.push(`${zipOf(t)} has no ${NOTICES_FILE}`);
  }
  if (problems.length)
    throw new Refusal(
      `not released: ${problems.length} problem${problems.length === 1 ? '' : 's'}, and nothing was written to ${out}\n- ${problems.join('\n- ')}`,
    );

  mkdirSync(out, { recursive: true });
  for (const name of [zipOf('chrome'), zipOf('firefox'), zipOf('source'), storeDir]) {
    rmSync(join(out, name), { recursive: true, force: true });
    cpSync(join(made, name), join(out, name), { recursive: true });
  }
  console.log(
    releaseSummary({
      version,
      commit,
      manifests,
      npm: read('npm', ['--version'], src),
      out,
      files: [zipOf('chrome'), zipOf('firefox'), zipOf('source'), storeDir],
    }),
  );
}

const work = mkdtempSync(join(tmpdir(), 'unhunch-release-'));
try {
  await release(work);
} catch (err) {
  // A refusal says everything itself; a failed command has already printed its output.
  console.error(`\nnpm run release: ${err instanceof Refusal ? err.message : `failed: ${err instanceof Error ? err.message : err}`}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
