// Inside extension pages both browsers expose the WebExtension namespace as `browser` (Chromium
// natively since 148, Firefox always), with the promise-returning shape of `chrome`'s types.
// Only functions the e2e drivers evaluate inside those pages may use it.
declare global {
  const browser: typeof chrome;
}
export {};
