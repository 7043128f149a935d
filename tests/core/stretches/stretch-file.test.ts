// The file a person shares their stretches in: read all or nothing, with reasons; an import
// never overwrites a stretch already there.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CUSTOM_LIMITS } from '../../../src/core/stretches/custom';
import { stretches } from '../../../src/core/stretches/library';
import { planImport, readStretchFile, stretchFile, STRETCH_FILE_VERSION } from '../../../src/core/stretches/stretch-file';
import { custom, seeded } from './support/custom';

const FIGURES = new Set(stretches.map((s) => s.id));

describe('the shared file', () => {
  const file = (over: object = {}) => JSON.stringify({ ...stretchFile([custom()], 5_000), ...over });

  it('round-trips what it carries', () => {
    expect(readStretchFile(file(), FIGURES)).toEqual({ ok: true, stretches: [custom()] });
  });

  it.each([
    ['not JSON', 'nope{', ''],
    ['another format', file({ format: 'stretchly' }), 'format'],
    ['a newer version', file({ version: STRETCH_FILE_VERSION + 1 }), 'version'],
    ['an unknown field', file({ extra: true }), 'extra'],
    ['no stretches', JSON.stringify({ format: 'unhunch-stretches', version: 1 }), 'stretches'],
    [
      'too many stretches',
      file({ stretches: Array.from({ length: 51 }, (_, i) => custom({ id: `custom-${String(i).padStart(6, 'a')}` })) }),
      'stretches',
    ],
    ['one id twice', file({ stretches: [custom(), custom()] }), 'stretches[1].id'],
    [
      'a figure that does not exist',
      file({ stretches: [custom({ figure: { stretchId: 'moonwalk', mirrored: false } })] }),
      'stretches[0].figure.stretchId',
    ],
    ['text too long', file({ stretches: [custom({ steps: ['x'.repeat(201)] })] }), 'stretches[0].steps[0]'],
    ['a missing field', file({ stretches: [{ ...custom(), name: undefined }] }), 'stretches[0].name'],
  ])('is refused with its reason for %s', (_what, text, path) => {
    const result = readStretchFile(text, FIGURES);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toContain(path);
  });

  it('offers an id already present as a copy, never overwriting', () => {
    const mine = custom({ name: 'Mine' });
    const theirs = custom({ name: 'Theirs' });
    const other = custom({ id: 'custom-zzzzzz9999' });
    const plan = planImport([mine], [theirs, other], 9_000, seeded(3));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.copies).toEqual([{ of: mine.id, id: plan.added[0]!.id }]);
    expect(plan.added[0]).toMatchObject({ name: 'Theirs', updatedAt: 9_000 });
    expect(plan.added[0]!.id).not.toBe(mine.id);
    expect(plan.added[1]!.id).toBe(other.id);
  });

  it('refuses an import that would take the person past the limit, whole', () => {
    const many = Array.from({ length: CUSTOM_LIMITS.STRETCHES_MAX }, (_, i) => custom({ id: `custom-${String(i).padStart(6, 'b')}` }));
    expect(planImport(many, [custom({ id: 'custom-newnewnew1' })], 1, seeded())).toEqual({
      ok: false,
      problems: [{ path: 'stretches', code: 'tooMany', limit: 0 }],
    });
  });
});

describe('docs/STRETCH-FILE.md', () => {
  const doc = readFileSync(new URL('../../../docs/STRETCH-FILE.md', import.meta.url), 'utf8');

  it('shows an example that reads as a valid file', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    expect(readStretchFile(example, FIGURES)).toMatchObject({ ok: true });
  });

  it('names every built-in a figure may use, and the limits the code enforces', () => {
    for (const s of stretches) expect(doc).toContain(`\`${s.id}\``);
    expect(doc).toContain(`1 to ${CUSTOM_LIMITS.NAME_CHARS} characters`);
    expect(doc).toContain(`0 to ${CUSTOM_LIMITS.STRETCHES_MAX} stretches`);
    expect(doc).toContain(`each 1 to ${CUSTOM_LIMITS.STEP_CHARS} characters`);
  });
});
