// `npm run test:e2e`: the real-browser suite, Chromium and Firefox side by side. Each browser gets
// its own vitest run over vitest.e2e.config.ts (UNHUNCH_E2E_BROWSER), its files one at a time, so
// at most one Chromium and one Firefox (the locales suite: two Chromiums) run at once. Most of an
// e2e test is a real timer running down, so the two halves share two cores well; the suite takes
// the time of the longer half instead of the sum. Output lines carry the browser's name; each
// half writes its report to artifacts/e2e-<browser>.json. Extra arguments (file filters, -t) go
// to both halves.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

export const E2E_BROWSERS = ['chromium', 'firefox'];
export const reportOf = (browser) => `artifacts/e2e-${browser}.json`;

const extra = process.argv.slice(2);
mkdirSync('artifacts', { recursive: true });

function half(browser) {
  rmSync(reportOf(browser), { force: true });
  const args = [
    'vitest',
    'run',
    '--config',
    'vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportOf(browser)}`,
    // A filter may name files of one browser only; the other half then has nothing to run.
    ...(extra.length ? ['--passWithNoTests'] : []),
    ...extra,
  ];
  const child = spawn('npx', args, {
    env: { ...process.env, UNHUNCH_E2E_BROWSER: browser, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tag = `[${browser}]`.padEnd(11);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${tag}${line}\n`));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve({ browser, code })));
}

const results = await Promise.all(E2E_BROWSERS.map(half));
const failed = results.filter((r) => r.code !== 0).map((r) => r.browser);
console.log(failed.length ? `e2e failed in: ${failed.join(', ')}` : 'e2e passed in both browsers');
process.exit(failed.length ? 1 : 0);
