// The switches every headless Chromium that loads Unhunch needs here, for the e2e suite, the
// store images and the bench alike: the extension loaded alone, no sandbox (root in a container),
// no GPU, and none of Chromium's own network traffic (this machine's network is closed, and a
// refused connection at every start slows the browser and fills the log).

/**
 * @param {string} extensionDir the unpacked build to load
 * @param {string} lang the browser's UI language, which picks the extension's locale
 * @returns {string[]}
 */
export function chromiumExtensionArgs(extensionDir, lang) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    `--lang=${lang}`,
  ];
}
