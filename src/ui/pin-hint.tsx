// Shown on the welcome and options pages while the toolbar button is hidden in the browser's
// Extensions menu: then the badge (minutes to the next break, the due mark) is never seen.
// Where the browser cannot tell (no action.getUserSettings), nothing is shown.
import { useEffect, useState } from 'preact/hooks';
import type { ToolbarPin } from '../platform/toolbar-pin';
import { t } from '../shared/i18n';
import './pin-hint.css';

/** The button's pinned state, looked at again whenever the page gets focus back. */
export function usePinned(toolbar: ToolbarPin): boolean | null {
  const [pinned, setPinned] = useState<boolean | null>(null);
  useEffect(() => {
    const look = () => void toolbar.isPinned().then(setPinned);
    look();
    // Pinning happens in the browser's own menu, outside the page: where the browser does not
    // report it, coming back to the page is the moment to look.
    window.addEventListener('focus', look);
    const off = toolbar.onChange(setPinned);
    return () => {
      window.removeEventListener('focus', look);
      off();
    };
  }, [toolbar]);
  return pinned;
}

/** `confirm` also says so once the button is pinned (the welcome page's step); options stay quiet then. */
export function PinHint({ toolbar, confirm = true }: { toolbar: ToolbarPin; confirm?: boolean }) {
  const pinned = usePinned(toolbar);
  if (pinned === null || (pinned && !confirm)) return null;
  if (pinned)
    return (
      <p class="pin-done" data-pinned="true">
        {t('pinDone')}
      </p>
    );
  return (
    <div class="pin-hint" data-pinned="false" role="note" aria-labelledby="pin-hint-title">
      <PinPicture />
      <div>
        <p class="pin-title" id="pin-hint-title">
          {t('pinTitle')}
        </p>
        <p class="pin-body">{t('pinBody')}</p>
      </div>
    </div>
  );
}

/**
 * The browser's toolbar with the Extensions menu open: the puzzle-piece button, and the pin
 * beside Unhunch in the menu, both ringed, with an arrow from one to the other. Drawn, not a
 * screenshot: it must hold in light and dark and in both browsers, whose menus differ in detail.
 */
function PinPicture() {
  return (
    <svg class="pin-picture" viewBox="0 0 240 132" width="240" height="132" aria-hidden="true">
      {/* toolbar and address bar */}
      <rect class="pp-bar" x="4" y="6" width="232" height="34" rx="9" />
      <rect class="pp-field" x="14" y="14" width="150" height="18" rx="9" />
      <rect class="pp-line" x="26" y="21" width="70" height="4" rx="2" />
      {/* the Extensions (puzzle piece) button, ringed */}
      <circle class="pp-ring" cx="190" cy="23" r="13" />
      <path class="pp-puzzle" d="M183.5 18.5h4.5a2.6 2.6 0 1 1 5.2 0h4.3v4.6a2.6 2.6 0 1 1 0 5.2v4.7h-14v-4.4a2.6 2.6 0 1 0 0-5.2z" />
      <circle class="pp-dot" cx="218" cy="17" r="1.8" />
      <circle class="pp-dot" cx="218" cy="23" r="1.8" />
      <circle class="pp-dot" cx="218" cy="29" r="1.8" />
      {/* the open menu with Unhunch and its pin */}
      <rect class="pp-menu" x="92" y="50" width="140" height="76" rx="10" />
      <rect class="pp-line" x="104" y="62" width="54" height="5" rx="2.5" />
      <rect class="pp-row" x="98" y="76" width="128" height="24" rx="6" />
      <image href="icons/icon-32.png" x="104" y="80" width="16" height="16" />
      <rect class="pp-line strong" x="126" y="85.5" width="52" height="5" rx="2.5" />
      <circle class="pp-ring" cx="210" cy="88" r="10" />
      <path class="pp-icon" d="M206.5 82h7l-1.2 4.2 2.7 2.6v1.4h-4.2v4.3l-.8 1.5-.8-1.5v-4.3H205v-1.4l2.7-2.6z" />
      <rect class="pp-line" x="104" y="110" width="70" height="5" rx="2.5" />
      {/* from the puzzle piece down to the pin */}
      <path class="pp-arrow" d="M178 34 C150 50 160 74 196 86" />
      <path class="pp-arrow-head" d="M189 80l8 6.5-9.6 2.6z" />
    </svg>
  );
}
