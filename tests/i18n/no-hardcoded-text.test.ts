// User-visible text lives in _locales. This finds English words written straight into JSX text
// or into the attributes people read (labels, titles, placeholders, alt text).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

export function hardcodedText(source: string): string[] {
  const found: string[] = [];
  // Text between a closing '>' and the next '<' or '{' that holds a word of two letters or more.
  // The '>' must close a tag: not the arrow of `=>` and not a comparison inside an expression.
  for (const m of source.matchAll(/(?<![=\s-])>\s*([^<>{}]*?[A-Za-z]{2,}[^<>{}]*?)\s*(?=<|\{)/g)) {
    const text = m[1]!.trim();
    // Code that merely follows a '>' (a generic's parameter list, an expression) is not text.
    if (text && !/^[\s\w.]*=>/.test(text) && !/^\(/.test(text) && !/[;=]|\)\s*$/.test(text)) found.push(text);
  }
  for (const m of source.matchAll(/\b(aria-label|title|placeholder|alt|aria-description)="([^"]*[A-Za-z]{2,}[^"]*)"/g)) {
    found.push(`${m[1]}="${m[2]}"`);
  }
  return found;
}

describe('components', () => {
  it('the detector finds text and attributes written in English', () => {
    expect(hardcodedText('<p>Take a break</p>')).toEqual(['Take a break']);
    expect(hardcodedText('<button aria-label="Close">{t("x")}</button>')).toEqual(['aria-label="Close"']);
    expect(hardcodedText('<p>{t("takeBreak")}</p>')).toEqual([]);
    expect(hardcodedText('<input onChange={(e) => update({ a: 1 })} />')).toEqual([]);
    expect(hardcodedText('{n > 1 && <b>{t("x")}</b>}')).toEqual([]);
    expect(hardcodedText('function F<V extends string>(props: { a: V }) {')).toEqual([]);
  });

  it('hold no hard-coded English text', () => {
    const offenders = walk(join(root, 'src'))
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => hardcodedText(readFileSync(f, 'utf8')).map((text) => `${relative(root, f)}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
