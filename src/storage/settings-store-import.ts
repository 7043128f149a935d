import { parseSettingsFile, type FileProblem } from '../core/settings/file';
import type { SettingsStore } from './settings-store';

export type ImportResult = { ok: true; fromVersion: number } | { ok: false; problems: FileProblem[] } | { ok: false; storageError: string };

/**
 * Applies a settings file all or nothing: a file with any problem changes nothing, and a valid one
 * lands in one write (SettingsStore.save). Never rejects; every outcome is a value to show.
 */
export async function importSettingsText(store: SettingsStore, text: string): Promise<ImportResult> {
  let parsed;
  try {
    parsed = parseSettingsFile(text);
  } catch (err) {
    // parseSettingsFile is written not to throw; this is the last line of defence for the UI.
    return { ok: false, problems: [{ code: 'invalidJson', detail: String(err).slice(0, 120) }] };
  }
  if (!parsed.ok) return parsed;
  try {
    await store.save(parsed.settings);
    return { ok: true, fromVersion: parsed.fromVersion };
  } catch (err) {
    return { ok: false, storageError: String((err as Error)?.message ?? err).slice(0, 200) };
  }
}
