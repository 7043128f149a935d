// Every extension page is the same shell: a root for preact, its stylesheet and its script.
// The build writes it, so the pages cannot drift apart.

/**
 * @param {string} page entry name: popup, options, stats, welcome, offscreen
 * @param {{ css: boolean, before?: string[] }} options whether the page has a stylesheet; scripts
 *   of its own that run before the page's script (the popup's figures.js: named here, the
 *   browser fetches it alongside popup.js instead of after popup.js has run and asked for it)
 */
export function pageHtml(page, { css, before = [] }) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <title>Unhunch</title>
${css ? `  <link rel="stylesheet" href="${page}.css">\n` : ''}</head>
<body>
  <div id="app"></div>
${before.map((file) => `  <script src="${file}"></script>\n`).join('')}  <script src="${page}.js"></script>
</body>
</html>
`;
}
