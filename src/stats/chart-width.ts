import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** The widest drawing: on a wide page the SVG scales up from here, as before. */
export const CHART_MAX_W = 640;

/**
 * The chart's drawing width: its figure's width in CSS pixels, at most CHART_MAX_W. Below that
 * the SVG is drawn at one unit per pixel instead of shrinking a 640-unit drawing, so the 12 px
 * labels stay 12 px on a narrow window instead of shrinking to unreadable text.
 */
export function useChartWidth() {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(CHART_MAX_W);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(Math.min(CHART_MAX_W, w));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
