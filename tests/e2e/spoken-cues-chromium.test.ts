// Spoken cues in real Chromium: turned on in options, the popup's timer speaks through a voice
// on the device, or, where the browser lists none for the language, options say so and the
// chimes play instead. Either way no request leaves the browser. The test watches the page's
// speechSynthesis.speak and AudioContext from outside (an init script of the test, not code in
// the extension) and logs which of the two cases this machine gave.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from './support/chromium';

let run: ChromiumRun;
const requests: string[] = [];
beforeAll(async () => {
  // Chromium on Linux lists the device's voices (speech-dispatcher) only with this switch.
  run = await launchChromium({ args: ['--enable-speech-dispatcher'] });
  run.context.on('request', (r) => requests.push(r.url()));
  await run.context.addInitScript(() => {
    const w = window as unknown as { spoken: { text: string; voice: string | null; local: boolean | null }[]; tones: number };
    w.spoken = [];
    w.tones = 0;
    if (window.speechSynthesis) {
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        w.spoken.push({ text: u.text, voice: u.voice?.name ?? null, local: u.voice?.localService ?? null });
        speak(u);
      };
    }
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      w.tones += 1;
      return create.call(this);
    };
  });
});
afterAll(async () => { await run?.close(); });

const seen = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { spoken: { text: string; voice: string | null; local: boolean | null }[]; tones: number };
  return { spoken: w.spoken, tones: w.tones };
});

describe('spoken cues (Chromium)', () => {
  it('speak with a local voice, or say there is none and chime instead; no network request either way', async () => {
    const options = await run.openPage('options.html');
    await options.getByLabel('Spoken cues').check();
    const note = options.locator('.voice-note');
    await note.waitFor({ timeout: 10_000 });
    const hasVoice = (await note.getAttribute('data-voice')) === 'local';
    const noteText = await note.textContent();
    await options.waitForFunction(() => document.querySelector('.save-state')?.classList.contains('saved'));
    await options.close();

    const popup = await run.openPage('popup.html');
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.evaluate(() => chrome.storage.local.set({ shuffleBag: { version: 1, shown: ['eagle-arms'], last: 'eagle-arms', current: 'eagle-arms' } }));
    await popup.reload();
    await popup.waitForSelector('.card');
    await popup.click('[data-action="primary"]');
    await popup.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe out', undefined, { timeout: 15_000 });
    await popup.waitForTimeout(300);
    const { spoken, tones } = await seen(popup);
    console.info(`spoken cues e2e (Chromium): ${hasVoice ? 'a local voice spoke' : 'no voice listed; chimes played'} — options said "${noteText}"`);
    if (hasVoice) {
      expect(spoken.map((s) => s.text)).toEqual(['Eagle arms', 'Breathe in', 'Breathe out']);
      expect(spoken.every((s) => s.local === true)).toBe(true);
    } else {
      expect(noteText).toBe('This device has no voice for this language, so chimes play instead.');
      expect(spoken).toEqual([]);
      // The two breath notes, one oscillator each: the chimes stood in for the words.
      expect(tones).toBeGreaterThanOrEqual(2);
    }
    // Pausing silences the voice (cancel) and the timer holds.
    await popup.click('[data-action="primary"]');
    expect(await popup.locator('[data-action="primary"]').textContent()).toBe('Resume');
    await popup.close();

    const external = requests.filter((url) => !/^(chrome-extension|data|blob):/.test(url));
    expect(external).toEqual([]);
    expect(requests.some((url) => url.startsWith('chrome-extension://'))).toBe(true);
  });
});
