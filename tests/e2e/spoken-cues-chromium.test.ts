// Spoken cues in real Chromium: turned on in options, the popup's timer speaks through a voice
// on the device, or, where the browser lists none for the language, options say so and the
// chimes play instead. Either way no request leaves the browser. The test watches the page's
// speechSynthesis.speak and AudioContext from outside (an init script of the test, not code in
// the extension) and logs which of the two cases this machine gave.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHUFFLE_KEY } from '../../src/storage/keys';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { bagOffering } from './support/pages';

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
afterAll(async () => {
  await run?.close();
});

const seen = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { spoken: { text: string; voice: string | null; local: boolean | null }[]; tones: number };
    return { spoken: w.spoken, tones: w.tones };
  });

describe('spoken cues (Chromium)', () => {
  it('speak with a local voice, or say there is none and chime instead; no network request either way', async () => {
    const options = await run.openPage('options.html');
    await options.getByLabel('Spoken cues').check();
    await options.locator('.voice-note').waitFor({ timeout: 10_000 });
    await options.waitForFunction(() => document.querySelector('.save-state')?.classList.contains('saved'));
    // A card paced by breaths: a random one could be the forward fold, a 15-second hold with no
    // "Breathe out" to wait for.
    await options.evaluate(([key, bag]) => chrome.storage.local.set({ [key]: bag }), [SHUFFLE_KEY, bagOffering('chair-twist')] as const);
    await options.close();

    const popup = await run.openPage('popup.html');
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.waitForSelector('[data-figure="chair-twist"]');
    await popup.click('[data-action="primary"]');
    await popup.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe out', undefined, { timeout: 20_000 });
    await popup.waitForTimeout(300);
    const { spoken, tones } = await seen(popup);
    // Whether this device has a voice of its own for English. A speech service (speech-dispatcher)
    // may list its voices only seconds after start, so this is read at the end, not first.
    const hasVoice = await popup.evaluate(() =>
      speechSynthesis.getVoices().some((v) => v.localService && v.lang.toLowerCase().startsWith('en')),
    );
    console.info(
      `spoken cues e2e (Chromium): ${hasVoice ? 'a local voice is listed' : 'no voice listed; chimes play'}; spoken: ${JSON.stringify(spoken.map((s) => s.text))}`,
    );
    if (hasVoice) {
      expect(spoken.map((s) => s.text)).toEqual(expect.arrayContaining(['Breathe in', 'Breathe out']));
      expect(spoken.every((s) => s.local === true)).toBe(true);
    } else {
      expect(spoken).toEqual([]);
      // The two breath notes, one oscillator each: the chimes stood in for the words.
      expect(tones).toBeGreaterThanOrEqual(2);
    }
    // Pausing silences the voice (cancel) and the timer holds.
    await popup.click('[data-action="primary"]');
    expect(await popup.locator('[data-action="primary"]').textContent()).toBe('Resume');
    await popup.close();

    // Options agree with the device, once the browser has listed what it has.
    const again = await run.openPage('options.html');
    await again.waitForFunction(
      (voice) => document.querySelector('.voice-note')?.getAttribute('data-voice') === voice,
      hasVoice ? 'local' : 'none',
      { timeout: 15_000 },
    );
    if (!hasVoice)
      expect(await again.locator('.voice-note').textContent()).toBe('This device has no voice for this language, so chimes play instead.');
    await again.close();

    const external = requests.filter((url) => !/^(chrome-extension|data|blob):/.test(url));
    expect(external).toEqual([]);
    expect(requests.some((url) => url.startsWith('chrome-extension://'))).toBe(true);
  });
});
