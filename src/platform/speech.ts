import type { VoiceInfo } from '../core/sound/voice';

/**
 * The browser's own speech synthesis (Web Speech API: no permission, no network of its own).
 * Only ever speaks with the voice it is given, so a network voice can never be picked for us.
 */
export interface SpeechAdapter {
  /** Every voice the browser lists. Chrome fills the list late and says so with voiceschanged. */
  voices(): Promise<VoiceInfo[]>;
  /** Queues `text` in exactly this voice; does nothing if the voice is gone or not on the device. */
  speak(text: string, voice: VoiceInfo, volume: number): void;
  /** Stops the current words and drops the queue. */
  cancel(): void;
  /**
   * Calls `listener` when the browser's list of voices changes. A speech service can take longer
   * to start than voices() waits (Chromium with speech-dispatcher), so a page that found no voice
   * looks again when one arrives. Returns the unsubscribe.
   */
  onVoicesChanged(listener: () => void): () => void;
}

// Chrome answers getVoices() with an empty list until its speech service has started, then fires
// voiceschanged; Firefox usually has the list at once. Past this wait there are no voices.
const VOICES_WAIT_MS = 2000;

const info = (v: SpeechSynthesisVoice): VoiceInfo => ({
  name: v.name,
  lang: v.lang,
  localService: v.localService,
  default: v.default,
  voiceURI: v.voiceURI,
});

export function browserSpeech(): SpeechAdapter | null {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return null;
  const listed = (): Promise<SpeechSynthesisVoice[]> => {
    const now = synth.getVoices();
    if (now.length > 0) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = () => {
        synth.removeEventListener('voiceschanged', done);
        clearTimeout(timer);
        resolve(synth.getVoices());
      };
      const timer = setTimeout(done, VOICES_WAIT_MS);
      synth.addEventListener('voiceschanged', done);
    });
  };
  return {
    async voices() {
      return (await listed()).map(info);
    },
    speak(text, voice, volume) {
      const match = synth.getVoices().find((v) => v.voiceURI === voice.voiceURI && v.localService);
      if (!match) return;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = match;
      utterance.lang = match.lang;
      utterance.volume = Math.min(1, Math.max(0, volume));
      synth.speak(utterance);
    },
    cancel() {
      synth.cancel();
    },
    onVoicesChanged(listener) {
      synth.addEventListener('voiceschanged', listener);
      return () => synth.removeEventListener('voiceschanged', listener);
    },
  };
}
