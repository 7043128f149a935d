// Every extension page is the same shell: a root for preact, its stylesheet and its script.
// The build writes it, so the pages cannot drift apart.

/**
 * @param {string} page entry name: popup, options, stats, welcome, offscreen
 * @param {{ css: boolean }} options whether the page has a stylesheet
 */
export function pageHtml(page, { css }) {
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
  <script src="${page}.js"></script>
</body>
</html>
`;
}
