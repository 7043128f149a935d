import browser from './browser';
import { playChime } from './play-chime';
import { isSoundMessage, type SoundMessage } from './sound-message';
import type { SoundScope } from './sound';

/**
 * In the page that plays sounds for the background (Chrome's offscreen document, or Firefox's
 * event page once the sound script has run in it): play what is asked for.
 */
export function listenForSound(): void {
  let context: AudioContext | undefined;
  const play = (message: SoundMessage) => playChime((context ??= new AudioContext()), message.unhunchSound, message.volumePct);
  (globalThis as SoundScope).unhunchChime = play;
  browser.runtime.onMessage.addListener((message: unknown) => (isSoundMessage(message) ? play(message).then(() => true) : undefined));
}
