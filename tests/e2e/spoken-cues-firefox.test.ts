// Spoken cues in real Firefox: turned on in options, the popup's timer speaks through a voice on
// the device, or, where Firefox lists none for the language, options say so and the chimes play
// instead. Either way no request leaves the browser. As in the Chromium test, the page's
// speechSynthesis.speak and AudioContext are watched from outside (put in by the test, not code
// in the extension), and the case this machine gave is logged. Seen on Linux: Firefox lists the
// speech-dispatcher voices but calls none of them local (localService false), so the chimes
// play; and with no audio output an AudioContext never starts, so a chime is seen as asked for.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHUFFLE_KEY } from '../../src/storage/keys';
import { launchFirefox, type FirefoxRun } from './support/firefox';
import { bagOffering } from './support/pages';

interface Watched {
  spoken: { text: string; voice: string | null; local: boolean | null }[];
  tones: number;
  held: number;
}

const FIREFOX_OWN = 'https://firefox.settings.services.mozilla.com:443';

let run: FirefoxRun;
let proxy: Server;
/** Every request Firefox sent out: its HTTP and HTTPS traffic goes through a proxy of the test. */
const requests: string[] = [];
beforeAll(async () => {
  // Firefox tells WebDriver BiDi nothing of what moz-extension:// pages load or fetch, so the
  // requests are watched where they would leave the browser: at a proxy on the loopback, which
  // records them and answers none.
  proxy = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    requests.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  run = await launchFirefox({
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
    },
  });
});
afterAll(async () => {
  await run?.close();
  await new Promise((resolve) => proxy?.close(resolve));
});

/**
 * Opens an extension page and puts the watchers in. Firefox runs no BiDi preload script in a
 * moz-extension:// page (puppeteer's evaluateOnNewDocument left nothing behind there), so they
 * go in once the page is up; the popup looks up speak and createOscillator only when a cue is
 * due, which is after the test presses Start.
 */
async function open(path: string): Promise<Page> {
  const page = await run.browser.newPage();
  await page.bringToFront();
  await page.setViewport({ width: 360, height: 560 });
  void page.goto(run.url(path)).catch(() => undefined);
  // As in the harness's openPage: while the document is swapped in, BiDi evaluation can fail;
  // that is the harness racing navigation, so try again until the deadline.
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, {
        timeout: Math.max(1000, deadline - Date.now()),
      });
      break;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await page.evaluate(() => {
    const w = window as unknown as Watched;
    w.spoken = [];
    w.tones = 0;
    w.held = 0;
    if (window.speechSynthesis) {
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        w.spoken.push({ text: u.text, voice: u.voice?.name ?? null, local: u.voice?.localService ?? null });
        speak(u);
      };
    }
    // A chime plays on a running context, or first asks a suspended one to resume: where the
    // machine has no audio output the context never runs, and a chime gets no further than that.
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      w.tones += 1;
      return create.call(this);
    };
    const resume = AudioContext.prototype.resume;
    AudioContext.prototype.resume = function (this: AudioContext) {
      if (this.state === 'suspended') w.held += 1;
      return resume.call(this);
    };
  });
  return page;
}

const seen = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Watched;
    return { spoken: w.spoken, tones: w.tones, held: w.held, watched: Array.isArray(w.spoken) };
  });

/** Whether Web Audio can sound here: a context made right after a click starts within a moment. */
async function audioRuns(page: Page): Promise<boolean> {
  await page.click('.phase-word');
  return page.evaluate(async () => {
    const context = new AudioContext();
    const started = await Promise.race([
      context.resume().then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 1500)),
    ]);
    void context.close();
    return started;
  });
}

describe('spoken cues (Firefox)', () => {
  it('speak with a local voice, or say there is none and chime instead; no network request either way', async () => {
    const options = await open('options.html');
    await options.click('#f-spokenCues');
    await options.waitForSelector('.voice-note', { timeout: 10_000 });
    await options.waitForFunction(() => document.querySelector('.save-state')?.classList.contains('saved'), { timeout: 10_000 });
    // A card paced by breaths: a random one could be the forward fold, a 15-second hold with no
    // "Breathe out" to wait for (what made the first Firefox attempt time out).
    await options.evaluate(([key, bag]) => browser.storage.local.set({ [key]: bag }), [SHUFFLE_KEY, bagOffering('chair-twist')] as const);
    await options.close();

    const popup = await open('popup.html');
    await popup.waitForSelector('[data-figure="chair-twist"]');
    await popup.click('[data-action="primary"]');
    await popup.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe out', { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { spoken, tones, held, watched } = await seen(popup);
    expect(watched).toBe(true);
    // Judged by what the device lists, read after the timer ran (a speech service can be late).
    const voices = await popup.evaluate(() =>
      speechSynthesis
        .getVoices()
        .filter((v) => v.lang.toLowerCase().startsWith('en'))
        .map((v) => v.localService),
    );
    const hasVoice = voices.includes(true);
    const sounds = await audioRuns(popup);
    console.info(
      `spoken cues e2e (Firefox): ${voices.length} English voices listed, ${voices.filter(Boolean).length} of them local; ${hasVoice ? 'speaks' : 'chimes play'}; Web Audio ${sounds ? 'runs' : 'cannot start (no audio output)'}; spoken: ${JSON.stringify(spoken.map((s) => s.text))}; tones: ${tones}, chimes waiting for audio: ${held}`,
    );
    if (hasVoice) {
      expect(spoken.map((s) => s.text)).toEqual(expect.arrayContaining(['Breathe in', 'Breathe out']));
      expect(spoken.every((s) => s.local === true)).toBe(true);
    } else {
      expect(spoken).toEqual([]);
      // The chimes stood in for the words: the two breath notes played, one oscillator each, or,
      // with no audio output, each asked its context to start.
      if (sounds) expect(tones).toBeGreaterThanOrEqual(2);
      else expect(held).toBeGreaterThanOrEqual(2);
    }
    await popup.click('[data-action="primary"]');
    expect(await popup.$eval('[data-action="primary"]', (b) => b.textContent)).toBe('Resume');
    await popup.close();

    const again = await open('options.html');
    await again.waitForFunction(
      (voice) => document.querySelector('.voice-note')?.getAttribute('data-voice') === voice,
      { timeout: 15_000 },
      hasVoice ? 'local' : 'none',
    );
    if (!hasVoice)
      expect(await again.$eval('.voice-note', (p) => p.textContent)).toBe(
        'This device has no voice for this language, so chimes play instead.',
      );
    await again.close();

    // The proxy hears this page: the test's own page asks for an address that does not exist
    // (Firefox upgrades it to HTTPS, so it reaches the proxy as a CONNECT).
    const canary = 'https://unhunch-canary.invalid:443';
    const last = await open('popup.html');
    await last.evaluate(() => fetch('https://unhunch-canary.invalid/').catch(() => undefined));
    await last.close();
    expect(requests).toContain(canary);
    // Firefox syncs its own remote settings in the background, extension or not; everything
    // else that reached the proxy would have come from the pages.
    const external = requests.filter((url) => url !== canary && url !== FIREFOX_OWN);
    expect(external).toEqual([]);
    expect(await run.consoleErrorsNow()).toEqual([]);
  });
});
