import type { VoiceInfo } from '../../core/sound/voice';
import type { SpeechAdapter } from '../speech';

/**
 * Speech that keeps a queue like the browser's: speak() adds to it, cancel() empties it,
 * finishOne() lets the first utterance end. `said` keeps everything ever queued.
 */
export class FakeSpeech implements SpeechAdapter {
  queue: { text: string; voice: string; volume: number }[] = [];
  said: { text: string; voice: string; volume: number }[] = [];
  cancels = 0;

  private voiceListeners = new Set<() => void>();

  constructor(public voiceList: VoiceInfo[] = []) {}

  onVoicesChanged(listener: () => void): () => void {
    this.voiceListeners.add(listener);
    return () => this.voiceListeners.delete(listener);
  }

  /** The browser's list changes (a speech service that started late), as voiceschanged says. */
  setVoices(list: VoiceInfo[]): void {
    this.voiceList = list;
    for (const listener of [...this.voiceListeners]) listener();
  }

  async voices(): Promise<VoiceInfo[]> {
    return this.voiceList.map((v) => ({ ...v }));
  }

  speak(text: string, voice: VoiceInfo, volume: number): void {
    // As the browser adapter: only a listed voice that runs on the device speaks.
    if (!this.voiceList.some((v) => v.voiceURI === voice.voiceURI && v.localService)) return;
    const item = { text, voice: voice.name, volume };
    this.queue.push(item);
    this.said.push(item);
  }

  cancel(): void {
    this.cancels += 1;
    this.queue = [];
  }

  finishOne(): void {
    this.queue.shift();
  }
}
