// The card's start-up read, asked for before the rest of popup.js is evaluated: storage.local
// answers over IPC, and that round trip then overlaps the other modules and the first i18n read
// instead of following them. index.tsx imports this module first.
// Where the polyfill must load first (Chrome before 148), index.tsx asks once it has.
import { browserIsReady } from '../platform/browser';
import { browserPopupStart, type PopupStart } from '../storage/popup-start';

export const earlyStart: Promise<PopupStart> | null = browserIsReady() ? browserPopupStart() : null;
