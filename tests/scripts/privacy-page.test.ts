import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineHtml, markdownToHtml, privacyPage } from '../../scripts/lib/privacy-page.mjs';
import { PRIVACY_PAGE } from '../../src/ui/privacy-link';

const root = new URL('../..', import.meta.url).pathname;
const policy = readFileSync(join(root, 'PRIVACY.md'), 'utf8');

describe('markdownToHtml', () => {
  it('renders headings, paragraphs joined from their lines, and both kinds of list', () => {
    const html = markdownToHtml('# Title\n\nOne line\nand the next.\n\n## Part\n\n- first\n  wrapped\n- second\n\n1. one\n2. two\n');
    expect(html).toBe(
      [
        '<h1>Title</h1>',
        '<p>One line and the next.</p>',
        '<h2>Part</h2>',
        '<ul>\n<li>first wrapped</li>\n<li>second</li>\n</ul>',
        '<ol>\n<li>one</li>\n<li>two</li>\n</ol>',
      ].join('\n'),
    );
  });

  it('renders bold, inline code and links, and keeps stars inside code as they are', () => {
    expect(inlineHtml('**Delete** with `a **b**` [here](https://example.org/x?a=1&b=2)')).toBe(
      '<strong>Delete</strong> with <code>a **b**</code> <a href="https://example.org/x?a=1&amp;b=2">here</a>',
    );
    expect(inlineHtml('[file](other.html) and [mail](mailto:a@example.org)')).toBe(
      '<a href="other.html">file</a> and <a href="mailto:a@example.org">mail</a>',
    );
  });

  it('escapes every piece of text, so nothing in the file becomes markup', () => {
    const html = markdownToHtml('# <script>alert(1)</script>\n\nTom & "Jerry" <img src=x onerror=alert(1)>\n\n- `<b>` and **<i>**');
    expect(html).not.toMatch(/<script|<img|<b>|<i>/);
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('Tom &amp; &quot;Jerry&quot; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<li><code>&lt;b&gt;</code> and <strong>&lt;i&gt;</strong></li>');
  });

  it('shows a link with another scheme as text instead of making it a link', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', 'JavaScript:void(0)']) {
      expect(inlineHtml(`[click](${href})`)).toBe(`[click](${href})`);
    }
    expect(inlineHtml('[x](a"onmouseover="b)')).not.toContain('onmouseover="');
  });
});

describe('privacyPage', () => {
  const page = privacyPage(policy);

  it('is a whole page titled after the policy, with no script at all', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<title>Unhunch privacy policy</title>');
    expect(page).not.toMatch(/<script|\son\w+=|javascript:/i);
  });

  it('follows the system colour scheme, light or dark', () => {
    expect(page).toContain('<meta name="color-scheme" content="light dark">');
    expect(page).toMatch(/@media \(prefers-color-scheme: dark\)/);
  });

  it('carries every heading of PRIVACY.md and its effective date', () => {
    for (const [, hashes, text] of policy.matchAll(/^(#{1,6}) (.+)$/gm)) {
      expect(page).toContain(`<h${hashes!.length}>${inlineHtml(text!)}</h${hashes!.length}>`);
    }
    expect(page).toContain('Effective date: 3 December 2026');
  });

  it('is the page the settings and the first-run page link to, as build.mjs writes it', () => {
    expect(PRIVACY_PAGE).toBe('privacy.html');
    expect(readFileSync(join(root, 'build.mjs'), 'utf8')).toContain(`join(out, '${PRIVACY_PAGE}'), privacyPage(`);
  });
});
