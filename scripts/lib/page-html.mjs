// Every extension page is the same shell: a root for preact, its stylesheet and its script.
// The build writes it, so the pages cannot drift apart.

/**
 * @param {string} page entry name: popup, options, stats, welcome, offscreen
 * @param {{ css: boolean }} options whether the page has a stylesheet
 */
export function pageHtml(page, { css }) {
  return `${pageHead('Unhunch', css ? `<link rel="stylesheet" href="${page}.css">` : '')}
<body>
  <div id="app"></div>
  <script src="${page}.js"></script>
</body>
</html>
`;
}

/**
 * The start of every page the build writes, up to and with </head>: one place for the charset,
 * the viewport and the colour schemes. `title` and `extra` are written as given (already escaped).
 * @param {string} title
 * @param {string} extra more of the head, e.g. a stylesheet link
 */
export function pageHead(title, extra = '') {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <title>${title}</title>
${extra ? `  ${extra}\n` : ''}</head>`;
}
