// The one typed message map between extension pages (popup, options, stats, welcome) and the
// background. Pages call `send('type', payload)` and get the typed response; the background
// registers one handler per type. Adding a message means adding one line here.

import type { BreakRecord } from '../core/breaks/record';
import type { PopupSettings } from '../core/settings/popup-settings';
import type { StatusView } from '../core/scheduler/status-view';

export interface MessageMap {
  'status/get': { request: void; response: StatusView };
  'break/now': { request: void; response: StatusView };
  'break/snooze': { request: void; response: StatusView };
  'break/skip': { request: void; response: StatusView };
  'break/done': { request: BreakRecord; response: StatusView };
  /** until: epoch ms, or null to pause until the user resumes. */
  'pause/start': { request: { until: number | null }; response: StatusView };
  'pause/resume': { request: void; response: StatusView };
  /** The settings the popup needs, validated, without waiting for the engine to start. */
  'settings/popup': { request: void; response: PopupSettings };
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

/** The wire shape. `unhunch` marks our own messages so stray ones are ignored. */
export interface Envelope<K extends MessageType = MessageType> {
  unhunch: 1;
  type: K;
  payload: RequestOf<K>;
}

export type Handlers = { [K in MessageType]: (payload: RequestOf<K>) => Promise<ResponseOf<K>> };

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as Envelope).unhunch === 1 && typeof (value as Envelope).type === 'string';
}
