import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { transformManifest, GECKO_ID } from '../../scripts/lib/manifest-transform.mjs';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('transformManifest', () => {
  it('gives Chrome a service worker and no Firefox settings', () => {
    const m = transformManifest(source, 'chrome', '1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
    expect(m.manifest_version).toBe(3);
  });

  it('gives Firefox an event page, a fixed id, a recent minimum version and no data collection', () => {
    const m = transformManifest(source, 'firefox', '1.2.3');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(Number.parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('makes Firefox desktop-only: no gecko_android key, and a floor that holds for Android too', () => {
    const settings = transformManifest(source, 'firefox', '1.2.3').browser_specific_settings;
    // Present at all (even {}), AMO would mark and lock the add-on as compatible with Android.
    expect(Object.keys(settings)).toEqual(['gecko']);
    // Without gecko_android, lint checks Android against gecko's floor; data collection
    // declarations exist on Android from 142, so a lower floor is a lint warning.
    expect(Number.parseFloat(settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
  });

  it('keeps everything else identical between the two browsers', () => {
    const strip = (m: Record<string, unknown>) => {
      const { background: _b, browser_specific_settings: _s, permissions: _p, minimum_chrome_version: _v, storage: _m, ...rest } = m;
      return rest;
    };
    expect(strip(transformManifest(source, 'firefox', '1.0.0'))).toEqual(strip(transformManifest(source, 'chrome', '1.0.0')));
  });

  it('drops the Chrome-only offscreen permission for Firefox, whose event page plays audio itself', () => {
    const withOffscreen = { ...source, permissions: ['alarms', 'offscreen'] };
    expect(transformManifest(withOffscreen, 'firefox', '1.0.0').permissions).toEqual(['alarms']);
    expect(transformManifest(withOffscreen, 'chrome', '1.0.0').permissions).toEqual(['alarms', 'offscreen']);
  });

  it('gives Chrome the schema for policies and leaves it out for Firefox, which reads policies.json', () => {
    expect(transformManifest(source, 'chrome', '1.0.0').storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(transformManifest(source, 'firefox', '1.0.0').storage).toBeUndefined();
  });

  it('keeps the Chrome minimum version for Chrome only', () => {
    expect(transformManifest(source, 'chrome', '1.0.0').minimum_chrome_version).toBe(source.minimum_chrome_version);
    expect(transformManifest(source, 'firefox', '1.0.0').minimum_chrome_version).toBeUndefined();
  });

  it('does not change its input', () => {
    const copy = structuredClone(source);
    transformManifest(source, 'firefox', '9.9.9');
    expect(source).toEqual(copy);
  });

  it('rejects a manifest without a background worker and an unknown target', () => {
    expect(() => transformManifest({ manifest_version: 3 }, 'chrome', '1.0.0')).toThrow(/service_worker/);
    expect(() => transformManifest(source, 'safari' as 'chrome', '1.0.0')).toThrow(/unknown target/);
  });
});
