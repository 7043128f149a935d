// Where device summaries live. Kept apart from the other stores' keys so each can move alone.

/** storage.sync: one item per device, `device.<id>`. */
export const DEVICE_KEY_PREFIX = 'device.';
/** storage.local: this device's id and name, and how its last sync write went. */
export const LOCAL_DEVICE_KEY = 'device';

export const deviceKey = (id: string) => `${DEVICE_KEY_PREFIX}${id}`;
