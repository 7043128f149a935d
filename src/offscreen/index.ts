// Chrome's worker has no DOM and so no Web Audio: the break chime plays here, in an offscreen
// document the worker opens for it (see platform/sound.ts).
import { browserReady } from '../platform/browser';
import { listenForSound } from '../platform/sound';

void browserReady().then(listenForSound);
