// Chrome's worker has no DOM and so no Web Audio: the break chime plays here, in an offscreen
// document the worker opens for it (see platform/sound.ts).
import { listenForSound } from '../platform/sound';

listenForSound();
