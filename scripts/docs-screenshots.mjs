// Copies the screenshots the e2e suite took into docs/screenshots for the README. Run after
// `npm run test:e2e` (or `npm test`): `npm run docs:screenshots`.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const wanted = [
  'popup-card-light',
  'popup-card-dark',
  'popup-timer-light',
  'popup-timer-dark',
  'popup-routine-light',
  'popup-finish-light',
  'options-light',
  'options-dark',
  'stats-light',
  'stats-dark',
  'a11y-welcome-light',
  'popup-ready-light',
  'popup-snoozed-light',
  'figures-moving-chromium',
  'devices-stats-chromium-light',
  'organisation-options-firefox-light',
  'stats-narrow-light',
  'stretch-window-light-chromium',
  'stretch-window-dark-chromium',
  'pin-hint-light-chromium',
  'custom-editor-light-chromium',
  'custom-editor-dark-chromium',
];
mkdirSync('docs/screenshots', { recursive: true });
const missing = wanted.filter((name) => !existsSync(`tests/e2e/screenshots/${name}.png`));
if (missing.length) {
  console.error(`Missing screenshots (run the e2e suite first): ${missing.join(', ')}`);
  process.exit(1);
}
for (const name of wanted) copyFileSync(`tests/e2e/screenshots/${name}.png`, `docs/screenshots/${name}.png`);
console.log(`docs/screenshots: ${wanted.length} files updated`);
