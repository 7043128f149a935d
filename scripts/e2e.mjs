// `npm run test:e2e`: the real-browser suite, Chromium and Firefox side by side, in lanes. Each
// lane is one vitest run over vitest.e2e.config.ts for one browser (UNHUNCH_E2E_BROWSER), its
// files one at a time, and writes its report to artifacts/e2e-<lane>.json. Most of an e2e test
// is a real timer running down or a browser starting, not work for the CPU, so lanes share two
// cores well and the suite takes the time of the longest lane instead of the sum. Firefox has
// two lanes: it does not start under libfaketime, so its stretch window spends two real minutes
// waiting on one-minute alarms, and a Firefox start costs seconds. The second lane holds that
// wait and a few files that time nothing (the editor, devices and policy), so the lanes come out
// about even: at most one Chromium and two Firefoxes run at once. Output lines carry the lane's
// name. Extra arguments (file filters, -t) go to one lane per browser, the whole suite in each.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** The second Firefox lane: the real alarms' wait, then files whose checks time nothing. */
const FIREFOX_SECOND = ['tests/e2e/stretch-window.test.ts', 'tests/e2e/custom-stretches.test.ts', 'tests/e2e/devices.test.ts'];

const extra = process.argv.slice(2);
const lanes = extra.length
  ? [
      // A filter may name files of one browser only; the other lane then has nothing to run.
      { name: 'chromium', browser: 'chromium', args: ['--passWithNoTests', ...extra] },
      { name: 'firefox', browser: 'firefox', args: ['--passWithNoTests', ...extra] },
    ]
  : [
      { name: 'chromium', browser: 'chromium', args: [] },
      { name: 'firefox', browser: 'firefox', args: FIREFOX_SECOND.flatMap((f) => ['--exclude', f]) },
      { name: 'firefox-2', browser: 'firefox', args: FIREFOX_SECOND },
    ];

mkdirSync('artifacts', { recursive: true });
// Reports of an earlier run, lanes since renamed included, would be counted as this run's.
for (const f of readdirSync('artifacts')) if (/^e2e-.*\.json$/.test(f)) rmSync(`artifacts/${f}`);

function lane({ name, browser, args }) {
  const child = spawn(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=artifacts/e2e-${name}.json`,
      ...args,
    ],
    {
      env: { ...process.env, UNHUNCH_E2E_BROWSER: browser, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const tag = `[${name}]`.padEnd(16);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${tag}${line}\n`));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve({ name, code })));
}

const results = await Promise.all(lanes.map(lane));
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
console.log(failed.length ? `e2e failed in: ${failed.join(', ')}` : `e2e passed in every lane (${results.map((r) => r.name).join(', ')})`);
process.exit(failed.length ? 1 : 0);
