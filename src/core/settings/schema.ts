// Kinds and bounds, read from the settings table: what validation, the options page's number
// fields and the import check against. A new setting is a row in settings-table.ts.
import { settingsTable, type FieldSpec, type Settings } from './settings-table';

export type { FieldSpec };

/** The shape settings are stored and exported in. Bump it and add a migration when it changes. */
export const SETTINGS_VERSION = 2;

export const MINUTES_PER_DAY = 24 * 60;

/** Each row read as its kind and bounds (the rows carry more; nothing here looks at it). */
export const schema: { readonly [K in keyof Settings]: FieldSpec } = settingsTable;

export const settingKeys = Object.keys(schema) as (keyof Settings)[];

export function isSettingKey(key: string): key is keyof Settings {
  return Object.prototype.hasOwnProperty.call(schema, key);
}
