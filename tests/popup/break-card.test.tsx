// @vitest-environment happy-dom
// One card per break: the same across openings within a break, a new one for the next break,
// however the last one ended (issue 12).
import { cleanup, fireEvent } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parseBag } from '../../src/core/stretches/shuffle-bag';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { status } from './fake-connector';
import { renderPopup } from './render-popup';
import { flush, useFakeClock } from './clock';
import { SHUFFLE_KEY } from '../../src/storage/keys';

useFakeClock(new Date(2026, 10, 24, 10, 0, 0));

const shownId = () => document.querySelector('[data-figure]')!.getAttribute('data-figure')!;
const click = (action: string) => fireEvent.click(document.querySelector(`[data-action="${action}"]`)!);
const routineIds = () => {
  const ids: string[] = [];
  const count = document.querySelectorAll('.dot').length;
  for (let n = 0; n < count; n++) {
    ids.push(shownId());
    // Not past the last one, which would end the routine.
    if (n < count - 1) click('next');
  }
  return ids;
};

/** Opens the popup again on what the last opening saved, during break `breakId`. */
async function reopen(area: FakeStorageArea, breakId: string, routine = false) {
  cleanup();
  renderPopup({ area, bag: parseBag(await area.get(SHUFFLE_KEY)), status: status({ breakId }), routine });
  await flush();
}

describe('a card per break', () => {
  it('keeps the card across openings within one break', async () => {
    const area = new FakeStorageArea();
    renderPopup({ area, status: status({ breakId: 'c-1' }) });
    await flush();
    const first = shownId();
    for (let i = 0; i < 3; i++) {
      await reopen(area, 'c-1');
      expect(shownId()).toBe(first);
    }
  });

  it('deals a new card for the next break even when the last one was never looked at', async () => {
    const area = new FakeStorageArea();
    const seen = new Set<string>();
    renderPopup({ area, status: status({ breakId: 'c-1' }) });
    await flush();
    seen.add(shownId());
    for (let n = 2; n <= 4; n++) {
      await reopen(area, `c-${n}`);
      // Dealt from the shuffle bag: four breaks, four different desk stretches.
      expect(seen.has(shownId())).toBe(false);
      seen.add(shownId());
    }
  });

  it('offers another stretch at once when Skip starts the next break in an open popup', async () => {
    const area = new FakeStorageArea();
    renderPopup({ area, status: status({ phase: 'due', remainingMs: 0, breakId: 'c-1' }) });
    await flush();
    const first = shownId();
    click('skip');
    await flush();
    expect(shownId()).not.toBe(first);
    expect(parseBag(await area.get(SHUFFLE_KEY))).toMatchObject({ current: shownId(), breakId: 'c-2' });
  });

  it('deals for the break the engine saved when the popup paints before the background answers', async () => {
    const area = new FakeStorageArea();
    renderPopup({ area, status: status({ breakId: 'c-1' }) });
    await flush();
    const first = shownId();
    cleanup();
    let answer!: (s: ReturnType<typeof status>) => void;
    const later = new Promise<ReturnType<typeof status> | null>((resolve) => (answer = resolve));
    renderPopup({ area, bag: parseBag(await area.get(SHUFFLE_KEY)), statusLater: later, breakId: 'c-2' });
    const painted = shownId();
    expect(painted).not.toBe(first);
    answer(status({ breakId: 'c-2' }));
    await flush();
    expect(shownId()).toBe(painted);
  });

  it('keeps the routine across openings within one long break, and deals a new one for the next', async () => {
    const area = new FakeStorageArea();
    renderPopup({ area, status: status({ breakId: 'c-4' }), routine: true });
    await flush();
    const first = routineIds();
    await reopen(area, 'c-4', true);
    expect(routineIds()).toEqual(first);
    await reopen(area, 'c-8', true);
    expect(routineIds()).not.toEqual(first);
  });
});
