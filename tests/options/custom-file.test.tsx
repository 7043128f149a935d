// @vitest-environment happy-dom
// Sharing the person's own stretches as a file: export one or all, import a good file after a
// look at what it adds (an id already here comes in as a copy, never over the one here), and a
// bad file refused with every reason while nothing changes.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { CustomSection } from '../../src/options/section-custom';
import { stretchFile } from '../../src/core/stretches/stretch-file';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';
import { custom, seeded } from '../core/stretches/support/custom';

beforeAll(installEnglish);
afterEach(cleanup);

const mine = custom({ name: 'Shoulder rolls' });
const other = custom({ id: 'custom-zzzzzz9999', name: 'Neck glide', updatedAt: 2_000 });

async function setup() {
  const fakes = fakePageDeps();
  await fakes.deps.customStretches.save(mine);
  render(<CustomSection deps={fakes.deps} random={seeded(3)} />);
  await screen.findByText('Shoulder rolls');
  return { ...fakes, stored: async () => (await fakes.deps.customStretches.load()).stretches };
}
function chooseFile(text: string, size?: number) {
  const input = screen.getByTestId('custom-import-file') as HTMLInputElement;
  const file = new File([text], 'stretches.json', { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}
const report = () => screen.findByRole('alert');

describe('stretch files', () => {
  it('exports one stretch or all of them as a file the import reads', async () => {
    const { downloads, deps } = await setup();
    await deps.customStretches.save(other);
    await screen.findByText('Neck glide');
    fireEvent.click(within(screen.getByText('Neck glide').closest('li')!).getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export all' }));
    expect(downloads.map((d) => d.name)).toEqual(['unhunch-stretch-2026-03-10.json', 'unhunch-stretches-2026-03-10.json']);
    expect(JSON.parse(downloads[0]!.text)).toMatchObject({ format: 'unhunch-stretches', version: 1, stretches: [{ name: 'Neck glide' }] });
    expect(JSON.parse(downloads[1]!.text).stretches.map((s: { name: string }) => s.name)).toEqual(['Shoulder rolls', 'Neck glide']);
  });

  it('shows what a good file adds, offers an id already here as a copy, and adds only when confirmed', async () => {
    const { stored } = await setup();
    chooseFile(JSON.stringify(stretchFile([{ ...mine, name: 'Shoulder rolls from Ana' }, other], 0)));
    const offer = await screen.findByText('These stretches will be added:');
    const items = within(offer.closest('[data-report]') as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => [li.textContent, li.hasAttribute('data-copy')])).toEqual([
      ['Shoulder rolls from Anaas a copy', true],
      ['Neck glide', false],
    ]);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Add them'));
    expect((await stored()).map((s) => s.name)).toEqual(['Shoulder rolls']);
    fireEvent.click(screen.getByRole('button', { name: 'Add them' }));
    await screen.findByText('Stretches added: 2.');
    const all = await stored();
    expect(all.map((s) => s.name)).toEqual(['Shoulder rolls', 'Shoulder rolls from Ana', 'Neck glide']);
    // The one here is untouched; the copy has an id of its own.
    expect(all[0]).toEqual({ ...mine, updatedAt: expect.any(Number) });
    expect(all[1]!.id).not.toBe(mine.id);
    expect(all[2]!.id).toBe(other.id);
  });

  it('adds nothing when the import is cancelled', async () => {
    const { stored } = await setup();
    chooseFile(JSON.stringify(stretchFile([other], 0)));
    await screen.findByText('These stretches will be added:');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText('These stretches will be added:')).toBeNull();
    expect((await stored()).map((s) => s.name)).toEqual(['Shoulder rolls']);
  });

  it('refuses a bad file with every reason in words, and changes nothing', async () => {
    const { stored, customLocal } = await setup();
    const before = structuredClone([...customLocal.data]);
    const bad = {
      format: 'unhunch-stretches',
      version: 1,
      stretches: [
        { ...other, name: 'n'.repeat(61), figure: { stretchId: 'headstand', mirrored: false }, colour: 'red' },
        { ...other, id: 'custom-qqqqqq1111', steps: [], dose: { kind: 'breaths', count: 99 } },
        { ...other, id: 'nope' },
      ],
    };
    chooseFile(JSON.stringify(bad));
    const lines = within(await report())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(screen.getByText('This file was not imported, and nothing was changed:')).toBeTruthy();
    expect(lines).toEqual([
      'Stretch 1: Unhunch does not know the field “colour”.',
      'Stretch 1, Name: Use at most 60 characters.',
      'Stretch 1, Drawing: There is no drawing by that name.',
      'Stretch 2, Steps: A stretch needs at least one step.',
      'Stretch 2, How much: Choose from 1 to 20 breaths.',
      'Stretch 3, Id: The id must be “custom-” followed by 6 to 24 lowercase letters or digits.',
    ]);
    expect([...customLocal.data]).toEqual(before);
    expect((await stored()).map((s) => s.name)).toEqual(['Shoulder rolls']);
  });

  it('says why a file of another version, not JSON, too big or too full is refused', async () => {
    await setup();
    const cases: [string, string, number?][] = [
      [JSON.stringify({ ...stretchFile([], 0), version: 2 }), 'The file is of another version; this Unhunch reads version 1.'],
      [JSON.stringify({ format: 'unhunch-stretches' }), 'The file does not say which version it is.'],
      [JSON.stringify({ ...stretchFile([], 0), format: 'unhunch-settings' }), 'This is not an Unhunch file of stretches.'],
      ['a shopping list', 'The file is not valid JSON.'],
      ['{}', 'The file is larger than 256 KB', 300_000],
      [JSON.stringify(stretchFile([], 0)), 'The file holds no stretches.'],
      [
        JSON.stringify(
          stretchFile(
            Array.from({ length: 50 }, (_, i) => custom({ id: `custom-many${String(i).padStart(4, '0')}` })),
            0,
          ),
        ),
        'There is room for only 49 more stretches',
      ],
    ];
    for (const [text, words, size] of cases) {
      chooseFile(text, size);
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(words));
    }
  });
});
