// (1) Bytes shipped per entry: the worker script, and each HTML page with the scripts and
// stylesheets it loads. Compressed per file (gzip -9, brotli q11) and summed, the way a browser
// would fetch them one by one; store zips compress per file too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files the bench adds to its copies of a build (measure/firefox.mjs, lib/extensions.mjs). */
const BENCH_FILES = ['bench-blank.html', 'bench-probe.js'];

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */
/** @typedef {Sizes & { files: string[], perFile: Record<string, Sizes>, missing?: string[] }} Size */

/** @param {Buffer} data @returns {Sizes} */
function sizes(data) {
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })
      .length,
  };
}

/** @param {string} dir @param {string[]} files @returns {Size} */
function sum(dir, files) {
  /** @type {Size} */
  const total = { raw: 0, gzip: 0, brotli: 0, files, perFile: {} };
  for (const f of files) {
    // A page naming a file that is not there loads without it in the browser too: noted, not fatal.
    if (!existsSync(join(dir, f))) {
      (total.missing ??= []).push(f);
      continue;
    }
    const s = sizes(readFileSync(join(dir, f)));
    total.perFile[f] = s;
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

/**
 * A manifest or page reference as a path from the extension's root, or null when it is remote or
 * leaves the extension. Relative references resolve from the referring file's folder
 * (newtab/newtab.html loads newtab/newtab.js); "/x" and manifest paths from the root.
 * @param {string} ref @param {string} from folder of the referring file, '' for the root
 */
export function resolveRef(ref, from) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null;
  const bare = ref.replace(/[?#].*$/, '');
  const path = posix.normalize(bare.startsWith('/') ? bare.slice(1) : posix.join(from, bare));
  return path === '.' || path.startsWith('../') || path === '..' ? null : path;
}

/**
 * The page and the local scripts and stylesheets it loads, as paths from the root.
 * @param {string} html the page's path from the root @param {string} text its markup
 */
export function pageFiles(html, text) {
  const refs = [
    ...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...text.matchAll(/<link[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"|<link[^>]*\bhref="([^"]+)"[^>]*\brel="stylesheet"/g),
  ]
    .map((m) => m[1] ?? m[2])
    .filter((r) => r !== undefined)
    .map((r) => resolveRef(r, posix.dirname(html) === '.' ? '' : posix.dirname(html)))
    .filter((r) => r !== null);
  return [html, ...new Set(refs)];
}

/**
 * Every file of the extension, as posix paths from its root. Dot-folders (a peer's .git) and
 * node_modules are not part of what a browser loads, nor of a store upload.
 * @param {string} dir @returns {string[]}
 */
function allFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => !f.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .filter((f) => statSync(join(dir, f)).isFile());
}

/**
 * @param {import('../lib/extensions.mjs').Extension} ext
 * @returns {{ entries: Record<string, Size>, total: Size }}
 */
export function measureBytes(ext) {
  const manifest = JSON.parse(readFileSync(join(ext.dir, 'manifest.json'), 'utf8'));
  const fromRoot = (/** @type {unknown} */ p) => (typeof p === 'string' ? resolveRef(p, '') : null);
  /** @type {Record<string, Size>} */
  const entries = {};
  // Chrome's service worker, or Firefox's event page scripts.
  const worker = (manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []))
    .map(fromRoot)
    .filter((/** @type {string | null} */ f) => f !== null);
  if (worker.length) entries.background = sum(ext.dir, worker);
  // Pages the manifest names are listed by their role, so a peer's pages line up with ours
  // wherever its folders put them (popup/popup.html is the popup, options_page or options_ui).
  /** @type {Record<string, string>} */
  const roles = {};
  const popup = fromRoot(manifest.action?.default_popup);
  const options = fromRoot(manifest.options_ui?.page ?? manifest.options_page);
  if (popup) roles[popup] = 'popup';
  if (options) roles[options] = 'options';
  // The bench's own additions to its copies (the blank page, Firefox's probe) are not shipped.
  const files = allFiles(ext.dir).filter((f) => !BENCH_FILES.includes(f));
  for (const html of files.filter((f) => f.endsWith('.html')).sort()) {
    entries[roles[html] ?? html.replace(/\.html$/, '')] = sum(ext.dir, pageFiles(html, readFileSync(join(ext.dir, html), 'utf8')));
  }
  // Content scripts and their styles run in every matching web page: one entry for all of them.
  /** @type {string[]} */
  const injected = (Array.isArray(manifest.content_scripts) ? manifest.content_scripts : [])
    .flatMap((/** @type {any} */ c) => [...(c.js ?? []), ...(c.css ?? [])])
    .map(fromRoot)
    .filter((/** @type {string | null} */ f) => f !== null);
  if (injected.length) entries.content = sum(ext.dir, [...new Set(injected)]);
  // Scripts no entry names statically are loaded at run time (the illustrations, the polyfill
  // for older browsers): listed on their own, as the issue allows them to load separately.
  const claimed = new Set(Object.values(entries).flatMap((e) => e.files));
  for (const js of files.filter((f) => f.endsWith('.js') && !claimed.has(f)).sort()) entries[js] = sum(ext.dir, [js]);
  const total = sum(ext.dir, files);
  // One line per file would bury the entries; the total keeps only its sums.
  return { entries, total: { raw: total.raw, gzip: total.gzip, brotli: total.brotli, files: [`${files.length} files`], perFile: {} } };
}
