// The build is what we ship: it must be reproducible and produce two loadable trees.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

function build(): string {
  const out = mkdtempSync(join(tmpdir(), 'unhunch-dist-'));
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
        for (const [, file] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(statSync(join(dir, file!)).isFile(), `${target}/${page} names ${file}`).toBe(true);
      }
      // The drawings are in the popup's script: one request for the browser to answer, not two.
      const scripts = [...readFileSync(join(dir, 'popup.html'), 'utf8').matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts).toEqual(['popup.js']);
    }
  });
});
