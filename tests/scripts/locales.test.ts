import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLocales } from '../../scripts/lib/locales.mjs';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'locales-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('loadLocales', () => {
  it('merges the area files of each language', () => {
    const dir = tree({
      'en/a.json': '{"one":{"message":"One"}}',
      'en/b.json': '{"two":{"message":"Two"}}',
      'de/a.json': '{"one":{"message":"Eins"}}',
    });
    const locales = loadLocales(dir);
    expect(Object.keys(locales.get('en')!)).toEqual(['one', 'two']);
    expect(locales.get('de')!.one!.message).toBe('Eins');
  });

  it('refuses a key defined twice, naming the file', () => {
    const dir = tree({ 'en/a.json': '{"one":{"message":"One"}}', 'en/b.json': '{"one":{"message":"Uno"}}' });
    expect(() => loadLocales(dir)).toThrow(/b\.json: key "one" is defined twice/);
  });

  it('refuses broken JSON, bad key names and entries without a message', () => {
    expect(() => loadLocales(tree({ 'en/a.json': '{' }))).toThrow(/not valid JSON/);
    expect(() => loadLocales(tree({ 'en/a.json': '{"a-b":{"message":"x"}}' }))).toThrow(/characters/);
    expect(() => loadLocales(tree({ 'en/a.json': '{"a":{"text":"x"}}' }))).toThrow(/no message/);
  });

  it('loads the real locales without error and has the manifest strings', () => {
    const en = loadLocales(new URL('../../_locales', import.meta.url).pathname).get('en')!;
    for (const key of ['extName', 'extDescription', 'actionTitle']) expect(en[key]?.message).toBeTruthy();
    expect(en.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
