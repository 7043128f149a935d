// The bench changes settings the way the options page does: it writes the stored record into
// storage.sync under 'settings'. The record is built by the project's own toStored(), bundled on
// the fly, so a schema version bump or a renamed field never leaves the bench writing stale data.
import * as esbuild from 'esbuild';
import { ROOT } from './paths.mjs';

/** @type {Promise<{ toStored: (s: object, savedAtMs: number) => object, defaultSettings: () => Record<string, unknown>, schema: Record<string, { kind: string, min?: number, max?: number }> }> | undefined} */
let loaded;

function load() {
  loaded ??= esbuild
    .build({
      absWorkingDir: ROOT,
      stdin: {
        contents:
          "export { toStored } from './src/core/settings/stored';\nexport { defaultSettings } from './src/core/settings/defaults';\nexport { schema } from './src/core/settings/schema';\n",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
    })
    .then((r) => import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`));
  return loaded;
}

/**
 * The JSON record to store under storage.sync 'settings': the defaults with `changes` applied,
 * each change checked against the schema's bounds first.
 * @param {Record<string, unknown>} changes
 * @param {number} savedAtMs the browser's clock (faked clocks differ from Node's)
 */
export async function settingsRecord(changes, savedAtMs) {
  const { toStored, defaultSettings, schema } = await load();
  for (const [key, value] of Object.entries(changes)) {
    const spec = schema[key];
    if (!spec) throw new Error(`bench: unknown setting ${key}`);
    if (spec.kind === 'int' && (typeof value !== 'number' || value < (spec.min ?? -Infinity) || value > (spec.max ?? Infinity))) {
      throw new Error(`bench: ${key}=${value} is outside the schema's bounds ${spec.min}..${spec.max}`);
    }
  }
  return toStored({ ...defaultSettings(), ...changes }, savedAtMs);
}
