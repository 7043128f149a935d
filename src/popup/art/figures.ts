// Line figures for the twelve stretches, drawn for Unhunch. Each pose is a skeleton of points
// (head, a curved spine, limbs as polylines) on a 120 × 110 grid, so every figure shares the
// same proportions and stroke, and a new pose is a few coordinates rather than a new drawing.
// The floor is at y = 104; figures face left or right, whichever shows the pose best.

export type Pt = readonly [number, number];

export interface Figure {
  head: Pt;
  /** Neck, a control point for the curve of the back, hips. */
  spine: readonly [Pt, Pt, Pt];
  /** Near-side limbs and any extra body lines, drawn full strength. */
  limbs: readonly (readonly Pt[])[];
  /** Far-side limbs, drawn fainter for depth. */
  far?: readonly (readonly Pt[])[];
  /** Chair, wall: thin and faint, so the body reads first. */
  props?: readonly string[];
  /** Dashed hints of movement (the other half of cat-cow, the turn of a twist). */
  motion?: readonly string[];
}

const chairSide = ['M36 71H68', 'M38 71V104', 'M66 71V104', 'M38 71V38'];

export const figures: Record<string, Figure> = {
  'chair-twist': {
    head: [61, 21],
    spine: [[58, 32], [55, 50], [56, 68]],
    limbs: [[[50, 70], [46, 78], [45, 104]], [[62, 70], [67, 78], [68, 104]], [[60, 36], [73, 42], [86, 44]]],
    far: [[[52, 36], [64, 50], [84, 52]]],
    props: ['M34 71H86', 'M38 71V104', 'M84 71V104', 'M86 71V34'],
    motion: ['M40 50Q58 66 80 58', 'M75 56L80 58L78 63'],
  },
  'eagle-arms': {
    head: [54, 22],
    spine: [[52, 33], [49, 52], [50, 69]],
    limbs: [[[50, 70], [76, 71], [77, 104]], [[53, 38], [70, 43], [69, 20]]],
    far: [[[50, 70], [72, 73], [72, 104]], [[53, 38], [66, 46], [74, 24]]],
    props: chairSide,
  },
  'downward-dog': {
    head: [31, 81],
    spine: [[40, 72], [55, 56], [70, 40]],
    limbs: [[[40, 72], [30, 88], [20, 104]], [[70, 40], [86, 72], [98, 99], [106, 103]]],
    far: [[[43, 72], [35, 88], [27, 104]]],
  },
  'modified-downward-dog': {
    head: [36, 63],
    spine: [[44, 56], [60, 55], [76, 56]],
    limbs: [[[44, 56], [31, 54], [19, 51]], [[76, 56], [81, 80], [80, 104], [71, 104]]],
    props: ['M16 10V104'],
  },
  'childs-pose': {
    head: [38, 95],
    spine: [[47, 89], [64, 56], [86, 86]],
    limbs: [[[47, 89], [30, 100], [10, 103]], [[86, 86], [62, 102], [96, 104], [104, 104]]],
  },
  'cat-cow': {
    head: [27, 74],
    spine: [[36, 62], [58, 36], [80, 62]],
    limbs: [[[36, 62], [36, 104]], [[80, 62], [80, 104], [106, 104]], [[36, 62], [31, 67]]],
    motion: ['M36 62Q58 86 80 62'],
  },
  'thread-the-needle': {
    head: [40, 96],
    spine: [[50, 90], [64, 60], [86, 56]],
    limbs: [[[50, 90], [30, 103], [10, 103]], [[86, 56], [86, 104], [108, 104]]],
    far: [[[58, 80], [68, 92], [62, 104]]],
    motion: ['M70 72Q56 94 22 96', 'M27 92L22 96L27 100'],
  },
  'cross-body-shoulder': {
    head: [60, 19],
    spine: [[60, 30], [60, 48], [60, 64]],
    limbs: [[[50, 35], [70, 35]], [[70, 35], [53, 39], [36, 39]], [[60, 64], [55, 84], [53, 104]], [[60, 64], [65, 84], [67, 104]], [[50, 35], [44, 54], [58, 41]]],
  },
  'chin-to-chest': {
    head: [60, 35],
    spine: [[60, 44], [60, 58], [60, 70]],
    limbs: [[[48, 45], [72, 45]], [[48, 45], [38, 33], [55, 26]], [[72, 45], [82, 33], [65, 26]], [[55, 70], [49, 76], [48, 104]], [[65, 70], [71, 76], [72, 104]]],
    props: ['M40 72H80', 'M42 72V104', 'M78 72V104'],
    motion: ['M92 22Q98 34 92 46', 'M88 43L92 46L96 42'],
  },
  'standing-side-reach': {
    head: [43, 25],
    spine: [[50, 32], [63, 44], [60, 64]],
    limbs: [[[55, 31], [59, 18], [54, 8], [40, 3]], [[46, 36], [40, 50], [56, 60]], [[60, 64], [58, 84], [57, 104]], [[60, 64], [63, 84], [64, 104]]],
    motion: ['M76 30Q76 8 56 2', 'M61 0L56 2L60 6'],
  },
  'standing-forward-fold': {
    head: [77, 91],
    spine: [[79, 80], [86, 44], [56, 46]],
    limbs: [[[56, 46], [61, 75], [62, 104], [71, 104]], [[79, 80], [82, 92], [76, 102]]],
  },
  cobra: {
    head: [29, 55],
    spine: [[35, 65], [42, 96], [68, 100]],
    limbs: [[[68, 100], [88, 103], [110, 104]], [[37, 70], [52, 86], [42, 103]]],
  },
};

/** A quadratic curve through the spine's three points, and polylines for limbs. */
export const spinePath = ([a, c, b]: Figure['spine']) => `M${a[0]} ${a[1]}Q${c[0]} ${c[1]} ${b[0]} ${b[1]}`;
export const linePath = (pts: readonly Pt[]) => pts.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join('');
