/** @param {number[]} xs */
export function median(xs) {
  return quantile(xs, 0.5);
}

/**
 * Linear interpolation between closest ranks (the common "type 7" definition).
 * @param {number[]} xs
 * @param {number} q 0..1
 */
export function quantile(xs, q) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** @param {number} x @param {number} [digits] */
export const round = (x, digits = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);
