// The build is what we ship: it must be reproducible and produce two loadable trees.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { bundledPackages, licenceNotices, NOTICES_FILE, packageDir } from '../../scripts/lib/licence-notices.mjs';

const root = new URL('../..', import.meta.url).pathname;

const built: string[] = [];
afterAll(() => built.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function build(): string {
  const out = mkdtempSync(join(tmpdir(), 'unhunch-dist-'));
  built.push(out);
  execFileSync(process.execPath, ['build.mjs'], { cwd: root, env: { ...process.env, UNHUNCH_DIST: out } });
  return out;
}

function digest(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

describe('build.mjs', () => {
  it('is deterministic and writes both browsers with every file the manifests name', { timeout: 60_000 }, () => {
    const a = build();
    const b = build();
    expect(digest(a)).toEqual(digest(b));
    for (const target of ['chrome', 'firefox']) {
      const dir = join(a, target);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const named = [
        ...Object.values(manifest.icons as Record<string, string>),
        manifest.action.default_popup,
        manifest.options_ui.page,
        ...(manifest.background.scripts ?? [manifest.background.service_worker]),
        `_locales/${manifest.default_locale}/messages.json`,
      ];
      for (const file of named) expect(statSync(join(dir, file)).isFile(), `${target}/${file}`).toBe(true);
      expect(manifest.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
      for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(dir, page), 'utf8');
        for (const [, file] of html.matchAll(/(?:src|href)="([^"]+)"/g))
          expect(statSync(join(dir, file!)).isFile(), `${target}/${page} names ${file}`).toBe(true);
      }
      // The drawings are in the popup's script: one request for the browser to answer, not two.
      const scripts = [...readFileSync(join(dir, 'popup.html'), 'utf8').matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts).toEqual(['popup.js']);
    }
  });

  it('puts the licence of every npm package in the bundles into each build, and Unhunch’s own first', { timeout: 60_000 }, async () => {
    const dist = build();
    // What the sources pull in, by esbuild's own account, independent of build.mjs: every entry
    // point under src/, bundled without the build's plugins.
    const entryPoints = readdirSync(join(root, 'src'))
      .flatMap((d) => [`src/${d}/index.ts`, `src/${d}/index.tsx`])
      .filter((f) => existsSync(join(root, f)));
    const { metafile } = await esbuild.build({
      absWorkingDir: root,
      entryPoints,
      outdir: 'out',
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      loader: { '.svg': 'text' },
      logLevel: 'silent',
    });
    const shipped = Object.values(metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([input]) => input),
    );
    const bundled = new Set(
      shipped.flatMap((input) => [...input.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].slice(-1).map((m) => m[1]!)),
    );
    expect([...bundled].sort()).toEqual(expect.arrayContaining(['idb', 'preact']));
    const unhunchLicence = readFileSync(join(root, 'LICENSE'), 'utf8').trim();
    for (const [target, extra] of [
      ['chrome', ['webextension-polyfill']],
      ['firefox', []],
    ] as const) {
      const notices = readFileSync(join(dist, target, NOTICES_FILE), 'utf8');
      expect(notices.startsWith(`Unhunch ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`), target).toBe(true);
      expect(notices).toContain(unhunchLicence);
      for (const name of [...bundled, ...extra]) {
        const dir = join(root, 'node_modules', name);
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        expect(notices, `${target}: ${name}`).toContain(`\n${pkg.name} ${pkg.version} (${pkg.license})\n`);
        expect(notices, `${target}: ${name}'s licence text`).toContain(readFileSync(join(dir, 'LICENSE'), 'utf8').trim());
      }
      // Chrome alone carries the polyfill's file, so only its notices name it.
      expect(notices.includes('\nwebextension-polyfill '), target).toBe(target === 'chrome');
    }
  });
});

describe('licence notices', () => {
  const metafile = (inputs: Record<string, number>, output = 'dist/chrome/popup.js') => ({
    outputs: { [output]: { inputs: Object.fromEntries(Object.entries(inputs).map(([path, bytesInOutput]) => [path, { bytesInOutput }])) } },
  });

  it('finds the package folder of a module, scoped and nested ones too', () => {
    expect(packageDir('node_modules/preact/hooks/dist/hooks.module.js')).toBe('node_modules/preact');
    expect(packageDir('node_modules/@scope/pkg/index.js')).toBe('node_modules/@scope/pkg');
    expect(packageDir('node_modules/a/node_modules/b/lib/b.js')).toBe('node_modules/a/node_modules/b');
    expect(packageDir('src/popup/index.tsx')).toBeUndefined();
  });

  it('lists the packages that add bytes to an output, with the files they are in, and skips tree-shaken ones', () => {
    const m = metafile({
      'node_modules/idb/build/index.js': 120,
      'node_modules/idb/build/wrap-idb-value.js': 40,
      'node_modules/unused/index.js': 0,
      'src/storage/db.ts': 300,
    });
    expect(bundledPackages(m)).toEqual([{ dir: 'node_modules/idb', files: ['popup.js'] }]);
  });

  it('refuses to write notices for a package without a LICENSE file', () => {
    expect(() => licenceNotices(root, [{ dir: 'src', files: ['x.js'] }])).toThrow();
  });
});
