// `npm run package`: store-ready zips for Chrome and Firefox, plus the source zip AMO reviewers
// ask for (everything tracked by git, whose README has the build instructions). The version
// comes from package.json, which the build also writes into both manifests. It builds into its
// own folder, so a running `npm run dev` or e2e suite keeps its dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { stdio: 'inherit', env });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = resolve(process.env.UNHUNCH_ARTIFACTS ?? 'web-ext-artifacts');
const dist = mkdtempSync(join(tmpdir(), 'unhunch-package-'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

try {
  run(process.execPath, ['build.mjs'], { ...process.env, UNHUNCH_DIST: dist });
  for (const target of ['chrome', 'firefox']) {
    run('npx', ['web-ext', 'build', '--source-dir', join(dist, target), '--artifacts-dir', out,
      '--filename', `unhunch-${target}-${version}.zip`, '--overwrite-dest']);
  }
  run('git', ['archive', '--format=zip', `--prefix=unhunch-${version}/`, '-o', join(out, `unhunch-source-${version}.zip`), 'HEAD']);
} finally {
  rmSync(dist, { recursive: true, force: true });
}
console.log(`\n${out}: unhunch-chrome-${version}.zip, unhunch-firefox-${version}.zip, unhunch-source-${version}.zip`);
