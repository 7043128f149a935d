// @vitest-environment happy-dom
// The on/off stretch list with the person's own stretches and the organisation's (issue 21).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp } from '../../src/options/options-app';
import { defaultSettings } from '../../src/core/settings/defaults';
import { stretches } from '../../src/core/stretches/library';
import { CUSTOM_STRETCHES_KEY, SETTINGS_KEY } from '../../src/storage/keys';
import type { Settings } from '../../src/core/settings/defaults';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';
import { custom } from '../core/stretches/support/custom';

beforeAll(installEnglish);
afterEach(cleanup);

const mine = custom({ id: 'custom-mine000001', name: 'My <b>shoulder</b> rolls' });
const theirs = custom({ id: 'custom-org0000001', name: 'Team neck release', position: 'standing' });

async function setup(policy: Record<string, unknown> = { stretches: [theirs] }, initial: Settings = defaultSettings()) {
  // The page learns what is locked from the settings it was opened with, as options/index.tsx does.
  const locked = (policy.locked as (keyof Settings)[] | undefined) ?? [];
  const fakes = fakePageDeps();
  await fakes.deps.customStretches.save(mine);
  fakes.managed.set(policy);
  await fakes.deps.policy.refresh();
  render(<OptionsApp deps={fakes.deps} initial={initial} notices={locked.length ? [{ code: 'managed', locked }] : []} />);
  await screen.findByLabelText('Team neck release');
  const stored = () => fakes.sync.data.get(SETTINGS_KEY) as Settings | undefined;
  return { ...fakes, stored };
}

describe("the stretch list with a person's own and the organisation's stretches", () => {
  it('lists them under the built-ins, the organisation first, names as text, and switches them off and on', async () => {
    const { stored } = await setup();
    const items = [...document.querySelectorAll('.stretch-list li')].map((li) => li.getAttribute('data-stretch'));
    expect(items).toEqual([...stretches.map((s) => s.id), theirs.id, mine.id]);
    const own = screen.getByLabelText('My <b>shoulder</b> rolls') as HTMLInputElement;
    expect(document.querySelector('.stretch-list b')).toBeNull();
    expect(document.querySelector(`[data-stretch="${theirs.id}"]`)!.textContent).toContain('Set by your organisation');
    expect(document.querySelector(`[data-stretch="${mine.id}"]`)!.textContent).not.toContain('Set by your organisation');
    fireEvent.click(own);
    await waitFor(() => expect(stored()?.disabledStretchIds).toEqual([mine.id]));
    fireEvent.click(screen.getByLabelText('Team neck release'));
    await waitFor(() => expect(stored()?.disabledStretchIds).toEqual([mine.id, theirs.id]));
  });

  it("keeps the organisation's stretches on when the stretch list is locked", async () => {
    await setup({ stretches: [theirs], locked: ['disabledStretchIds'] });
    expect(document.querySelector<HTMLFieldSetElement>('[data-field="disabledStretchIds"]')!.disabled).toBe(true);
    expect(document.querySelector(`[data-stretch="${theirs.id}"] input`)).toHaveProperty('checked', true);
  });

  it('does not say every stretch is off while a custom one is still on', async () => {
    const allOff = { ...defaultSettings(), disabledStretchIds: stretches.map((s) => s.id) };
    await setup({ stretches: [theirs] }, allOff);
    expect(screen.queryByText(/Every stretch is switched off/)).toBeNull();
  });

  it('"Delete all data" removes the person\'s own stretches, here and in sync', async () => {
    const { deps, customLocal, customSync } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByText(/All data deleted/);
    expect((await deps.customStretches.load()).stretches).toEqual([]);
    const entries = (customLocal.data.get(CUSTOM_STRETCHES_KEY) as { entries: object[] }).entries;
    expect(entries.every((e) => 'deletedAt' in e)).toBe(true);
    expect([...customSync.data.entries()].filter(([k]) => k.startsWith('stretch.')).every(([, v]) => 'deletedAt' in (v as object))).toBe(
      true,
    );
    await waitFor(() => expect(screen.queryByLabelText('My <b>shoulder</b> rolls')).toBeNull());
  });
});
