// Turns the one source manifest into the manifest each browser wants. Pure: no file access, so
// the unit tests can pin every rule without a build.

export const GECKO_ID = 'unhunch@unhunch.app';
// 142, not 140: without a gecko_android key, this is also the floor web-ext lint (and AMO's
// validator, which cannot know yet whether Android will be ticked at upload) checks Firefox for
// Android against, and data_collection_permissions reached Android in 142. Desktop has had it
// since 140; what this drops is ESR 140 and Firefox 141 (docs/REVIEWERS.md).
export const FIREFOX_MIN_VERSION = '142.0';

/**
 * @param {Record<string, any>} source the parsed top-level manifest.json
 * @param {'chrome' | 'firefox'} target
 * @param {string} version taken from package.json so the stores and the repo never disagree
 * @returns {Record<string, any>}
 */
export function transformManifest(source, target, version) {
  const manifest = structuredClone(source);
  manifest.version = version;
  const worker = source.background?.service_worker;
  if (typeof worker !== 'string') throw new Error('manifest.json: background.service_worker is required');

  if (target === 'chrome') {
    manifest.background = { service_worker: worker };
    delete manifest.browser_specific_settings;
    return manifest;
  }
  if (target === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages, and ignores service_worker (lint warns on it).
    manifest.background = { scripts: [worker] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // AMO requires the declaration for new add-ons; Unhunch collects nothing.
        data_collection_permissions: { required: ['none'] },
      },
      // No gecko_android, not even {}: AMO takes its presence as "works on Firefox for Android"
      // and locks that in. Android has no windows API (the stretch window) and no keyboard
      // shortcuts, and Unhunch was never tried there, so the build is desktop-only.
    };
    // Chrome-only keys that Firefox lint flags as unsupported. Firefox takes an organisation's
    // settings from its own policies.json ("3rdparty"), without a schema in the manifest.
    delete manifest.minimum_chrome_version;
    delete manifest.storage;
    if (Array.isArray(manifest.permissions)) {
      manifest.permissions = manifest.permissions.filter((/** @type {string} */ p) => p !== 'offscreen');
    }
    return manifest;
  }
  throw new Error(`unknown target: ${target}`);
}
