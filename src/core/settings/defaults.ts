// The defaults, taken from the settings table (settings-table.ts), where each setting is one row.
import { settingsTable, type Settings } from './settings-table';

export type { Settings, TimeRange, WeekRanges } from './settings-table';

export const defaults = Object.fromEntries(Object.entries(settingsTable).map(([key, row]) => [key, row.default])) as unknown as Settings;

export function defaultSettings(): Settings {
  return structuredClone(defaults);
}
