// The privacy policy names everything that travels through the browser's sync. What goes there
// is stated once, in src/storage/keys.ts (each key's comment names its area); each such key is
// matched here to the item of PRIVACY.md that tells a person about it. A new synced key with no
// item fails, so the policy cannot fall behind the code (it once did: own stretches synced while
// the policy still said "two things").
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const policy = readFileSync(join(root, 'PRIVACY.md'), 'utf8');
const keys = readFileSync(join(root, 'src/storage/keys.ts'), 'utf8');

/** The exports whose comment says they are kept in storage.sync. */
function syncedKeys(source: string): string[] {
  return [...source.matchAll(/\/\*\*\s*storage\.sync\b[^*]*\*\/\s*export\s+(?:const\s+(\w+)|\{\s*(\w+)\s*\})/g)].map((m) => m[1] ?? m[2]!);
}

/** Which item of the policy's storage.sync list tells about each synced key. */
const itemFor: Record<string, string> = {
  SETTINGS_KEY: 'Your settings',
  DEVICE_KEY_PREFIX: 'A short summary per device',
  CUSTOM_SYNC_PREFIX: 'Your own stretches',
};

/** The bold titles of the list under the paragraph that introduces `storage.sync`. */
function syncItems(text: string): string[] {
  const start = text.indexOf('kept in `storage.sync`');
  expect(start).toBeGreaterThan(0);
  const list = text.slice(start).split(/\n\n(?!- |  )/)[0]!;
  return [...list.matchAll(/^- \*\*([^*]+)\*\*/gm)].map((m) => m[1]!.trim());
}

describe('the privacy policy and storage.sync', () => {
  it('finds the synced keys in keys.ts', () => {
    expect(syncedKeys(keys)).toEqual(['SETTINGS_KEY', 'DEVICE_KEY_PREFIX', 'CUSTOM_SYNC_PREFIX']);
    expect(syncedKeys('/** storage.local: x */\nexport const A = 1;\n/** storage.sync: y */\nexport const B = 2;')).toEqual(['B']);
  });

  it('has an item for every synced key, and says how many there are', () => {
    const items = syncItems(policy);
    for (const key of syncedKeys(keys)) {
      expect(itemFor[key], `${key} is synced: give it an item in PRIVACY.md and here`).toBeDefined();
      expect(
        items.some((i) => i.startsWith(itemFor[key]!)),
        `PRIVACY.md has no "${itemFor[key]}" item`,
      ).toBe(true);
    }
    expect(items).toHaveLength(new Set(Object.values(itemFor)).size);
    const counts = ['One', 'Two', 'Three', 'Four', 'Five'];
    expect(policy).toContain(`${counts[items.length - 1]} things are kept in \`storage.sync\``);
  });
});
