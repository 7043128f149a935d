// A person's own stretch for tests, and a seeded random source.
import type { CustomStretch } from '../../../../src/core/stretches/custom';

export const seeded =
  (seed = 1) =>
  () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };

export function custom(over: Partial<CustomStretch> = {}): CustomStretch {
  return {
    id: 'custom-abcdef1234',
    name: 'Schulterkreisen',
    steps: ['Sitz aufrecht.', 'Kreise die Schultern nach hinten.'],
    position: 'seated',
    deskFriendly: true,
    dose: { kind: 'breaths', count: 5 },
    sides: 'one',
    areas: ['shoulders'],
    figure: { stretchId: 'eagle-arms', mirrored: true },
    updatedAt: 1_000,
    ...over,
  };
}
