// The stretch figures in real Chromium and Firefox ESR: the figure moves with the breath (the
// browser interpolates between the two poses mid-step), stops and goes on with the timer, stays
// still in the stretch pose under reduced motion, and every card's figure is photographed for a
// person to look at (Chromium in light and dark).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../../src/core/settings/schema';
import { POPUP_SETTINGS_KEY } from '../../src/storage/keys';
import type { chromiumPage } from './support/driver-chromium';
import { browsers, launch, sleep, type BrowserName, type ExtPage, type Run } from './support/driver';
import { ALL_STRETCHES, openPopup, setSettings } from './support/pages';

/** Chair twist turns its shoulders: their width is seen change. */
const PART = '[data-part="body:clavA"]';

/** A browser with floor stretches on, so every card can be shown; the background mirrors this for the popup. */
async function launchWithEveryCard(name: BrowserName, reducedMotion = false): Promise<Run> {
  const run = await launch(name, { reducedMotion });
  await setSettings(run, { schemaVersion: SETTINGS_VERSION, savedAtMs: Date.now(), floorStretchesEnabled: true });
  const control = await run.control();
  await control.waitFor(
    async (key) =>
      ((await browser.storage.local.get(key))[key] as { floorStretchesEnabled?: boolean } | undefined)?.floorStretchesEnabled === true,
    POPUP_SETTINGS_KEY,
    { timeout: 15_000 },
  );
  return run;
}

/** One look at the part: its transform now, at each end of its move (resolved by the browser from --a, --b), and how far its move has come. */
interface Look {
  now: string;
  start: string;
  stretch: string;
  to: string | null;
  /** The move's progress, 0 to 1; null when no move runs. */
  progress: number | null;
  word: string | null;
}

/**
 * Runs in the page, whole (a page function takes nothing from this module): 'look' reads the part
 * once; 'breatheOutThenPause' waits until the out-breath's move is well under way, looks twice
 * half a second apart, pauses the timer (the button's own click) and, once the pause has taken
 * hold, looks twice 0.7 s apart while it is paused. Everything the figure is judged by is read in the page, so the harness's latency
 * (a loaded machine can delay a round trip by seconds) never lands a look in another breath than
 * the one it names.
 */
async function inPage([part, plan]: readonly [string, 'look' | 'breatheOutThenPause']): Promise<Look[]> {
  const look = (): Look => {
    const el = document.querySelector<HTMLElement>(part)!;
    const probe = (v: string) => {
      const p = el.cloneNode() as HTMLElement;
      p.style.animation = 'none';
      p.style.transform = getComputedStyle(el).getPropertyValue(v);
      el.parentNode!.appendChild(p);
      const m = getComputedStyle(p).transform;
      p.remove();
      return m;
    };
    const move = el.getAnimations()[0];
    return {
      now: getComputedStyle(el).transform,
      start: probe('--a'),
      stretch: probe('--b'),
      to: el.closest('[data-to]')!.getAttribute('data-to'),
      progress: move ? (move.effect?.getComputedTiming().progress ?? null) : null,
      word: document.querySelector('.phase-word')?.textContent ?? null,
    };
  };
  if (plan === 'look') return [look()];
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const deadline = Date.now() + 30_000;
  const seen = async (ok: () => boolean, what: string) => {
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`not seen within 30 s: ${what}`);
      await wait(20);
    }
  };
  await seen(() => {
    const l = look();
    return l.word === 'Breathe out' && l.progress !== null && l.progress >= 0.1;
  }, 'the out-breath under way');
  const a = look();
  await wait(500);
  const b = look();
  document.querySelector<HTMLButtonElement>('[data-action="primary"]')!.click();
  await seen(() => document.querySelector('[data-figure][data-paused]') !== null, 'the figure paused');
  // Animation.pause() takes hold at the next frame (the animation is pending until then, and
  // moves on meanwhile): look once it has.
  await seen(
    () =>
      document
        .querySelector(part)!
        .getAnimations()
        .every((m) => !m.pending),
    'the pause taken hold',
  );
  const c = look();
  await wait(700);
  return [a, b, c, look()];
}

