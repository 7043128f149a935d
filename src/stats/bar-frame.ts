// The geometry both week charts share: where the plot sits in the SVG, how wide each day's bar
// is, and where a value lands on the y axis.

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function barFrame(width: number, height: number, pad: Padding, days: number, top: number) {
  const plotH = height - pad.top - pad.bottom;
  const slot = (width - pad.left - pad.right) / days;
  const barW = Math.min(44, slot * 0.56);
  return {
    barW,
    /** Left edge of the bar for day i, centred in its slot. */
    x: (i: number) => pad.left + slot * i + (slot - barW) / 2,
    y: (v: number) => pad.top + plotH - (v / top) * plotH,
  };
}

/** Below this drawing width the charts give the plot more room (see chartSides). */
export const NARROW_CHART_W = 480;

/**
 * Left and right margins both charts share, so their days line up. The left one fits the longest
 * axis label ("100 Min."); on a wide chart the right one holds the goal line's label, which a
 * narrow chart shows in its legend instead, leaving the room to the bars.
 */
export function chartSides(width: number): { left: number; right: number } {
  return width < NARROW_CHART_W ? { left: 56, right: 8 } : { left: 60, right: 64 };
}
