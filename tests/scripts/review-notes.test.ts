// Store reviewers ask why each permission is needed. store/review-notes.md answers with one
// heading per permission; a permission added to the manifest without its answer fails here, and
// so does an answer left behind for a permission the manifest no longer asks for.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const notes = readFileSync(join(root, 'store', 'review-notes.md'), 'utf8');
const policy = readFileSync(join(root, 'PRIVACY.md'), 'utf8');

const asked: string[] = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
/** Headings that are a permission's name and nothing else: "### `alarms`". */
const justified = [...notes.matchAll(/^#{2,4} `([^`]+)`\s*$/gm)].map((m) => m[1]!);

describe('store/review-notes.md', () => {
  it('finds permissions in the manifest', () => {
    expect(asked.length).toBeGreaterThan(0);
  });

  it.each(asked)('justifies %s under a heading of its own', (permission) => {
    expect(justified).toContain(permission);
  });

  it('justifies no permission the manifest does not ask for', () => {
    expect(justified.filter((p) => !asked.includes(p))).toEqual([]);
  });

  it('states the single purpose, no host permissions and no remote code', () => {
    for (const heading of ['Single purpose', 'No host permissions', 'No remote code']) {
      expect(notes).toMatch(new RegExp(`^## ${heading}$`, 'm'));
    }
  });
});

describe('PRIVACY.md', () => {
  it.each(asked)('says in one line why it asks for %s', (permission) => {
    expect(policy).toMatch(new RegExp(`^- \`${permission}\`( \\([^)]*\\))?: `, 'm'));
  });
});
