import { addDays } from '../../../src/core/history/day';
import type { DeviceSummary } from '../../../src/core/devices/summary';

const IDS = [
  'neck-tilt',
  'chair-twist',
  'eagle-arms',
  'wrist-flex',
  'shoulder-rolls',
  'chin-tuck',
  'seated-cat-cow',
  'doorway-chest-opener',
];

/** A device with `n` busy days ending on 2026-11-30: many breaks, several stretches each day. */
export function busySummary(n: number, id = 'busy', name = 'Work laptop'): DeviceSummary {
  const days = Array.from({ length: n }, (_, i) => {
    const stretches: Record<string, number> = {};
    for (let k = 0; k < 5; k++) stretches[IDS[(i + k) % IDS.length]!] = 1 + ((i + k) % 4);
    return {
      day: addDays('2026-11-30', i - n + 1),
      taken: 12 + (i % 5),
      skipped: i % 3,
      natural: i % 4,
      activeMin: 400 + i,
      breakSec: 900 + i,
      stretches,
    };
  });
  return { id, name, updatedAt: 1_764_500_000_000, days };
}
