// The twelve stretches of Unhunch. Doses follow the reference article; the words live in
// _locales/<lang>/stretches.json under keys built from each stretch's key stem.
import type { SidePlan, Stretch } from './types';

/** Key stem → name, stepN, hold and (optionally) caution keys, all under `stretch_<stem>_`. */
function text(stem: string, steps: number, caution = false) {
  const k = (part: string) => `stretch_${stem}_${part}`;
  return {
    nameKey: k('name'),
    stepKeys: Array.from({ length: steps }, (_, i) => k(`step${i + 1}`)),
    holdKey: k('hold'),
    ...(caution ? { cautionKey: k('caution') } : {}),
  };
}

const threeBreaths = { kind: 'breaths', count: 3 } as const;
/** Two-sided: the side the steps in _locales/en/stretches.json start with, and how it is named. */
const both = (first: SidePlan['first'], by: SidePlan['by']) => ({ sides: 'both', sidePlan: { first, by } }) as const;

export const stretches: readonly Stretch[] = [
  {
    id: 'chair-twist',
    position: 'seated',
    deskFriendly: true,
    needs: ['chair'],
    ...both('right', 'turn'),
    dose: threeBreaths,
    areas: ['upperBack', 'spine'],
    ...text('chairTwist', 5),
  },
  {
    id: 'eagle-arms',
    position: 'seated',
    deskFriendly: true,
    needs: [],
    ...both('left', 'arm'),
    dose: threeBreaths,
    areas: ['upperBack', 'shoulders'],
    ...text('eagleArms', 4),
  },
  {
    id: 'downward-dog',
    position: 'floor',
    deskFriendly: false,
    needs: ['floor'],
    sides: 'one',
    dose: threeBreaths,
    areas: ['shoulders', 'upperBack', 'hamstrings'],
    ...text('downwardDog', 5, true),
  },
  {
    id: 'modified-downward-dog',
    position: 'wall',
    deskFriendly: true,
    needs: ['wall'],
    sides: 'one',
    dose: threeBreaths,
    areas: ['shoulders', 'upperBack', 'spine'],
    ...text('modifiedDog', 4, true),
  },
  {
    id: 'childs-pose',
    position: 'floor',
    deskFriendly: false,
    needs: ['floor'],
    sides: 'one',
    dose: threeBreaths,
    areas: ['upperBack', 'shoulders', 'spine'],
    ...text('childsPose', 4, true),
  },
  {
    id: 'cat-cow',
    position: 'floor',
    deskFriendly: false,
    needs: ['floor'],
    sides: 'one',
    dose: { kind: 'alternations', count: 10 },
    areas: ['spine', 'upperBack', 'neck'],
    ...text('catCow', 4),
  },
  {
    id: 'thread-the-needle',
    position: 'floor',
    deskFriendly: false,
    needs: ['floor'],
    ...both('right', 'arm'),
    dose: threeBreaths,
    areas: ['upperBack', 'shoulders'],
    ...text('threadNeedle', 5, true),
  },
  {
    id: 'cross-body-shoulder',
    position: 'standing',
    deskFriendly: true,
    needs: [],
    ...both('left', 'arm'),
    dose: threeBreaths,
    areas: ['shoulders', 'upperBack'],
    ...text('crossBody', 3),
  },
  {
    id: 'chin-to-chest',
    position: 'seated',
    deskFriendly: true,
    needs: [],
    sides: 'one',
    dose: threeBreaths,
    areas: ['neck', 'upperBack'],
    ...text('chinToChest', 3, true),
  },
  {
    id: 'standing-side-reach',
    position: 'standing',
    deskFriendly: true,
    needs: [],
    ...both('right', 'side'),
    dose: threeBreaths,
    areas: ['sides', 'shoulders'],
    ...text('sideReach', 4),
  },
  {
    id: 'standing-forward-fold',
    position: 'standing',
    deskFriendly: true,
    needs: [],
    sides: 'one',
    dose: { kind: 'hold', seconds: 15 },
    areas: ['hamstrings', 'spine', 'upperBack'],
    ...text('forwardFold', 4, true),
  },
  {
    id: 'cobra',
    position: 'floor',
    deskFriendly: false,
    needs: ['floor'],
    sides: 'one',
    dose: { kind: 'oneBreathThenRest' },
    areas: ['upperBack', 'chest', 'spine'],
    ...text('cobra', 5, true),
  },
];

const byId = new Map(stretches.map((s) => [s.id, s]));

export function stretchById(id: string): Stretch | undefined {
  return byId.get(id);
}
