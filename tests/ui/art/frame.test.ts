// Paint order: an outlined limb's outlines go down together just before its segments.
import { describe, expect, it } from 'vitest';
import type { BodySide, Limb } from '../../../src/ui/art/body';
import { partKey } from '../../../src/ui/art/drawing';
import { paintOrder, type Paint, type Part, type Tone } from '../../../src/ui/art/frame';

const part = (p: Paint): Part => ({ ...p, key: partKey(p), halo: !!p.halo, width: 5, length: 10, start: [], stretch: [] });
const show = (paints: Paint[]) => paintOrder(paints.map(part)).map(({ part: p, halo }) => (halo ? `(${p.key})` : p.key));
const outlined = (tone: Tone, kind: Limb, side: BodySide): Paint => ({ tone, kind, side, halo: true });

describe('paintOrder', () => {
  it('puts all outlines of one limb before its segments, and keeps limbs and plain parts in order', () => {
    expect(
      show([
        { tone: 'body', kind: 'neck' },
        outlined('near', 'upperArm', 'A'),
        outlined('near', 'forearm', 'A'),
        outlined('near', 'hand', 'A'),
        outlined('near', 'upperArm', 'B'),
        outlined('near', 'forearm', 'B'),
        { tone: 'near', kind: 'thigh', side: 'A' },
      ]),
    ).toEqual([
      'body:neck',
      '(near+:upperArmA)',
      '(near+:forearmA)',
      '(near+:handA)',
      'near+:upperArmA',
      'near+:forearmA',
      'near+:handA',
      '(near+:upperArmB)',
      '(near+:forearmB)',
      'near+:upperArmB',
      'near+:forearmB',
      'near:thighA',
    ]);
  });

  it('starts a new run where another limb comes between two parts of the same one', () => {
    expect(show([outlined('far', 'upperArm', 'A'), outlined('near', 'upperArm', 'B'), outlined('far', 'forearm', 'A')])).toEqual([
      '(far+:upperArmA)',
      'far+:upperArmA',
      '(near+:upperArmB)',
      'near+:upperArmB',
      '(far+:forearmA)',
      'far+:forearmA',
    ]);
  });
});
