// The one module that touches the WebExtension namespace. Chrome 148+ and Firefox expose a
// promise-based `browser` natively, and then the polyfill hands it back unchanged; older Chrome
// gets the wrapper. Everything else imports from here, never from the polyfill or `chrome`.
import browser from 'webextension-polyfill';

export type Browser = typeof browser;
export default browser;
