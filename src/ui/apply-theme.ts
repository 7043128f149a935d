import type { Settings } from '../core/settings/defaults';

/** 'system' leaves the choice to prefers-color-scheme; the others force it (theme.css). */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
