// Builds the two unpacked extensions: dist/chrome and dist/firefox. Same bundles, one manifest
// each. `node build.mjs --watch` rebuilds on every change; `--analyze` prints each bundle's parts.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, watch as watchFs, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformManifest } from './scripts/lib/manifest-transform.mjs';
import { loadLocales } from './scripts/lib/locales.mjs';
import { pageHtml } from './scripts/lib/page-html.mjs';
import { privacyPage } from './scripts/lib/privacy-page.mjs';
import { bundledPackages, licenceNotices, NOTICES_FILE } from './scripts/lib/licence-notices.mjs';

const root = dirname(fileURLToPath(import.meta.url));
// UNHUNCH_DIST lets the build test write elsewhere while e2e tests read dist/.
const dist = process.env.UNHUNCH_DIST ?? join(root, 'dist');
const targets = /** @type {const} */ (['chrome', 'firefox']);
const pages = ['popup', 'options', 'stats', 'welcome', 'offscreen'];
const watch = process.argv.includes('--watch');
// `node build.mjs --analyze`: what each source file adds to every bundle (esbuild's metafile),
// to find code the worker does not need.
const analyze = process.argv.includes('--analyze');

const entryPoints = {
  background: 'src/background/index.ts',
  ...Object.fromEntries(pages.map((p) => [p, existsSync(join(root, 'src', p, 'index.tsx')) ? `src/${p}/index.tsx` : `src/${p}/index.ts`])),
};

/**
 * The schema Chrome checks an organisation's policy against, made from the settings table in
 * src/core/settings (bundled and run here, so the build never carries a copy that can drift).
 */
async function managedSchemaJson() {
  const built = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/core/settings/managed-schema.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'warning',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
  return JSON.stringify(module.managedSchema(), null, 2) + '\n';
}

// Not bundled, so not in the metafile: the Chrome build carries the polyfill as a file of its own.
const polyfill = { dir: 'node_modules/webextension-polyfill', files: ['browser-polyfill.js'] };

/** @param {string} schemaJson @param {import('esbuild').Metafile} metafile */
function writeStatic(schemaJson, metafile) {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const locales = loadLocales(join(root, '_locales'));
  for (const target of targets) {
    const out = join(dist, target);
    if (target !== 'chrome')
      cpSync(join(dist, 'chrome'), out, {
        recursive: true,
        filter: (f) => !/((manifest|browser-polyfill)\.js(on)?|managed_schema\.json)$/.test(f),
      });
    const manifest = transformManifest(source, target, version);
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    if (manifest.storage?.managed_schema) writeFileSync(join(out, manifest.storage.managed_schema), schemaJson);
    for (const page of pages)
      writeFileSync(join(out, `${page}.html`), pageHtml(page, { css: existsSync(join(dist, 'chrome', `${page}.css`)) }));
    // The privacy policy ships inside the extension, since it has no network and no web page of its own.
    writeFileSync(join(out, 'privacy.html'), privacyPage(readFileSync(join(root, 'PRIVACY.md'), 'utf8')));
    // Only Chrome before 148 lacks a native `browser`; platform/browser.ts loads this file there.
    if (target === 'chrome')
      cpSync(join(root, 'node_modules/webextension-polyfill/dist/browser-polyfill.min.js'), join(out, 'browser-polyfill.js'));
    writeFileSync(
      join(out, NOTICES_FILE),
      licenceNotices(root, [...bundledPackages(metafile), ...(target === 'chrome' ? [polyfill] : [])]),
    );
    mkdirSync(join(out, 'icons'), { recursive: true });
    for (const size of [16, 32, 48, 128]) cpSync(join(root, 'icons', `icon-${size}.png`), join(out, 'icons', `icon-${size}.png`));
    for (const [lang, messages] of locales) {
      mkdirSync(join(out, '_locales', lang), { recursive: true });
      writeFileSync(join(out, '_locales', lang, 'messages.json'), JSON.stringify(messages, null, 1) + '\n');
    }
  }
}

// Preact keeps an innerHTML path for dangerouslySetInnerHTML, which Unhunch never uses. Cutting
// it out keeps every bundle free of innerHTML, so AMO's linter has nothing to warn about and no
// future change can quietly start injecting markup.
/** @type {import('esbuild').Plugin} */
const noInnerHtml = {
  name: 'no-inner-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source
        .replace(/(\w+)\.innerHTML=(\w+)\.__html/g, '(()=>{throw Error("dangerouslySetInnerHTML is disabled in Unhunch")})()')
        .replace(/(\w+)\.__html==\w+\.innerHTML/g, '!1');
      if (patched.includes('innerHTML'))
        throw new Error('preact changed its innerHTML code path: update the no-inner-html plugin in build.mjs');
      return { contents: patched, loader: 'js' };
    });
  },
};

// idb's index.js ends with its async-iterator support (`for await` over stores and cursors, and
// `.iterate()`), installed as a side effect, so tree-shaking cannot drop it. Unhunch walks cursors
// with `continue()` only; cutting that part takes 0.7 KB out of the worker. If a later idb moves
// the markers, the build fails here rather than ship a half-cut module.
/** @type {import('esbuild').Plugin} */
const idbWithoutIterators = {
  name: 'idb-without-iterators',
  setup(build) {
    build.onLoad({ filter: /[\\/]idb[\\/]build[\\/]index\.js$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const from = source.indexOf('const advanceMethodProps');
      const to = source.indexOf('export {', from);
      const cut = from < 0 || to < 0 ? '' : source.slice(from, to);
      if (!cut.includes('async function* iterate') || source.slice(to).includes('iterate'))
        throw new Error('idb changed its async-iterator code: update the idb-without-iterators plugin in build.mjs');
      return { contents: source.slice(0, from) + source.slice(to), loader: 'js' };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const options = {
  absWorkingDir: root,
  entryPoints,
  outdir: join(dist, 'chrome'),
  bundle: true,
  format: 'iife',
  target: ['chrome123', 'firefox140'],
  minify: true,
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.svg': 'text' },
  logLevel: 'warning',
  // Which packages end up in the bundles, for the licence notices (and --analyze).
  metafile: true,
  plugins: [
    noInnerHtml,
    idbWithoutIterators,
    {
      name: 'static-files',
      setup(build) {
        build.onEnd(async (result) => {
          if (result.errors.length) return;
          try {
            if (!result.metafile) throw new Error('build.mjs: esbuild gave no metafile, so the licence notices cannot be listed');
            writeStatic(await managedSchemaJson(), result.metafile);
            if (watch) console.log(`[${new Date().toLocaleTimeString()}] rebuilt dist/chrome and dist/firefox`);
          } catch (err) {
            console.error(err instanceof Error ? err.message : err);
            if (!watch) process.exitCode = 1;
          }
        });
      },
    },
  ],
};

rmSync(dist, { recursive: true, force: true });
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  // esbuild watches what it bundles; pages, locales, icons and the manifest are copied, so watch
  // them too and recopy on change.
  for (const dir of ['src', '_locales', 'icons']) {
    watchFs(join(root, dir), { recursive: true }, (_event, file) => {
      if (file && /\.(json|png)$/.test(String(file))) void ctx.rebuild().catch(() => undefined);
    });
  }
  watchFs(join(root, 'manifest.json'), () => void ctx.rebuild().catch(() => undefined));
  console.log('watching src/, _locales/, icons/ and manifest.json — Ctrl+C to stop');
} else {
  const result = await esbuild.build(options);
  if (analyze && result.metafile) console.log(await esbuild.analyzeMetafile(result.metafile));
}
