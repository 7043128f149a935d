// Our stretch instructions, the store listing and the privacy policy must be our own words. The
// reference article sits beside the repo (../shared, given to the team) and is not redistributed,
// so this check runs where it exists.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const tool = new URL('../../shared/tools/prose-overlap.mjs', import.meta.url).pathname;
if (!existsSync(tool)) {
  const message = `prose check: ${tool} not found (the reference article is kept outside the repo)`;
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message}; not checked here`);
  process.exit(0);
}
const paths = ['src', '_locales', 'README.md', 'store', 'PRIVACY.md'].filter((p) => existsSync(p));
const result = spawnSync(process.execPath, [tool, ...paths], { stdio: 'inherit' });
process.exit(result.status ?? 1);
