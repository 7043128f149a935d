// Every name Unhunch stores anything under, in one place, so two stores cannot pick the same key
// and "Delete all data" has one list to read.

/** storage.sync (storage.local while sync cannot take a save): the settings record. */
export const SETTINGS_KEY = 'settings';
/** storage.local: the engine's record (scheduler state plus pending history writes). */
export const ENGINE_KEY = 'engine';
/** storage.session: present from the first worker start until the browser closes. */
export const SESSION_KEY = 'engineSession';
/** storage.session: stretches under way on open pages, so a new worker can still record them. */
export const STRETCHES_UNDER_WAY_KEY = 'stretchesUnderWay';
/** storage.session: the idle detection interval this browser session was last given (nudge.ts). */
export const IDLE_INTERVAL_KEY = 'idleIntervalSec';
/** storage.session: the id of the stretch window while it is open, so a new break reuses it. */
export const STRETCH_WINDOW_KEY = 'stretchWindow';
/** storage.local: why breaks last came as the stretch window instead of a notification. */
export const DELIVERY_KEY = 'delivery';
/** storage.local: the popup's shuffle bag, so a stretch does not repeat before the round ends. */
export const SHUFFLE_KEY = 'shuffleBag';
/** storage.local: the background's copy of the settings the popup needs to paint at once. */
export const POPUP_SETTINGS_KEY = 'popupSettings';
/** storage.local: history problems the pages should tell the user about. */
export const NOTICES_KEY = 'notices';
/** storage.local: the history's stand-in while IndexedDB cannot be opened. */
export const FALLBACK_KEY = 'historyFallback';
/** IndexedDB: the history database. */
export const DB_NAME = 'unhunch-history';

/** storage.sync: one item per device, `device.<id>`, its days for the person's other devices. */
export const DEVICE_KEY_PREFIX = 'device.';
export const deviceKey = (id: string) => `${DEVICE_KEY_PREFIX}${id}`;
/** storage.local: this device's id and name, and how its last sync write went. */
export const LOCAL_DEVICE_KEY = 'device';
/** storage.local: the person's own stretches, whole. */
export const CUSTOM_STRETCHES_KEY = 'customStretches';
/** storage.sync: one item per stretch of the person's own, `stretch.<id>` (core/stretches/custom-sync.ts). */
export { CUSTOM_SYNC_PREFIX } from '../core/stretches/custom-sync';
/** storage.local: the organisation's policy as last read from storage.managed. */
export const POLICY_CACHE_KEY = 'managedPolicy';
