import { useEffect, useRef } from 'preact/hooks';

/**
 * Keeps keyboard focus from falling back to the page when the control that had it disappears
 * (Pause turning into Resume, the finish view giving way to a new stretch). Focus moves to the
 * first control of the same region, marked with data-focus-region, or else to the main button.
 * Runs after every render of the component that calls it.
 */
export function useFocusKeeper(): void {
  const last = useRef<{ el: Element; region: string | undefined } | null>(null);
  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const el = e.target as Element;
      last.current = { el, region: el.closest<HTMLElement>('[data-focus-region]')?.dataset.focusRegion };
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
  useEffect(() => {
    const was = last.current;
    const active = document.activeElement;
    if (!was || was.el.isConnected || (active && active !== document.body)) return;
    const sameRegion = was.region ? document.querySelector<HTMLElement>(`[data-focus-region="${was.region}"] button`) : null;
    (sameRegion ?? document.querySelector<HTMLElement>('[data-action="primary"]'))?.focus();
  });
}
