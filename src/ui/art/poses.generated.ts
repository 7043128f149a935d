// Generated from figures.ts by tests/ui/art/poses-generated.test.ts: edit figures.ts, then run
// the unit tests. The figures with their poses solved, so the popup draws them without solving.
import type { FigureSpec, Paint } from './drawing';

const paint = [
  { tone: "far", kind: "thigh", side: "B" },
  { tone: "far", kind: "shin", side: "B" },
  { tone: "far", kind: "foot", side: "B" },
  { tone: "far", kind: "upperArm", side: "B" },
  { tone: "far", kind: "forearm", side: "B" },
  { tone: "far", kind: "hand", side: "B" },
  { tone: "near", kind: "thigh", side: "A" },
  { tone: "near", kind: "shin", side: "A" },
  { tone: "near", kind: "foot", side: "A" },
  { tone: "body", kind: "lowBack" },
  { tone: "body", kind: "midBack" },
  { tone: "body", kind: "upBack" },
  { tone: "body", kind: "neck" },
  { tone: "body", kind: "head" },
  { tone: "body", kind: "nose" },
  { tone: "near", kind: "upperArm", side: "A" },
  { tone: "near", kind: "forearm", side: "A" },
  { tone: "near", kind: "hand", side: "A" },
  { tone: "near", kind: "upperArm", side: "A", halo: true },
  { tone: "near", kind: "forearm", side: "A", halo: true },
  { tone: "near", kind: "hand", side: "A", halo: true },
  { tone: "far", kind: "thigh", side: "A" },
  { tone: "far", kind: "shin", side: "A" },
  { tone: "far", kind: "foot", side: "A" },
  { tone: "body", kind: "pelv", side: "A" },
  { tone: "body", kind: "pelv", side: "B" },
  { tone: "body", kind: "clav", side: "A" },
  { tone: "body", kind: "clav", side: "B" },
  { tone: "near", kind: "thigh", side: "B" },
  { tone: "near", kind: "shin", side: "B" },
  { tone: "near", kind: "foot", side: "B" },
  { tone: "near", kind: "upperArm", side: "B", halo: true },
  { tone: "near", kind: "forearm", side: "B", halo: true },
  { tone: "near", kind: "hand", side: "B", halo: true },
] as const satisfies readonly Paint[];

