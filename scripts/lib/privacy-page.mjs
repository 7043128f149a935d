// PRIVACY.md, shipped inside the extension as privacy.html. Unhunch makes no network requests
// and has no public page, so the settings and the first-run page link to this copy, which is
// always the policy of the version installed. One small file needs only a small part of
// Markdown: headings, paragraphs, lists, bold, inline code and links. All text is escaped, so
// nothing in the file can become markup; the page has no script, and its one <style> element is
// allowed by the default extension CSP (which limits scripts and objects, not styles).

import { pageHead } from './page-html.mjs';
/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * Links may go to the web, to an address for mail, or to a file beside the page; a scheme such
 * as javascript: or data: is shown as text instead.
 * @param {string} href
 */
function safeHref(href) {
  if (/^(https?:\/\/|mailto:)/i.test(href)) return href;
  return /^[\w./#-]+$/.test(href) ? href : null;
}

// Code first, so that stars and brackets inside code stay as they are.
const SPAN = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*/g;

/** @param {string} text one block's text, lines already joined */
export function inlineHtml(text) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SPAN)) {
    out += escapeHtml(text.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    if (m[1] !== undefined) out += `<code>${escapeHtml(m[1])}</code>`;
    else if (m[2] !== undefined) {
      const href = safeHref(/** @type {string} */ (m[3]));
      out += href === null ? escapeHtml(m[0]) : `<a href="${escapeHtml(href)}">${inlineHtml(m[2])}</a>`;
    } else out += `<strong>${inlineHtml(/** @type {string} */ (m[4]))}</strong>`;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * The body's HTML for the Markdown subset. A list item's wrapped lines (indented or not) belong
 * to the item until a blank line, the next item or a heading.
 * @param {string} markdown
 */
export function markdownToHtml(markdown) {
  /** @type {string[]} */
  const out = [];
  /** @type {{ kind: 'p' | 'ul' | 'ol', lines: string[], items: string[][] } | null} */
  let block = null;
  const close = () => {
    if (!block) return;
    if (block.kind === 'p') out.push(`<p>${inlineHtml(block.lines.join(' '))}</p>`);
    else out.push(`<${block.kind}>\n${block.items.map((item) => `<li>${inlineHtml(item.join(' '))}</li>`).join('\n')}\n</${block.kind}>`);
    block = null;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    const item = /^([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (!line) {
      close();
    } else if (heading) {
      close();
      const level = /** @type {string} */ (heading[1]).length;
      out.push(`<h${level}>${inlineHtml(/** @type {string} */ (heading[2]))}</h${level}>`);
    } else if (item) {
      const kind = /^\d/.test(/** @type {string} */ (item[1])) ? 'ol' : 'ul';
      if (block?.kind !== kind) {
        close();
        block = { kind, lines: [], items: [] };
      }
      block.items.push([/** @type {string} */ (item[2])]);
    } else if (block && block.kind !== 'p') {
      block.items[block.items.length - 1]?.push(line);
    } else {
      block ??= { kind: 'p', lines: [], items: [] };
      block.lines.push(line);
    }
  }
  close();
  return out.join('\n');
}

// The colours of src/ui/theme.css. Without a script the page cannot read the theme setting, so
// it follows the system's light or dark mode.
const STYLE = `
  :root { color-scheme: light dark; --bg: #f6f5f1; --text: #1d2624; --muted: #55635f; --link: #0b5d57; --code: #eef2ef; }
  @media (prefers-color-scheme: dark) { :root { --bg: #101514; --text: #e4ebe8; --muted: #a3b1ad; --link: #8be3d6; --code: #1f2a29; } }
  body { margin: 0; background: var(--bg); color: var(--text); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
  main { max-width: 720px; margin: 0 auto; padding: 40px 24px 64px; }
  h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 12px; }
  h2 { font-size: 1.25rem; margin: 32px 0 8px; }
  h3 { font-size: 1.05rem; margin: 24px 0 6px; }
  li { margin: 4px 0; }
  a { color: var(--link); }
  code { background: var(--code); border-radius: 4px; padding: 1px 5px; font-size: 0.92em; }
`;

/**
 * The whole privacy.html: self-contained, no script, titled after the first heading.
 * @param {string} markdown the text of PRIVACY.md
 */
export function privacyPage(markdown) {
  const h1 = /^#\s+(.+)$/m.exec(markdown)?.[1]?.replace(/[`*]/g, '').trim() ?? 'Unhunch';
  return `${pageHead(escapeHtml(h1), `<style>${STYLE}</style>`)}
<body>
<main>
${markdownToHtml(markdown)}
</main>
</body>
</html>
`;
}
