// @vitest-environment happy-dom
// "Your stretches" on the options page, on the real store over fake storage areas: a stretch
// written in the editor is saved only when valid, a built-in copied fills every field, a deletion
// can be undone, and the sync notice names what stays on this device.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { CustomSection } from '../../src/options/section-custom';
import { CUSTOM_STRETCHES_KEY } from '../../src/storage/keys';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';
import { custom, seeded } from '../core/stretches/support/custom';

beforeAll(installEnglish);
afterEach(cleanup);

async function setup(prepare?: (f: ReturnType<typeof fakePageDeps>) => Promise<void>) {
  const fakes = fakePageDeps();
  await prepare?.(fakes);
  render(<CustomSection deps={fakes.deps} random={seeded(7)} />);
  await waitFor(() => expect(document.querySelector('.custom-list, .custom-empty')).not.toBeNull());
  const stored = async () => (await fakes.deps.customStretches.load()).stretches;
  return { ...fakes, stored };
}
const type = (label: string | RegExp, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save stretch' }));

describe('your stretches', () => {
  it('says there are none yet, and adds one written in the editor', async () => {
    const { stored } = await setup();
    expect(screen.getByText('You have no stretches of your own yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a stretch' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('cs-title'));
    type('Name', 'Wall angels');
    expect(screen.getByText('11/60')).toBeTruthy();
    type('Step 1', 'Stand with your back to a wall.');
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    type('Step 2', 'Slide your arms up and down.');
    fireEvent.click(screen.getByRole('button', { name: /Move step 2 up/ }));
    fireEvent.click(screen.getByLabelText('Standing'));
    fireEvent.click(screen.getByLabelText('Hold'));
    fireEvent.input(screen.getByLabelText('Seconds to hold'), { target: { value: '30' } });
    fireEvent.click(screen.getByLabelText('One side, then the other'));
    fireEvent.click(screen.getByLabelText('Right'));
    fireEvent.click(screen.getByLabelText('the arm that works'));
    fireEvent.click(screen.getByLabelText('Shoulders'));
    fireEvent.click(screen.getByLabelText('Chest'));
    fireEvent.click(screen.getByLabelText('Eagle arms'));
    fireEvent.click(screen.getByLabelText('Mirrored'));
    save();
    await screen.findByText('“Wall angels” saved.');
    expect(await stored()).toEqual([
      {
        id: expect.stringMatching(/^custom-[a-z0-9]{10}$/),
        name: 'Wall angels',
        steps: ['Slide your arms up and down.', 'Stand with your back to a wall.'],
        position: 'standing',
        deskFriendly: true,
        dose: { kind: 'hold', seconds: 30 },
        sides: 'both',
        sidePlan: { first: 'right', by: 'arm' },
        areas: ['shoulders', 'chest'],
        figure: { stretchId: 'eagle-arms', mirrored: true },
        updatedAt: expect.any(Number),
      },
    ]);
    const row = screen.getByRole('listitem');
    expect(row.textContent).toContain('Standing');
    expect(row.textContent).toContain('Hold 30 s per side');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Edit'));
  });

  it('saves nothing while a field is wrong: each problem under its field, focus on the first', async () => {
    const { stored, customLocal } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add a stretch' }));
    type('Step 1', 'x'.repeat(205));
    expect(screen.getByText('205/200').classList.contains('over')).toBe(true);
    fireEvent.input(screen.getByLabelText('Number of breaths'), { target: { value: '40' } });
    save();
    expect(screen.getByRole('alert').textContent).toBe('Not saved yet: see the messages above.');
    await waitFor(() => expect(document.activeElement?.id).toBe('cs-name'));
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Give the stretch a name.').id).toBe('cs-name-error');
    expect(screen.getByText('Use at most 200 characters.')).toBeTruthy();
    expect(screen.getByText('Choose from 1 to 20 breaths.')).toBeTruthy();
    // Fixed as the person types: the message goes, and nothing was stored meanwhile.
    type('Name', 'Fine');
    expect(screen.queryByText('Give the stretch a name.')).toBeNull();
    expect(await customLocal.get(CUSTOM_STRETCHES_KEY)).toBeUndefined();
    expect(await stored()).toEqual([]);
  });

  it('makes a copy of a built-in with every field filled in', async () => {
    const { stored } = await setup();
    fireEvent.change(screen.getByLabelText('or start from'), { target: { value: 'downward-dog' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make a copy' }));
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Downward-facing dog');
    expect((screen.getByLabelText('Floor') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Suits a desk') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Caution (optional)') as HTMLTextAreaElement).value).not.toBe('');
    expect((screen.getByLabelText('Downward-facing dog') as HTMLInputElement).checked).toBe(true);
    save();
    await screen.findByText('“Downward-facing dog” saved.');
    const [copy] = await stored();
    expect(copy).toMatchObject({ position: 'floor', deskFriendly: false, figure: { stretchId: 'downward-dog', mirrored: false } });
    expect(copy!.steps).toHaveLength(5);
  });

  it('edits and duplicates a stretch, and deletes one with an undo', async () => {
    const { stored } = await setup((f) => f.deps.customStretches.save(custom({ name: 'Shoulder rolls' })).then(() => undefined));
    const row = await screen.findByText('Shoulder rolls');
    const buttons = within(row.closest('li')!);
    fireEvent.click(buttons.getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('heading', { name: 'Edit “Shoulder rolls”' })).toBeTruthy();
    type('Name', 'Shoulder circles');
    save();
    await screen.findByText('“Shoulder circles” saved.');
    expect((await stored()).map((s) => [s.id, s.name])).toEqual([[custom().id, 'Shoulder circles']]);

    fireEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Shoulder circles (copy)');
    save();
    await screen.findByText('“Shoulder circles (copy)” saved.');
    expect(await stored()).toHaveLength(2);

    fireEvent.click(within(screen.getByText('Shoulder circles').closest('li')!).getByRole('button', { name: 'Delete' }));
    await screen.findByText(/“Shoulder circles” deleted/);
    expect((await stored()).map((s) => s.name)).toEqual(['Shoulder circles (copy)']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('“Shoulder circles” saved.');
    expect((await stored()).map((s) => s.name).sort()).toEqual(['Shoulder circles', 'Shoulder circles (copy)']);
  });

  it('cancels an edit without saving and gives focus back', async () => {
    const { stored } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add a stretch' }));
    type('Name', 'Half done');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('cs-add'));
    expect(await stored()).toEqual([]);
  });

  it('names the stretches that stay on this device, and counts damaged ones', async () => {
    await setup(async (f) => {
      f.customSync.failWith = new Error('QUOTA_BYTES quota exceeded');
      await f.deps.customStretches.save(custom({ name: 'Kept here' }));
      const record = (await f.customLocal.get(CUSTOM_STRETCHES_KEY)) as { entries: unknown[]; localOnly: string[] };
      await f.customLocal.set(CUSTOM_STRETCHES_KEY, { ...record, entries: [...record.entries, { id: 'custom-broken1', name: 42 }] });
    });
    const local = await screen.findByText(/stay on this device only/);
    expect(local.closest('[data-notice]')!.textContent).toContain('Kept here');
    expect(screen.getByText(/could not be read: 1/)).toBeTruthy();
  });
});
