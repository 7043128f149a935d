import type { PopupSettings } from '../core/settings/popup-settings';
import type { Random } from '../core/stretches/shuffle-bag';
import type { CustomStretch } from '../core/stretches/custom';
import type { Connector } from '../platform/messaging';
import type { PageOpener } from '../platform/page-opener';
import type { ShuffleStore } from '../storage/shuffle-store';
import type { SpeechAdapter } from '../platform/speech';
import type { PhaseChime } from './breath-chime';
import type { LiveLink } from '../ui/live-link';

/** Everything the popup needs from outside, handed in so tests can pass fakes. */
export interface PopupDeps {
  connector: Connector;
  shuffle: ShuffleStore;
  pages: PageOpener;
  /** The settings the popup uses, as the background answered them (popup-settings.ts). */
  settings: PopupSettings;
  /** The organisation's and the person's own stretches, read with the settings (storage/popup-start.ts). */
  custom: readonly CustomStretch[];
  /** BCP 47 tag for Intl (the browser's UI language). */
  lang: string;
  now: () => number;
  random: Random;
  /** Opened for the long break (?routine=1), whatever the status says. */
  routineRequested: boolean;
  /**
   * In the stretch window rather than the toolbar popup: the window closes itself once the
   * break is done, skipped or snoozed (the toolbar popup closes when the person clicks away).
   */
  inWindow: boolean;
  /** Closes the popup, or the stretch window. */
  close: () => void;
  /** Plays a timer chime; used when settings.soundBreath is on, or for spoken cues with no voice. */
  chime: PhaseChime;
  /** The live port to the background: its status as it changes, and the stretch under way. */
  live: LiveLink | null;
  /** The browser's speech synthesis, null where it has none; used only when settings.spokenCues is on. */
  speech: SpeechAdapter | null;
}
