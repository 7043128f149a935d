// The folds and arches, seen from the side: the forward fold, cobra, both downward dogs, child's
// pose and cat-cow. Each is two poses of the one body, solved when asked for (figures.ts).
import { arm, FOOT, HAND, leg, outlined, SIDE_TRUNK, type FigureSpec } from './drawing';
import { figure, spine } from './sketch';

export const foldSketches: Record<string, () => FigureSpec> = {
  'standing-forward-fold': () =>
    figure({
      view: 'side',
      // From the side, a "∩": legs long with soft knees and the hips high over the heels, the back
      // hanging forward of the legs (apart from them, so the fold reads), head toward the shins.
      order: [...leg('far', 'B'), ...arm('far', 'B'), ...leg('near', 'A'), ...SIDE_TRUNK, ...arm('near', 'A')],
      start: {
        at: [56, 69.5],
        back: [-90, -91],
        neck: -88,
        face: [2, 1],
        armA: [94, 91, 90],
        armB: [97, 93, 90],
        legA: { to: [58, FOOT], bend: -1, end: 0 },
        legB: { to: [56, FOOT], bend: -1, end: 0 },
      },
      stretch: {
        at: [50, 69],
        back: [4, 60],
        neck: 84,
        face: [170, 1],
        seen: { upperArmA: 0.9, forearmA: 0.9, upperArmB: 0.9, forearmB: 0.9 },
        armA: { to: [77, HAND], bend: 1, end: 10 },
        armB: { to: [75, HAND], bend: 1, end: 10 },
        legA: { to: [54, FOOT], bend: -1, end: 0 },
        legB: { to: [52, FOOT], bend: -1, end: 0 },
      },
      arrow: [
        [68, 24],
        [96, 24],
        [94, 66],
      ],
    }),
  cobra: () =>
    figure({
      view: 'side',
      inhale: 'stretch',
      start: {
        at: [56, 106.5],
        back: [0, 0],
        neck: -4,
        face: [20, 1],
        armA: { to: [76, HAND], bend: 1, end: 0 },
        armB: { to: [77, HAND], bend: 1, end: 0 },
        legA: [180, 180, 180],
        legB: [181, 180, 180],
      },
      stretch: {
        at: [56, 106.5],
        back: [-6, -28],
        neck: -45,
        face: [50, 1],
        armA: { to: [76, HAND], bend: 1, end: 0 },
        armB: { to: [77, HAND], bend: 1, end: 0 },
        legA: [180, 180, 180],
        legB: [181, 180, 180],
      },
      arrow: [
        [100, 100],
        [108, 86],
        [100, 72],
      ],
    }),
  'downward-dog': () =>
    figure({
      view: 'side',
      start: {
        at: [70, 50],
        back: [150, 140],
        neck: 135,
        face: [50, 1],
        armA: { to: [24, HAND], bend: -1, end: 180 },
        armB: { to: [26, HAND], bend: -1, end: 180 },
        legA: { to: [92, 104], bend: 1, end: 20 },
        legB: { to: [94, 104], bend: 1, end: 20 },
      },
      stretch: {
        at: [70, 44],
        back: [135, 135],
        neck: 125,
        face: [40, 1],
        armA: { to: [24, HAND], bend: -1, end: 180 },
        armB: { to: [26, HAND], bend: -1, end: 180 },
        legA: { to: [94, FOOT], bend: 1, end: 0 },
        legB: { to: [96, FOOT], bend: 1, end: 0 },
      },
      arrow: [
        [48, 40],
        [50, 22],
        [68, 22],
      ],
    }),
  'modified-downward-dog': () =>
    figure({
      view: 'side',
      solids: ['M2 71H31V76H2Z'],
      props: ['M6 76V112', 'M27 76V112'],
      start: {
        at: [80, 68],
        back: [-160, -155],
        neck: -155,
        face: [150, 1],
        armA: { to: [27, 69], bend: -1, end: 180 },
        armB: { to: [28, 69], bend: -1, end: 180 },
        legA: { to: [86, FOOT], bend: 1, end: 180 },
        legB: { to: [88, FOOT], bend: 1, end: 180 },
      },
      stretch: {
        at: [82, 72],
        back: [178, 180],
        neck: 178,
        face: [92, 1],
        armA: { to: [27, 69], bend: -1, end: 180 },
        armB: { to: [28, 69], bend: -1, end: 180 },
        legA: { to: [92, FOOT], bend: 1, end: 180 },
        legB: { to: [94, FOOT], bend: 1, end: 180 },
      },
      arrow: [
        [48, 40],
        [62, 44],
        [62, 60],
      ],
    }),
  'childs-pose': () =>
    figure({
      view: 'side',
      // From hands and knees, the seat goes back onto the heels and the hands walk forward: the back
      // a long rounded slope from the hips down to the forehead on the floor, resting on the thighs.
      // Arms first, so the head lying between them stays in sight.
      order: [...leg('far', 'B'), ...arm('far', 'B'), ...leg('near', 'A'), ...outlined(arm('near', 'A')), ...SIDE_TRUNK],
      start: {
        at: [64, 87.5],
        back: spine([64, 87.5], [39, 81.5], -1),
        neck: 200,
        face: [115, 1],
        armA: { to: [34, HAND], bend: 1, end: 180 },
        armB: { to: [36, HAND], bend: 1, end: 180 },
        legA: [90, 0, 0],
        legB: [90, 1, 0],
      },
      stretch: {
        at: [83.6, 101],
        back: spine([83.6, 101], [60, 100], -1),
        neck: 150,
        face: [40, 1],
        armA: { to: [30, 108], bend: 1, end: 180 },
        armB: { to: [32, 108], bend: 1, end: 180 },
        legA: [159.06, 0, 0],
        legB: [159.06, 1, 0],
      },
      arrow: [
        [62, 68],
        [88, 62],
        [92, 84],
      ],
    }),
  'cat-cow': () =>
    figure({
      view: 'side',
      twoWay: true,
      // The back over the limbs, so its whole curve is the top line of the figure.
      order: [...leg('far', 'B'), ...arm('far', 'B'), ...leg('near', 'A'), ...arm('near', 'A'), ...SIDE_TRUNK],
      // Knees under the hips and hands under the shoulders in both; only the back and head move:
      // cow lets the belly sink into a U and lifts the head, cat rounds the back up and tucks it.
      start: {
        at: [70, 87.5],
        back: spine([70, 87.5], [50, 80.5], 1),
        neck: 250,
        face: [205, 1],
        armA: { to: [49, HAND], bend: 1, end: 180 },
        armB: { to: [51, HAND], bend: 1, end: 180 },
        legA: [91, 0, 0],
        legB: [90, 1, 0],
      },
      stretch: {
        at: [70, 87.5],
        back: spine([70, 87.5], [50, 80.5], -1),
        neck: 112,
        face: [55, 1],
        armA: { to: [49, HAND], bend: 1, end: 180 },
        armB: { to: [51, HAND], bend: 1, end: 180 },
        legA: [91, 0, 0],
        legB: [90, 1, 0],
      },
      arrow: [
        [58, 62],
        [52, 46],
        [58, 30],
      ],
    }),
};
