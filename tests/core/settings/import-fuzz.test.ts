// Property: whatever the file, importing it never throws and never writes part of it. Either the
// store ends up holding exactly the validated settings from the file, or nothing was written and
// the result lists the problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, defaults } from '../../../src/core/settings/defaults';
import { settingsFile } from '../../../src/core/settings/file';
import { SETTINGS_VERSION } from '../../../src/core/settings/schema';
import { fakeSettingsStore } from '../../../src/storage/fakes/settings-store';
import { importSettingsText } from '../../../src/storage/settings-store-import';

const keys = Object.keys(defaults);
const weird = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -0, 1e308, '', '30', true, null),
  fc.integer({ min: 1, max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 1_000 }).map((n) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`) as unknown),
);
/** A valid export with some fields replaced, some keys added, maybe a wrong wrapper. */
const mutatedFile = fc
  .record({
    changes: fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 30 })), weird, { maxKeys: 4 }),
    top: fc.dictionary(fc.constantFrom('app', 'kind', 'schemaVersion', 'settings', 'extra'), weird, { maxKeys: 2 }),
  })
  .map(({ changes, top }) => {
    const file = JSON.parse(settingsFile(defaultSettings(), 0)) as Record<string, unknown>;
    Object.assign(file.settings as object, changes);
    return JSON.stringify({ ...file, ...top });
  });
const deepText = fc
  .integer({ min: 1, max: 100_000 })
  .map((n) => `{"app":"unhunch","kind":"settings","schemaVersion":2,"settings":{"workingHours":${'['.repeat(n)}${']'.repeat(n)}}}`);
const brokenJson = mutatedFile.chain((text) => fc.integer({ min: 0, max: text.length - 1 }).map((cut) => text.slice(0, cut)));
const anyText = fc.oneof(
  { arbitrary: mutatedFile, weight: 5 },
  { arbitrary: brokenJson, weight: 2 },
  { arbitrary: fc.json(), weight: 1 },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  { arbitrary: deepText, weight: 1 },
);

describe('settings import fuzzing', () => {
  it('10,000 generated files: never throws, never a partial write', async () => {
    const before = { ...defaultSettings(), breakIntervalMin: 42, theme: 'dark' as const };
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const { store, sync, local } = fakeSettingsStore(() => 1);
        await store.save(before);
        const snapshot = structuredClone([...sync.data, ...local.data]);
        const writes = sync.writes + local.writes;
        const result = await importSettingsText(store, text);
        const { settings } = await store.load();
        if (result.ok) {
          applied += 1;
          expect(sync.writes + local.writes).toBe(writes + 1);
          const file = JSON.parse(text) as { settings: Record<string, unknown> };
          expect(settings).toEqual({ ...defaultSettings(), ...file.settings });
        } else {
          expect('problems' in result && result.problems.length).toBeGreaterThan(0);
          expect(sync.writes + local.writes).toBe(writes);
          expect([...sync.data, ...local.data]).toEqual(snapshot);
          expect(settings).toEqual(before);
        }
      }),
      { numRuns: 10_000 },
    );
    // The generator must also reach the success path, or the property proves half of what it says.
    expect(applied).toBeGreaterThan(50);
  }, 300_000);

  it('a valid file lands completely', async () => {
    const { store } = fakeSettingsStore();
    const wanted = { ...defaultSettings(), snoozeMin: 12, workingHoursEnabled: true };
    expect(await importSettingsText(store, settingsFile(wanted, 0))).toEqual({ ok: true, fromVersion: SETTINGS_VERSION });
    expect((await store.load()).settings).toEqual(wanted);
  });
});
