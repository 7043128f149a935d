// `npm run package`: store-ready zips for Chrome and Firefox, plus the source zip AMO reviewers
// ask for (everything tracked by git, with the README's build instructions). The version comes
// from package.json, which the build also writes into both manifests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'web-ext-artifacts';
rmSync(out, { recursive: true, force: true });
mkdirSync(out);

run(process.execPath, ['build.mjs']);
for (const target of ['chrome', 'firefox']) {
  run('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', out,
    '--filename', `unhunch-${target}-${version}.zip`, '--overwrite-dest']);
}
run('git', ['archive', '--format=zip', `--prefix=unhunch-${version}/`, '-o', `${out}/unhunch-source-${version}.zip`, 'HEAD']);
console.log(`\n${out}/: unhunch-chrome-${version}.zip, unhunch-firefox-${version}.zip, unhunch-source-${version}.zip`);
