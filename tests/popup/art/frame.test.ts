// Paint order: an outlined limb's outlines go down together just before its segments.
import { describe, expect, it } from 'vitest';
import { paintOrder, type Part } from '../../../src/popup/art/frame';

const part = (key: string): Part => ({ key, kind: key.split(':')[1]!.replace(/[AB]$/, ''), tone: 'near', halo: key.includes('+'), width: 5, d: 'M0 0H10', start: [], stretch: [] });
const show = (keys: string[]) => paintOrder(keys.map(part)).map(({ part: p, halo }) => (halo ? `(${p.key})` : p.key));

describe('paintOrder', () => {
  it('puts all outlines of one limb before its segments, and keeps limbs and plain parts in order', () => {
    expect(show(['body:neck', 'near+:upperArmA', 'near+:forearmA', 'near+:handA', 'near+:upperArmB', 'near+:forearmB', 'near:thighA'])).toEqual([
      'body:neck',
      '(near+:upperArmA)', '(near+:forearmA)', '(near+:handA)', 'near+:upperArmA', 'near+:forearmA', 'near+:handA',
      '(near+:upperArmB)', '(near+:forearmB)', 'near+:upperArmB', 'near+:forearmB',
      'near:thighA',
    ]);
  });

  it('starts a new run where another limb comes between two parts of the same one', () => {
    expect(show(['far+:upperArmA', 'near+:upperArmB', 'far+:forearmA'])).toEqual([
      '(far+:upperArmA)', 'far+:upperArmA', '(near+:upperArmB)', 'near+:upperArmB', '(far+:forearmA)', 'far+:forearmA',
    ]);
  });
});
