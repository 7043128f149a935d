// Where the real browsers live, and the message a contributor sees when one is missing. A
// missing browser fails the run: an e2e suite that silently skips proves nothing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_PATH = process.env.UNHUNCH_CHROMIUM ?? '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = process.env.UNHUNCH_FIREFOX ?? '/usr/bin/firefox-esr';
export const FAKETIME_LIB = process.env.UNHUNCH_FAKETIME_LIB ?? '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST_CHROME = `${ROOT}dist/chrome`;
export const DIST_FIREFOX = `${ROOT}dist/firefox`;
export const SCREENSHOTS = `${ROOT}tests/e2e/screenshots`;

const howTo = 'Run `npm run setup` (it installs chromium, firefox-esr and faketime from Debian), or point the env var at your own binary.';

export function missingBrowsers(): string[] {
  const problems: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) problems.push(`Chromium not found at ${CHROMIUM_PATH} (UNHUNCH_CHROMIUM). ${howTo}`);
  if (!existsSync(FIREFOX_PATH)) problems.push(`Firefox ESR not found at ${FIREFOX_PATH} (UNHUNCH_FIREFOX). ${howTo}`);
  if (!existsSync(FAKETIME_LIB)) problems.push(`libfaketime not found at ${FAKETIME_LIB} (UNHUNCH_FAKETIME_LIB). ${howTo}`);
  for (const dir of [DIST_CHROME, DIST_FIREFOX]) {
    if (!existsSync(`${dir}/manifest.json`)) problems.push(`${dir} is not built: run \`npm run build\` first.`);
  }
  return problems;
}
