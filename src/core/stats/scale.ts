/**
 * A chart axis that ends on a round number above the data, with 2–6 evenly spaced ticks, so bars
 * never touch the top and the labels read like a person chose them (0, 2, 4, 6 rather than 0,
 * 1.75, 3.5). An all-zero series still gets an axis.
 */
export function niceAxis(maxValue: number, minTop = 1): { top: number; ticks: number[] } {
  const target = Math.max(Number.isFinite(maxValue) ? maxValue : 0, minTop);
  const magnitude = 10 ** Math.floor(Math.log10(target));
  let step = magnitude;
  for (const m of [0.1, 0.2, 0.5, 1, 2, 5, 10]) {
    step = m * magnitude;
    if (Math.ceil(target / step) <= 5) break;
  }
  // Whole-number data (counts of breaks) deserves whole-number ticks.
  if (minTop >= 1 && step < 1) step = 1;
  const top = Math.ceil(target / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 1000; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return { top, ticks };
}
