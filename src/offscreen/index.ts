// Chrome's worker has no DOM and so no Web Audio: the break chime plays here, in an offscreen
// document the worker opens for it. Firefox's event page runs this same script itself when it
// first needs a chime (see platform/sound.ts).
import { browserReady } from '../platform/browser';
import { listenForSound } from '../platform/sound-listener';

void browserReady().then(listenForSound);
