// The card's start-up read, asked for while the rest of popup.js is still being evaluated (the
// drawings are computed as their module loads): storage.local answers over IPC, and that round
// trip then overlaps the work instead of following it. index.tsx imports this module first.
// Where the polyfill must load first (Chrome before 148), index.tsx asks once it has.
import { browserIsReady } from '../platform/browser';
import { browserPopupStart, type PopupStart } from '../storage/popup-start';

export const earlyStart: Promise<PopupStart> | null = browserIsReady() ? browserPopupStart() : null;
