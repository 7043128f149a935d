// The background entry point (Chrome's service worker, Firefox's event page). It only assembles
// the real adapters; everything runs in start.ts, which tests assemble with fakes.
import { installBrowserMessages } from '../platform/i18n';
import { browserAdapters } from './browser-adapters';
import { startBackground } from './start';

installBrowserMessages();
startBackground(browserAdapters());