const sample = async (page: ExtPage) => (await page.evaluate(inPage, [PART, 'look'] as const))[0]!;
const breatheOutThenPause = async (page: ExtPage) => {
  const [a, b, c, d] = await page.evaluate(inPage, [PART, 'breatheOutThenPause'] as const);
  return { a: a!, b: b!, c: c!, d: d! };
};

const phaseIs = (page: ExtPage, word: string, timeout: number) =>
  page.waitFor((w) => document.querySelector('.phase-word')?.textContent === w, word, { timeout });

describe.each(browsers)('stretch figures (%s)', (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await launchWithEveryCard(name);
  });
  afterAll(async () => {
    await run?.close();
  });

  async function openCard(id: string): Promise<ExtPage> {
    const page = await openPopup(run, { current: id });
    await page.waitForSelector(`[data-figure="${id}"] .art-part`);
    return page;
  }

  it('move with the breath: mid-step the pose lies between start and stretch, and stop with the timer', async () => {
    const page = await openCard('chair-twist');
    const still = await sample(page);
    expect(still.to).toBe('stretch');
    expect(still.now).toBe(still.stretch);
    expect(still.start).not.toBe(still.stretch);
    await page.click('[data-action="primary"]');
    // The lead-in settles into the start pose; breathing out is the first long move (6 s).
    await phaseIs(page, 'Breathe out', 20_000);
    const { a, b, c, d } = await breatheOutThenPause(page);
    // Breathing out: on the way to the stretch pose, not there yet, and still moving.
    for (const look of [a, b]) {
      expect(look).toMatchObject({ to: 'stretch', word: 'Breathe out' });
      expect(look.progress).toBeGreaterThan(0);
      expect(look.progress).toBeLessThan(1);
      expect(look.now).not.toBe(look.start);
      expect(look.now).not.toBe(look.stretch);
    }
    expect(b.progress).toBeGreaterThan(a.progress!);
    expect(a.now).not.toBe(b.now);
    // Paused with the timer: the figure stops where it is, mid-move, and goes on when the timer does.
    expect(c.to).toBe('stretch');
    expect(c.now).not.toBe(c.start);
    expect(c.now).not.toBe(c.stretch);
    expect(d.now).toBe(c.now);
    expect(d.progress).toBe(c.progress);
    await page.click('[data-action="primary"]');
    await page.waitFor(([part, before]) => getComputedStyle(document.querySelector(part)!).transform !== before, [PART, c.now] as const, {
      timeout: 5000,
    });
    await phaseIs(page, 'Breathe in', 12_000);
    expect((await sample(page)).to).toBe('start');
    await page.close();
  });

  it('draws every card (screenshots)', async () => {
    for (const id of ALL_STRETCHES) {
      const page = await openCard(id);
      expect(await page.evaluate(() => document.querySelector('.art')!.getBoundingClientRect().width)).toBe(112);
      if (name === 'chromium') {
        // Chromium photographs both schemes by media emulation; Firefox takes its scheme at launch.
        await page.screenshot(`figure-${id}-light`);
        await (page as ReturnType<typeof chromiumPage>).page.emulateMedia({ colorScheme: 'dark' });
        expect(await page.evaluate(() => document.querySelector('.art')!.getBoundingClientRect().width)).toBe(112);
        await page.screenshot(`figure-${id}-dark`);
      } else {
        await page.screenshot(`figure-${id}-firefox`);
      }
      await page.close();
    }
  });

  it('made no console errors', async () => {
    expect(await run.consoleErrors()).toEqual([]);
  });
});

describe.each(browsers)('stretch figures under reduced motion (%s)', (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await launchWithEveryCard(name, true);
  });
  afterAll(async () => {
    await run?.close();
  });

  it('hold still in the stretch pose, with the arrow', async () => {
    const page = await openPopup(run, { current: 'chair-twist' });
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await page.click('[data-action="primary"]');
    await sleep(1200);
    const a = await sample(page);
    await sleep(1000);
    const b = await sample(page);
    expect(a.to).toBe('start');
    expect(a.now).toBe(a.stretch);
    expect(b.now).toBe(a.now);
    expect(await page.count('.art-arrow-head')).toBeGreaterThan(0);
    await page.close();
    expect(await run.consoleErrors()).toEqual([]);
  });
});
