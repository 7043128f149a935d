// Store packages: what a reviewer downloads must be complete, versioned from package.json and
// free of anything that isn't the extension.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

const root = new URL('../..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('npm run package', () => {
  it('writes Chrome, Firefox and source zips carrying the package.json version', { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'unhunch-artifacts-'));
    execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: root, env: { ...process.env, UNHUNCH_ARTIFACTS: out }, stdio: 'pipe' });
    const open = async (name: string) => JSZip.loadAsync(readFileSync(join(out, name)));

    for (const target of ['chrome', 'firefox']) {
      const zip = await open(`unhunch-${target}-${version}.zip`);
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      expect(manifest.version).toBe(version);
      const files = Object.keys(zip.files);
      expect(files).toContain('popup.html');
      expect(files).toContain('_locales/de/messages.json');
      // Only the built extension: no sources, maps or test files.
      expect(files.filter((f) => /\.(ts|tsx|map)$|^src\/|^tests\//.test(f))).toEqual([]);
    }
    const firefox = JSON.parse(await (await open(`unhunch-firefox-${version}.zip`)).file('manifest.json')!.async('string'));
    expect(firefox.browser_specific_settings.gecko.id).toBeTruthy();

    const source = await open(`unhunch-source-${version}.zip`);
    const sourceFiles = Object.keys(source.files);
    for (const f of ['package.json', 'package-lock.json', 'build.mjs', 'README.md', 'manifest.json']) {
      expect(sourceFiles).toContain(`unhunch-${version}/${f}`);
    }
    expect(await source.file(`unhunch-${version}/README.md`)!.async('string')).toMatch(/npm run build/);
  });
});
