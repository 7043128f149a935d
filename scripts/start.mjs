// `npm start` builds and opens a real browser with Unhunch loaded, reloading on rebuild.
// Chromium by default; `npm start -- --firefox` for Firefox.
import { spawn, spawnSync } from 'node:child_process';

const firefox = process.argv.includes('--firefox');
const build = spawnSync(process.execPath, ['build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const args = firefox
  ? [
      'run',
      '--source-dir',
      'dist/firefox',
      '--target',
      'firefox-desktop',
      '--firefox',
      process.env.UNHUNCH_FIREFOX ?? '/usr/bin/firefox-esr',
    ]
  : [
      'run',
      '--source-dir',
      'dist/chrome',
      '--target',
      'chromium',
      '--chromium-binary',
      process.env.UNHUNCH_CHROMIUM ?? '/usr/lib/chromium/chromium',
      // Chromium refuses to run as root with its sandbox on (containers, CI boxes).
      ...(process.getuid?.() === 0 ? ['--args=--no-sandbox'] : []),
    ];
const child = spawn('npx', ['web-ext', ...args, '--no-input'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
