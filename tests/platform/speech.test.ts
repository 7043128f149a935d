import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserSpeech } from '../../src/platform/speech';

// A stand-in for window.speechSynthesis that, like Chrome, lists no voices until its service has
// started and then fires voiceschanged.
class Synth extends EventTarget {
  list: Partial<SpeechSynthesisVoice>[] = [];
  spoken: { text: string; voice: string | undefined }[] = [];
  cancelled = 0;
  getVoices() {
    return this.list as SpeechSynthesisVoice[];
  }
  speak(u: { text: string; voice: SpeechSynthesisVoice | null }) {
    this.spoken.push({ text: u.text, voice: u.voice?.name });
  }
  cancel() {
    this.cancelled += 1;
  }
}
class Utterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  volume = 1;
  constructor(public text: string) {}
}

const local = { name: 'eSpeak English', lang: 'en', localService: true, default: false, voiceURI: 'local-en' };
const remote = { name: 'Cloud English', lang: 'en-US', localService: false, default: true, voiceURI: 'cloud-en' };

function install(synth: Synth) {
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
}
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('browserSpeech', () => {
  it('is null where the browser has no speech synthesis', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    expect(browserSpeech()).toBeNull();
  });

  it('waits for a late voice list (voiceschanged), as Chrome gives it', async () => {
    const synth = new Synth();
    install(synth);
    const voices = browserSpeech()!.voices();
    synth.list = [local];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect((await voices).map((v) => v.name)).toEqual(['eSpeak English']);
  });

  it('gives up waiting after a while and reports no voices', async () => {
    vi.useFakeTimers();
    install(new Synth());
    const voices = browserSpeech()!.voices();
    await vi.advanceTimersByTimeAsync(2000);
    expect(await voices).toEqual([]);
  });

  it('speaks only with the local voice it was given, never with one the browser picks', () => {
    const synth = new Synth();
    synth.list = [local, remote];
    install(synth);
    const speech = browserSpeech()!;
    speech.speak('Breathe in', local, 0.5);
    speech.speak('Breathe out', remote, 0.5);
    speech.speak('Done', { ...local, voiceURI: 'gone' }, 0.5);
    expect(synth.spoken).toEqual([{ text: 'Breathe in', voice: 'eSpeak English' }]);
    speech.cancel();
    expect(synth.cancelled).toBe(1);
  });
});
