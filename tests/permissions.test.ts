// Least privilege: the manifest asks for exactly the permissions the code uses, and no hosts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}
// Fakes mimic the APIs for tests; only the real adapters count.
const code = walk(join(root, 'src'))
  .filter((f) => /\.tsx?$/.test(f) && !f.includes('/fakes/'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

// The permission each API namespace needs. Namespaces missing here need none (runtime, i18n,
// action, windows, tabs.query/create without URLs).
const gated: Record<string, string> = {
  alarms: 'alarms',
  idle: 'idle',
  notifications: 'notifications',
  storage: 'storage',
  offscreen: 'offscreen',
  contextMenus: 'contextMenus',
  scripting: 'scripting',
  history: 'history',
  cookies: 'cookies',
  downloads: 'downloads',
  webRequest: 'webRequest',
  bookmarks: 'bookmarks',
};
const used = new Set(
  Object.entries(gated)
    .filter(([ns]) => new RegExp(`\\bbrowser\\.${ns}\\b|\\)\\.${ns}\\b`).test(code))
    .map(([, p]) => p),
);

describe('manifest permissions', () => {
  it('are exactly the ones the code uses', () => {
    expect([...manifest.permissions].sort()).toEqual([...used].sort());
  });

  it('ask for no host access and no optional extras', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.content_scripts).toBeUndefined();
  });

  it('keep the default extension CSP', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });
});