export const SOLVED: Readonly<Record<string, FigureSpec>> = {
  "standing-forward-fold": {
    view: "side", order: [paint[0], paint[1], paint[2], paint[3], paint[4], paint[5], paint[6], paint[7], paint[8], paint[9], paint[10], paint[11], paint[12], paint[13], paint[14], paint[15], paint[16], paint[17]], arrow: [[68, 24], [96, 24], [94, 66]],
    start: { at: [56, 69.5], back: [-90, -91], neck: -88, face: [2, 1], armA: [94, 91, 90], armB: [97, 93, 90], legA: [75.08189, 99.805852, 0], legB: [77.630303, 102.998743, 0] },
    stretch: { at: [50, 69], back: [4, 60], neck: 84, face: [170, 1], seen: { upperArmA: 0.9, forearmA: 0.9, upperArmB: 0.9, forearmB: 0.9 }, armA: [75.381937, 75.351321, 10], armB: [79.518437, 79.487255, 10], legA: [77.558807, 91.501856, 0], legB: [78.876496, 95.887223, 0] },
  },
  cobra: {
    view: "side", inhale: "stretch", arrow: [[100, 100], [108, 86], [100, 72]],
    start: { at: [56, 106.5], back: [0, 0], neck: -4, face: [20, 1], armA: [217.367679, 60.165927, 0], armB: [211.59636, 50.273529, 0], legA: [180, 180, 180], legB: [181, 180, 180] },
    stretch: { at: [56, 106.5], back: [-6, -28], neck: -45, face: [50, 1], armA: [171.605822, 33.022624, 0], armB: [166.830234, 26.612701, 0], legA: [180, 180, 180], legB: [181, 180, 180] },
  },
  "downward-dog": {
    view: "side", arrow: [[48, 40], [50, 22], [68, 22]],
    start: { at: [70, 50], back: [150, 140], neck: 135, face: [50, 1], armA: [119.64955, 119.669679, 180], armB: [117.6237, 117.644015, 180], legA: [67.846004, 67.826703, 20], legB: [66.049861, 66.030703, 20] },
    stretch: { at: [70, 44], back: [135, 135], neck: 125, face: [40, 1], armA: [120.900777, 120.920288, 180], armB: [119.036775, 119.056445, 180], legA: [69.888898, 69.87123, 0], legB: [68.361917, 68.344325, 0] },
  },
  "modified-downward-dog": {
    view: "side", solids: ["M2 71H31V76H2Z"], props: ["M6 76V112", "M27 76V112"], arrow: [[48, 40], [62, 44], [62, 60]],
    start: { at: [80, 68], back: [-160, -155], neck: -155, face: [150, 1], armA: [159.248944, 159.277245, 180], armB: [158.57464, 158.603907, 180], legA: [81.785627, 81.760888, 180], legB: [79.101221, 79.076675, 180] },
    stretch: { at: [82, 72], back: [178, 180], neck: 178, face: [92, 1], armA: [-180.636917, -164.471781, 180], armB: [-188.546245, -154.490173, 180], legA: [93.407716, 55.777173, 180], legB: [88.048435, 55.650286, 180] },
  },
  "childs-pose": {
    view: "side", order: [paint[0], paint[1], paint[2], paint[3], paint[4], paint[5], paint[6], paint[7], paint[8], paint[18], paint[19], paint[20], paint[9], paint[10], paint[11], paint[12], paint[13], paint[14]], arrow: [[62, 68], [88, 62], [92, 84]],
    start: { at: [64, 87.5], back: [-155.482148, -166.093871, -176.705594], neck: 200, face: [115, 1], armA: [120.096608, 77.058739, 180], armB: [117.308409, 71.245309, 180], legA: [90, 0, 0], legB: [90, 1, 0] },
    stretch: { at: [83.6, 101], back: [-145.622646, -176.334749, -207.046851], neck: 150, face: [40, 1], armA: [165.082286, 165.054013, 180], armB: [172.499707, 154.030739, 180], legA: [159.06, 0, 0], legB: [159.06, 1, 0] },
  },
  "cat-cow": {
    view: "side", twoWay: true, order: [paint[0], paint[1], paint[2], paint[3], paint[4], paint[5], paint[6], paint[7], paint[8], paint[15], paint[16], paint[17], paint[9], paint[10], paint[11], paint[12], paint[13], paint[14]], arrow: [[58, 62], [52, 46], [58, 30]],
    start: { at: [70, 87.5], back: [-206.842113, -162.596926, -118.35174], neck: 250, face: [205, 1], armA: [108.746767, 72.131832, 180], armB: [104.65595, 68.041015, 180], legA: [91, 0, 0], legB: [90, 1, 0] },
    stretch: { at: [70, 87.5], back: [-114.577795, -158.822981, -203.068168], neck: 112, face: [55, 1], armA: [108.746767, 72.131832, 180], armB: [104.65595, 68.041015, 180], legA: [91, 0, 0], legB: [90, 1, 0] },
  },
  "thread-the-needle": {
    view: "front", order: [paint[21], paint[22], paint[23], paint[18], paint[19], paint[20], paint[24], paint[25], paint[9], paint[10], paint[11], paint[26], paint[27], paint[12], paint[13], paint[14], paint[28], paint[29], paint[30], paint[31], paint[32], paint[33]], props: ["M97.2 82.1L118.4 101.3L64 112L42.9 92.8Z"], arrow: [[52.100705, 23.752803], [9.100705, 53.752803], [51.995809, 98.776212]],
    start: { at: [82.319131, 69.39823], back: [-153.012427, -153.012427, -153.012427], neck: -167.745837, face: [-112.970781, 1], wide: 0.98, lateral: -106.111242, hipWide: 0.57, hipLateral: -137.813739, armA: [-88.635547, -90, -90], armB: [98.848744, 98.876908, 163.454888], legA: [90, -2.694931, -2.694931], legB: [90, -2.694931, -2.694931], seen: { lowBack: 0.83, midBack: 0.83, upBack: 0.83, neck: 0.94, upperArmA: 0.89, forearmA: 0.91, handA: 0.91, upperArmB: 0.93, forearmB: 0.93, handB: 0.94, thighA: 0.91, shinA: 0.9, footA: 0.9, thighB: 0.91, shinB: 0.9, footB: 0.9 } },
    stretch: { at: [82.319131, 69.39823], back: [149.070837, 149.070837, 149.070837], neck: 130.388326, face: [70.95413, 0.44], wide: 0.65, lateral: 107.734442, hipWide: 0.57, hipLateral: -137.813739, armA: [41.513627, 39.969457, 42.186261], armB: [56.921703, 154.333614, 163.454888], legA: [90, -2.694931, -2.694931], legB: [90, -2.694931, -2.694931], seen: { lowBack: 0.98, midBack: 0.98, upBack: 0.98, neck: 0.92, upperArmA: 0.7, forearmA: 0.61, handA: 0.57, upperArmB: 0.99, forearmB: 0.8, handB: 0.94, thighA: 0.91, shinA: 0.9, footA: 0.9, thighB: 0.91, shinB: 0.9, footB: 0.9 } },
  },
  "cross-body-shoulder": {
    view: "front", order: [paint[6], paint[7], paint[8], paint[28], paint[29], paint[30], paint[24], paint[25], paint[9], paint[10], paint[11], paint[26], paint[27], paint[12], paint[13], paint[14], paint[31], paint[32], paint[33], paint[18], paint[19], paint[20]], arrow: [[50, 66], [34, 68], [26, 56]],
    start: { at: [60, 68.5], wide: 1, back: [-90, -90], neck: -90, seen: { upperArmB: 0.85, footA: 0.5, footB: 0.5 }, armA: [84.399676, -63.700723, 60], armB: [158, 176, 180], legA: [92, 90, 180], legB: [88, 90, 0] },
    stretch: { at: [60, 68.5], wide: 1, back: [-90, -90], neck: -92, seen: { upperArmB: 1, footA: 0.5, footB: 0.5 }, armA: [88.592971, -67.659592, 60], armB: [163, 180, 180], legA: [92, 90, 180], legB: [88, 90, 0] },
  },
  "chin-to-chest": {
    view: "side", props: ["M30 95H56", "M32 95V112", "M54 95V112", "M31 95V59"], arrow: [[64, 26], [80, 28], [78, 46]],
    start: { at: [40, 89.5], back: [-90, -90], neck: -90, face: [0, 1], armA: [-175.989648, -35.716759, 0], armB: [-171.157434, -28.978412, 0], legA: [0, 90, 0], legB: [2, 92, 0] },
    stretch: { at: [40, 89.5], back: [-86, -74], neck: -38, face: [52, 1], armA: [-10.11956, -150.392449, 0], armB: [-4.767544, -146.946566, 0], legA: [0, 90, 0], legB: [2, 92, 0] },
  },
  "standing-side-reach": {
    view: "front", arrow: [[70, 14], [92, 8], [100, 28]],
    start: { at: [60, 68.5], wide: 1, back: [-90, -90], neck: -90, seen: { footA: 0.5, footB: 0.5 }, armA: [-95, -88, -90], armB: [66.048876, 126.316523, 160], legA: [88.615169, 88.58986, 180], legB: [92.780353, 92.805638, 0] },
    stretch: { at: [60, 68.5], wide: 1, back: [-80, -62], neck: -56, seen: { footA: 0.5, footB: 0.5 }, armA: [-64, -34, -24], armB: [76.44284, 161.471571, 160], legA: [88.748028, 88.723257, 180], legB: [81.532204, 104.525929, 0] },
  },
  "eagle-arms": {
    view: "front", order: [paint[28], paint[29], paint[30], paint[6], paint[7], paint[8], paint[24], paint[25], paint[9], paint[10], paint[11], paint[26], paint[27], paint[12], paint[13], paint[14], paint[18], paint[31], paint[32], paint[33], paint[19], paint[20]], props: ["M49 85.2L78.6 85.7", "M51 85.2L51 109.5", "M76.6 85.7L76.6 110"], arrow: [[84, 70], [92, 58], [86, 44]],
    start: { at: [64.862149, 79.848888], back: [-90, -90, -90], neck: -90, face: [149.340098, 0.2], wide: 0.98, lateral: -178.94409, hipWide: 0.98, hipLateral: -178.94409, armA: [62.136663, -99.753549, -92.042253], armB: [137.871908, -76.858677, -92.042253], legA: [111.012205, 90, 138.678985], legB: [111.012205, 90, 138.678985], seen: { lowBack: 0.99, midBack: 0.99, upBack: 0.99, neck: 0.99, upperArmA: 0.98, forearmA: 0.91, handA: 0.96, upperArmB: 0.95, forearmB: 0.96, handB: 0.96, thighA: 0.46, shinA: 0.99, footA: 0.23, thighB: 0.46, shinB: 0.99, footB: 0.23 } },
    stretch: { at: [64.862149, 79.848888], back: [-90, -90, -90], neck: -90, face: [149.340098, 0.2], wide: 0.98, lateral: -178.94409, hipWide: 0.98, hipLateral: -178.94409, armA: [23.690292, -115.646973, -92.042253], armB: [176.350825, -65.895781, -92.042253], legA: [111.012205, 90, 138.678985], legB: [111.012205, 90, 138.678985], seen: { lowBack: 0.99, midBack: 0.99, upBack: 0.99, neck: 0.99, upperArmA: 0.75, forearmA: 1, handA: 0.96, upperArmB: 0.86, forearmB: 0.99, handB: 0.96, thighA: 0.46, shinA: 0.99, footA: 0.23, thighB: 0.46, shinB: 0.99, footB: 0.23 } },
  },
  "chair-twist": {
    view: "front", props: ["M38 90H80", "M40 90V112", "M78 90V112", "M39 90V52"], order: [paint[6], paint[7], paint[8], paint[28], paint[29], paint[30], paint[24], paint[25], paint[9], paint[10], paint[11], paint[26], paint[27], paint[12], paint[13], paint[14], paint[15], paint[16], paint[17], paint[31], paint[32], paint[33]], arrow: [[82, 30], [62, 16], [42, 30]],
    start: { at: [60, 83], wide: 1, back: [-90, -90], neck: -90, seen: { thighA: 0.3, thighB: 0.3, footA: 0.5, footB: 0.5 }, armA: [87.953295, -138.24778, 180], armB: [160.577311, 134.192981, 180], legA: [92, 90, 180], legB: [88, 90, 0] },
    stretch: { at: [60, 83], wide: 0.4, hipWide: 1, back: [-90, -90], neck: -90, face: [180, 0.8], seen: { thighA: 0.3, thighB: 0.3, footA: 0.5, footB: 0.5 }, armA: [203.969423, 89.914276, 180], armB: [179.148508, 109.029613, 180], legA: [92, 90, 180], legB: [88, 90, 0] },
  },
};
