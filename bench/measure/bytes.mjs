// (1) Bytes shipped per entry: the worker script, and each HTML page with the scripts and
// stylesheets it loads. Compressed per file (gzip -9, brotli q11) and summed, the way a browser
// would fetch them one by one; store zips compress per file too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */
/** @typedef {Sizes & { files: string[], perFile: Record<string, Sizes> }} Size */

/** @param {Buffer} data @returns {Sizes} */
function sizes(data) {
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
  };
}

/** @param {string} dir @param {string[]} files @returns {Size} */
function sum(dir, files) {
  /** @type {Size} */
  const total = { raw: 0, gzip: 0, brotli: 0, files, perFile: {} };
  for (const f of files) {
    const s = sizes(readFileSync(join(dir, f)));
    total.perFile[f] = s;
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

/** Local scripts and stylesheets an HTML page loads (remote ones would be a lint error anyway). */
function pageFiles(/** @type {string} */ dir, /** @type {string} */ html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...text.matchAll(/<link[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"|<link[^>]*\bhref="([^"]+)"[^>]*\brel="stylesheet"/g)]
    .map((m) => m[1] ?? m[2])
    .filter((r) => r && !/^[a-z]+:/i.test(r))
    .map((r) => r.replace(/^\//, ''));
  return [html, ...new Set(refs)];
}

/** @param {string} dir @returns {string[]} */
function allFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

/**
 * @param {import('../lib/extensions.mjs').Extension} ext
 * @returns {{ entries: Record<string, Size>, total: Size }}
 */
export function measureBytes(ext) {
  const manifest = JSON.parse(readFileSync(join(ext.dir, 'manifest.json'), 'utf8'));
  /** @type {Record<string, Size>} */
  const entries = {};
  const worker = manifest.background?.service_worker;
  if (worker) entries.background = sum(ext.dir, [worker]);
  // Pages the manifest names are listed by their role, so a peer's pages line up with ours.
  /** @type {Record<string, string>} */
  const roles = {};
  const popup = manifest.action?.default_popup;
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (popup) roles[popup.replace(/^\//, '')] = 'popup';
  if (options) roles[options.replace(/^\//, '')] = 'options';
  const pages = allFiles(ext.dir).filter((f) => f.endsWith('.html') && f !== 'bench-blank.html').sort();
  for (const html of pages) entries[roles[html] ?? html.replace(/\.html$/, '')] = sum(ext.dir, pageFiles(ext.dir, html));
  // Scripts no entry names statically are loaded at run time (the illustrations, the polyfill
  // for older browsers): listed on their own, as the issue allows them to load separately.
  const claimed = new Set(Object.values(entries).flatMap((e) => e.files));
  for (const js of allFiles(ext.dir).filter((f) => f.endsWith('.js') && !claimed.has(f)).sort()) entries[js] = sum(ext.dir, [js]);
  const files = allFiles(ext.dir).filter((f) => f !== 'bench-blank.html').map((f) => relative(ext.dir, join(ext.dir, f)));
  const total = sum(ext.dir, files);
  // One line per file would bury the entries; the total keeps only its sums.
  return { entries, total: { raw: total.raw, gzip: total.gzip, brotli: total.brotli, files: [`${files.length} files`], perFile: {} } };
}
