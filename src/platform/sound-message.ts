import { isChimeKind, type ChimeKind } from '../core/sound/chime';

/** Worker → offscreen document (Chrome only). Not in the page MessageMap: the worker sends it. */
export interface SoundMessage {
  unhunchSound: ChimeKind;
  volumePct: number;
}

export function isSoundMessage(value: unknown): value is SoundMessage {
  const v = value as SoundMessage;
  return typeof v === 'object' && v !== null && isChimeKind(v.unhunchSound) && typeof v.volumePct === 'number';
}
