import browser, { loadScript } from './browser';
import type { SoundMessage } from './sound-message';
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

/** The page that plays sounds for the background, and its script (sound-listener.ts). */
const SOUND_PAGE = 'offscreen.html';
export const SOUND_SCRIPT = 'offscreen.js';

/** What the sound script leaves in a document it runs in, for Firefox's event page. */
export interface SoundScope {
  unhunchChime?: (message: SoundMessage) => Promise<void>;
}

async function ensureOffscreenDocument(offscreen: OffscreenApi): Promise<void> {
  const runtime = browser.runtime as unknown as RuntimeWithContexts;
  const open = await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open && open.length > 0) return;
  try {
    await offscreen.createDocument({ url: SOUND_PAGE, reasons: ['AUDIO_PLAYBACK'], justification: 'Plays the optional break chime.' });
  } catch (error) {
    // Two chimes racing each other: the other one created it, which is all we wanted.
    if (!/single offscreen/i.test(String(error))) throw error;
  }
}

/**
 * Chrome: the worker has no audio, so it opens an offscreen document (closed by Chrome 30 s
 * after the sound ends) and asks it to play. Firefox: the event page is a document; the sound
 * script runs in it on first use and plays the chime there. Either way the chime's code stays
 * out of the background's bundle. Detected by the API's presence, not by sniffing the browser.
 */
export const browserSoundPlayer: SoundPlayer = {
  async play(kind, volumePct) {
    const message: SoundMessage = { unhunchSound: kind, volumePct };
    const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
    if (offscreen) {
      await ensureOffscreenDocument(offscreen);
      await browser.runtime.sendMessage(message);
      return;
    }
    const scope = globalThis as SoundScope;
    if (!scope.unhunchChime) await loadScript(SOUND_SCRIPT);
    await scope.unhunchChime!(message);
  },
};
