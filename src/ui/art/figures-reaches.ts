// The reaches, wraps and twists, mostly seen from the front: thread the needle, the cross-body
// shoulder stretch, chin to chest, the side reach, eagle arms and the chair twist.
import { arm, FOOT, FRONT_TRUNK, leg, outlined, type FigureSpec } from './drawing';
import { eagle, EAGLE_CHAIR, EAGLE_ORDER, NEEDLE_MAT, NEEDLE_ORDER, needleArrow, needlePoses } from './turned-figures';
import { along, behindHead, chairFront, chairSide, figure, frontFeet } from './sketch';

export const reachSketches: Record<string, () => FigureSpec> = {
  'thread-the-needle': () =>
    figure({
      view: 'front',
      // Three-quarter from the front, on the side of the arm that stays planted, so the twist shows:
      // the right hand first reaches up (the chest opens), then slides under the chest and the left
      // arm to lie along the floor, palm up, as the right shoulder and temple come down to the mat.
      // The hips stay over the knees and the left hand stays where it is, its elbow bending.
      order: NEEDLE_ORDER,
      props: [NEEDLE_MAT],
      start: needlePoses().open.spec,
      stretch: needlePoses().threaded.spec,
      arrow: needleArrow(),
    }),
  'cross-body-shoulder': () =>
    figure({
      view: 'front',
      order: [...leg('near', 'A'), ...leg('near', 'B'), ...FRONT_TRUNK, ...outlined(arm('near', 'B')), ...outlined(arm('near', 'A'))],
      start: {
        at: [60, 68.5],
        wide: 1,
        back: [-90, -90],
        neck: -90,
        seen: { upperArmB: 0.85, ...frontFeet },
        armA: { to: (j) => along(j, 'upperArmB', 0.75), bend: 1, end: 60 },
        armB: [158, 176, 180],
        legA: [92, 90, 180],
        legB: [88, 90, 0],
      },
      stretch: {
        at: [60, 68.5],
        wide: 1,
        back: [-90, -90],
        neck: -92,
        seen: { upperArmB: 1, ...frontFeet },
        armA: { to: (j) => along(j, 'upperArmB', 0.75), bend: 1, end: 60 },
        armB: [163, 180, 180],
        legA: [92, 90, 180],
        legB: [88, 90, 0],
      },
      arrow: [
        [50, 66],
        [34, 68],
        [26, 56],
      ],
    }),
  'chin-to-chest': () =>
    figure({
      view: 'side',
      props: chairSide(30, 95),
      start: {
        at: [40, 89.5],
        back: [-90, -90],
        neck: -90,
        face: [0, 1],
        armA: { to: (j) => behindHead(j), bend: -1, end: 0 },
        armB: { to: (j) => behindHead(j, 4), bend: -1, end: 0 },
        legA: [0, 90, 0],
        legB: [2, 92, 0],
      },
      stretch: {
        at: [40, 89.5],
        back: [-86, -74],
        neck: -38,
        face: [52, 1],
        armA: { to: (j) => behindHead(j), bend: 1, end: 0 },
        armB: { to: (j) => behindHead(j, 4), bend: 1, end: 0 },
        legA: [0, 90, 0],
        legB: [2, 92, 0],
      },
      arrow: [
        [64, 26],
        [80, 28],
        [78, 46],
      ],
    }),
  'standing-side-reach': () =>
    figure({
      view: 'front',
      start: {
        at: [60, 68.5],
        wide: 1,
        back: [-90, -90],
        neck: -90,
        seen: frontFeet,
        armA: [-95, -88, -90],
        armB: { to: [67, 68], bend: -1, end: 160 },
        legA: { to: [56, FOOT], bend: 1, end: 180 },
        legB: { to: [63, FOOT], bend: -1, end: 0 },
      },
      stretch: {
        at: [60, 68.5],
        wide: 1,
        back: [-80, -62],
        neck: -56,
        seen: frontFeet,
        armA: [-64, -34, -24],
        armB: { to: [67, 68], bend: -1, end: 160 },
        legA: { to: [56, FOOT], bend: 1, end: 180 },
        legB: { to: [63, FOOT], bend: -1, end: 0 },
      },
      arrow: [
        [70, 14],
        [92, 8],
        [100, 28],
      ],
    }),
  'eagle-arms': () =>
    figure({
      view: 'front',
      // Seated, seen from the front: the left upper arm over the right, elbow on elbow in front of
      // the chest, forearms twined up to palms together; the elbows lift from chest to shoulder height.
      order: EAGLE_ORDER,
      props: EAGLE_CHAIR,
      start: eagle(9),
      stretch: eagle(0),
      arrow: [
        [84, 70],
        [92, 58],
        [86, 44],
      ],
    }),
  'chair-twist': () =>
    figure({
      view: 'front',
      props: [...chairFront(38, 42, 90), 'M39 90V52'],
      order: [...leg('near', 'A'), ...leg('near', 'B'), ...FRONT_TRUNK, ...arm('near', 'A'), ...outlined(arm('near', 'B'))],
      start: {
        at: [60, 83],
        wide: 1,
        back: [-90, -90],
        neck: -90,
        seen: { thighA: 0.3, thighB: 0.3, ...frontFeet },
        armA: { to: [42, 64], bend: -1, end: 180 },
        armB: { to: [44, 72], bend: 1, end: 180 },
        legA: [92, 90, 180],
        legB: [88, 90, 0],
      },
      stretch: {
        at: [60, 83],
        wide: 0.4,
        hipWide: 1,
        back: [-90, -90],
        neck: -90,
        face: [180, 0.8],
        seen: { thighA: 0.3, thighB: 0.3, ...frontFeet },
        armA: { to: [42, 64], bend: 1, end: 180 },
        armB: { to: [43, 70], bend: 1, end: 180 },
        legA: [92, 90, 180],
        legB: [88, 90, 0],
      },
      arrow: [
        [82, 30],
        [62, 16],
        [42, 30],
      ],
    }),
};
