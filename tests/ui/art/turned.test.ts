// Three-quarter views: a pose written in 3D comes out as the rig's angles and shares seen, with
// limbs of the shared lengths, planted hands where they were put, and far things drawn higher.
import { describe, expect, it } from 'vitest';
import { joints, LENGTH, pose } from '../../../src/ui/art/body';
import { depth, project, turned, type Body3, type Camera } from '../../../src/ui/art/turned';

const up = [0, -1, 0] as const;
const down = [0, 1, 0] as const;
const standing = (over: Partial<Body3> = {}): Body3 => ({
  at: [60, 68, 0],
  back: [up, up, up],
  neck: up,
  face: [0, 0, 1],
  shoulders: [-1, 0, 0],
  armA: [down, down, down],
  armB: [down, down, down],
  legA: [down, down, [0, 0, 1]],
  legB: [down, down, [0, 0, 1]],
  ...over,
});
const front: Camera = { yaw: 0, pitch: 0, pivot: [60, 112, 0] };

describe('turned', () => {
  it('seen straight from the front, a standing body is the front-view pose: full lengths, shoulders square', () => {
    const { spec } = turned(front, standing());
    expect(spec.at).toEqual([60, 68]);
    expect(spec.back).toEqual([-90, -90, -90]);
    expect(spec.wide).toBe(1);
    expect(spec.lateral).toBeCloseTo(180);
    expect(spec.seen?.upperArmA).toBe(1);
    // A foot pointing at the viewer is hardly seen; the face points at the viewer and hides the nose.
    expect(spec.seen?.footA).toBe(0);
    expect(spec.face?.[1]).toBe(0);
  });

  it('turned a quarter round, the shoulders point at the viewer and the feet sideways', () => {
    const { spec } = turned({ ...front, yaw: 90 }, standing());
    expect(spec.wide).toBe(0);
    expect(spec.seen?.footA).toBe(1);
    expect(spec.seen?.thighA).toBe(1);
  });

  it('looking down, what is farther away is drawn higher, and depth says which is nearer', () => {
    const cam: Camera = { yaw: 0, pitch: 30, pivot: [60, 112, 0] };
    expect(project(cam, [60, 112, 0])).toEqual([60, 112]);
    expect(project(cam, [60, 112, -10])[1]).toBeCloseTo(107);
    expect(depth(cam, [60, 112, 5])).toBeGreaterThan(depth(cam, [60, 112, -5]));
    // The pivot can be drawn elsewhere in the frame.
    expect(project({ ...cam, at: [40, 100] }, [60, 112, 0])).toEqual([40, 100]);
  });

  it('places a limb by its end: the wrist lands where it was put, the elbow bent toward `bend`, lengths kept', () => {
    const hand = [66, 60, 8] as const;
    const { spec, points } = turned(front, standing({ armB: { to: hand, bend: [1, 0, 0], end: up } }));
    expect(points.forearmB!.map((n) => Math.round(n * 1000) / 1000)).toEqual([...hand]);
    const shoulder = points.shoulderB!;
    const elbow = points.upperArmB!;
    expect(Math.hypot(elbow[0] - shoulder[0], elbow[1] - shoulder[1], elbow[2] - shoulder[2])).toBeCloseTo(LENGTH.upperArm);
    expect(elbow[0]).toBeGreaterThan(shoulder[0]);
    // The rig, given the turned pose, puts the wrist where the projection does (to the drawing's rounding).
    const j = joints(pose(spec));
    const [x, y] = project(front, hand);
    expect(Math.hypot(j.forearmB.to[0] - x, j.forearmB.to[1] - y)).toBeLessThan(0.3);
  });

  it('refuses a direction of zero length', () => {
    expect(() => turned(front, standing({ neck: [0, 0, 0] }))).toThrow(/zero length/);
  });
});
