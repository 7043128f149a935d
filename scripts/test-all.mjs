// `npm test`: the whole suite, in the order a failure is cheapest to find — types, format and lint, unit tests,
// build, lint (web-ext + prose), then real Chromium and Firefox. Every step runs even after a
// failure so one run shows everything that is wrong; the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('artifacts', { recursive: true });
const steps = [
  ['types', 'npx', ['tsc', '--noEmit']],
  ['types (e2e)', 'npx', ['tsc', '--noEmit', '-p', 'tests/e2e']],
  // Formatting and the lint rules that catch real bugs (floating promises, unused code): biome.json.
  ['format and lint', 'npx', ['biome', 'ci', '.']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/unit.json']],
  ['build', 'node', ['build.mjs']],
  ['web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--warnings-as-errors', '--self-hosted=false']],
  ['prose', 'node', ['scripts/prose-check.mjs']],
  // Chromium and Firefox side by side in lanes (scripts/e2e.mjs), each writing artifacts/e2e-<lane>.json.
  ['e2e', 'node', ['scripts/e2e.mjs']],
];
/** The reports a step writes: the unit run's, and one per e2e lane (scripts/e2e.mjs clears and writes those). */
const reportsOf = (name) =>
  name === 'unit'
    ? ['artifacts/unit.json']
    : name === 'e2e'
      ? readdirSync('artifacts')
          .filter((f) => /^e2e-.*\.json$/.test(f))
          .map((f) => `artifacts/${f}`)
      : [];

const failed = [];
/** How long each step took, printed at the end: the suite's time budget is watched per step. */
const times = [];
const suiteStarted = Date.now();
for (const [name, cmd, args] of steps) {
  if (name === 'e2e' && failed.includes('build')) {
    failed.push(name);
    continue;
  }
  for (const f of reportsOf(name)) rmSync(f, { force: true });
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  times.push(`${name} ${Math.round((Date.now() - started) / 1000)} s`);
  if (result.status !== 0) failed.push(name);
}

let passed = 0;
let failedTests = 0;
for (const file of [...reportsOf('unit'), ...reportsOf('e2e')]) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failedTests += report.numFailedTests;
}
console.log(`\ntimes: ${times.join(', ')}; in all ${Math.round((Date.now() - suiteStarted) / 1000)} s`);
console.log(`steps: ${steps.length - failed.length} of ${steps.length} ok${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`);
// The plain closing line CI reads.
console.log(`${passed} passed, ${failedTests + (failed.length && !failedTests ? failed.length : 0)} failed`);
process.exit(failed.length ? 1 : 0);
