import browser from './browser';
import { playChime } from '../shared/play-chime';
import { isSoundMessage, type SoundMessage } from '../shared/sound-message';
import type { ChimeKind } from '../core/sound/chime';

/** The background's way to make a sound; a fake records what was played. */
export interface SoundPlayer {
  play(kind: ChimeKind, volumePct: number): Promise<void>;
}

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface RuntimeWithContexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

const OFFSCREEN_URL = 'offscreen.html';
let audio: AudioContext | undefined;

async function ensureOffscreenDocument(offscreen: OffscreenApi): Promise<void> {
  const runtime = browser.runtime as unknown as RuntimeWithContexts;
  const open = await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open && open.length > 0) return;
  try {
    await offscreen.createDocument({ url: OFFSCREEN_URL, reasons: ['AUDIO_PLAYBACK'], justification: 'Plays the optional break chime.' });
  } catch (error) {
    // Two chimes racing each other: the other one created it, which is all we wanted.
    if (!/single offscreen/i.test(String(error))) throw error;
  }
}

/**
 * Chrome: the worker has no audio, so it opens an offscreen document (closed by Chrome 30 s
 * after the sound ends) and asks it to play. Firefox: the event page is a document and plays
 * the chime itself. Detected by the API's presence, not by sniffing the browser.
 */
export const browserSoundPlayer: SoundPlayer = {
  async play(kind, volumePct) {
    const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
    if (offscreen) {
      await ensureOffscreenDocument(offscreen);
      const message: SoundMessage = { unhunchSound: kind, volumePct };
      await browser.runtime.sendMessage(message);
      return;
    }
    audio ??= new AudioContext();
    await playChime(audio, kind, volumePct);
  },
};

/** In the offscreen document: play what the worker asks for. */
export function listenForSound(): void {
  const context = new AudioContext();
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isSoundMessage(message)) return undefined;
    return playChime(context, message.unhunchSound, message.volumePct).then(() => true);
  });
}
