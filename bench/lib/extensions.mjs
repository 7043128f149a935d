// The extensions under test, each in a temp directory the bench owns: a copy of dist/chrome with
// one added blank page (the baseline for page timings), the generated blank MV3 extension (the
// floor), and optionally a peer given on the command line (measured from its own directory, never
// modified).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * @typedef {object} Extension
 * @property {string} name
 * @property {string} dir
 * @property {boolean} ours whether it speaks Unhunch's messages and reads its settings record
 */

// Same document shape as the popup pages, with one line of text so it paints something; it
// carries an elementtiming mark so its paint is timed exactly like the popup's card.
export const BLANK_HTML = `<!doctype html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>blank</title></head>
<body><p id="bench-blank" elementtiming="bench-blank">blank</p></body>
</html>
`;

/** @type {string[]} */
const made = [];

export function removeTempExtensions() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
// Also on Ctrl+C, which ends the process through process.exit() in lib/browser.mjs.
process.on('exit', removeTempExtensions);

/** A temp copy of an unpacked extension with the blank page added at its root. @param {string} from */
function copyWithBlankPage(from) {
  const dir = mkdtempSync(join(tmpdir(), 'unhunch-bench-ext-'));
  made.push(dir);
  cpSync(from, dir, { recursive: true, filter: (f) => !/[\\/]\.[^\\/]+$/.test(f.slice(from.length)) });
  writeFileSync(join(dir, 'bench-blank.html'), BLANK_HTML);
  return dir;
}

/** @param {string} dist */
export function copyOfBuild(dist) {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is not built: run node build.mjs first.`);
  return /** @type {Extension} */ ({ name: 'Unhunch', dir: copyWithBlankPage(dist), ours: true });
}

/**
 * A copy of the peer with the blank page added, to time its popup against a blank page of its
 * own (the peer's directory itself is never changed).
 * @param {Extension} peer
 */
export function peerCopyWithBlankPage(peer) {
  return /** @type {Extension} */ ({ ...peer, dir: copyWithBlankPage(peer.dir) });
}

/**
 * The popup page the manifest names (`action.default_popup`), relative to the root; null if none.
 * @param {Extension} ext
 */
export function popupPage(ext) {
  const manifest = JSON.parse(readFileSync(join(ext.dir, 'manifest.json'), 'utf8'));
  const page = manifest.action?.default_popup;
  return typeof page === 'string' && page ? page.replace(/^\.?\//, '') : null;
}

/**
 * The least an MV3 extension with a worker and a popup can be. Its worker listens for messages
 * (so the bench's wake message is delivered the same way as to Unhunch) and does nothing else.
 */
export function floorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'unhunch-bench-floor-'));
  made.push(dir);
  const manifest = {
    manifest_version: 3,
    name: 'Blank MV3 (bench floor)',
    version: '1.0',
    action: { default_popup: 'popup.html' },
    background: { service_worker: 'background.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener(() => {});\n');
  writeFileSync(join(dir, 'popup.html'), BLANK_HTML);
  return /** @type {Extension} */ ({ name: 'floor (blank MV3)', dir, ours: false });
}

/**
 * The floor for Firefox: the same blank extension as an MV3 event page (Firefox runs
 * background.scripts, not service workers) with a fixed add-on id.
 */
export function firefoxFloorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'unhunch-bench-ffloor-'));
  made.push(dir);
  const manifest = {
    manifest_version: 3,
    name: 'Blank MV3 (bench floor, Firefox)',
    version: '1.0',
    action: { default_popup: 'popup.html' },
    background: { scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: 'bench-floor@unhunch.app' } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'background.js'), 'browser.runtime.onMessage.addListener(() => {});\n');
  writeFileSync(join(dir, 'popup.html'), BLANK_HTML);
  // A second page, so the floor can be given the same loads as ours (popup and blank, in turn).
  writeFileSync(join(dir, 'bench-blank.html'), BLANK_HTML);
  return /** @type {Extension} */ ({ name: 'floor (blank MV3, Firefox)', dir, ours: false });
}

// The least a break reminder can do in MV3: one alarm, one notification, re-armed on
// break/done. It speaks the bench's side of Unhunch's protocol (settings in storage.sync,
// status/get, break/done) so the latency loop drives both the same way; whatever Unhunch adds on
// top of this floor is the engine's own cost.
const BREAK_FLOOR_WORKER = `const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const interval = () => chrome.storage.sync.get('settings').then((s) => s.settings?.breakIntervalMin ?? 30);
const arm = () => interval().then((min) => chrome.alarms.create('break', { delayInMinutes: min }));
chrome.alarms.onAlarm.addListener((a) => {
  if (a.name === 'break') chrome.notifications.create('due', { type: 'basic', title: 'Break', message: 'Time to stretch', iconUrl: ICON });
});
chrome.runtime.onMessage.addListener((m, _sender, reply) => {
  if (m?.type === 'break/done') { chrome.notifications.clear('due').then(arm).then(() => reply({})); return true; }
  if (m?.type === 'status/get') reply({});
  return false;
});
chrome.storage.onChanged.addListener(() => void arm());
chrome.alarms.get('break').then((a) => a || arm());
`;

/** A generated minimal break reminder: the floor for break latency. */
export function breakFloorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'unhunch-bench-breakfloor-'));
  made.push(dir);
  const manifest = {
    manifest_version: 3,
    name: 'Minimal break reminder (bench floor)',
    version: '1.0',
    permissions: ['alarms', 'notifications', 'storage'],
    background: { service_worker: 'background.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'background.js'), BREAK_FLOOR_WORKER);
  return /** @type {Extension} */ ({ name: 'floor (minimal break reminder)', dir, ours: true });
}

/** @param {string} dir */
export function peerExtension(dir) {
  const abs = resolve(dir);
  const manifestPath = join(abs, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`--peer ${dir}: no manifest.json there (give an unpacked extension directory).`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.manifest_version !== 3)
    throw new Error(`--peer ${dir}: manifest_version is ${manifest.manifest_version}, the bench measures MV3 only.`);
  const name = typeof manifest.name === 'string' && !manifest.name.startsWith('__MSG_') ? manifest.name : abs.split('/').pop();
  return /** @type {Extension} */ ({ name: `peer: ${name}`, dir: abs, ours: false });
}
