// A person's own stretch in real Chromium and Firefox ESR (issue 21): one synced from another
// device reaches this one's storage.local through the background, the popup deals it from its
// first storage read with its mirrored figure and its words as text, and a break ended with it
// records its name in the history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSyncKey } from '../../src/core/stretches/custom-sync';
import type { CustomStretch } from '../../src/core/stretches/custom';
import { CUSTOM_STRETCHES_KEY, POPUP_SETTINGS_KEY } from '../../src/storage/keys';
import { browsers, launch, until, type Run } from './support/driver';
import { ALL_STRETCHES, historyRecords, POPUP_SIZE, setSettings } from './support/pages';

const own: CustomStretch = {
  id: 'custom-e2edoor0001',
  name: 'Doorway <b>opener</b>',
  steps: ['Stand in a doorway, forearms on the frame.', 'Lean through until the chest opens.'],
  position: 'standing',
  deskFriendly: true,
  dose: { kind: 'hold', seconds: 10 },
  sides: 'one',
  areas: ['chest', 'shoulders'],
  figure: { stretchId: 'eagle-arms', mirrored: true },
  updatedAt: 1_000,
};

describe.each(browsers)("a person's own stretch (%s)", (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await launch(name);
  });
  afterAll(async () => {
    await run?.close();
  });

  it('arrives from another device through storage.sync and is kept on this one', async () => {
    await run.storageSet('sync', { [customSyncKey(own.id)]: own });
    await until(
      'the background to merge the synced stretch into storage.local',
      () => run.storageGet<{ entries: { id: string }[] }>('local', CUSTOM_STRETCHES_KEY),
      (v) => v?.entries.some((e) => e.id === own.id) === true,
    );
  });

  it('is dealt by the popup with its mirrored figure and its words as text, and its name is recorded', async () => {
    await setSettings(run, { disabledStretchIds: ALL_STRETCHES });
    await until(
      'the popup settings to switch the built-ins off',
      () => run.storageGet<{ disabledStretchIds?: string[] }>('local', POPUP_SETTINGS_KEY),
      (v) => v?.disabledStretchIds?.length === ALL_STRETCHES.length,
    );
    const page = await run.openPage('popup.html', POPUP_SIZE);
    await page.waitForSelector('.card [data-figure="eagle-arms"][data-mirrored]');
    expect(await page.text('#stretch-name')).toBe('Doorway <b>opener</b>');
    expect(await page.count('#stretch-name b')).toBe(0);
    expect(await page.count('.steps li')).toBe(2);
    await page.click('[data-action="primary"]');
    await page.click('[data-action="finish"]');
    await page.waitForSelector('.finish[data-state="saved"]');
    const taken = (await historyRecords<{ type: string; stretchIds: string[]; stretchNames?: Record<string, string> }>(page)).filter(
      (e) => e.type === 'taken',
    );
    expect(taken.at(-1)).toMatchObject({ stretchIds: [own.id], stretchNames: { [own.id]: own.name } });
    await page.close();
  });

  it('made no console errors', async () => {
    expect(await run.consoleErrors()).toEqual([]);
  });
});
