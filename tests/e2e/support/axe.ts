// Runs axe-core inside an extension page. Evaluated over DevTools or BiDi, so the page's CSP
// (which rightly forbids injected scripts) does not apply and the extension needs no test hook.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ExtPage } from './driver';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The violations axe finds on a driver's page, or on a Chromium page opened through run.chromium. */
export async function axeViolations(page: ExtPage | Page): Promise<Violation[]> {
  const script = `(() => {
    ${axeSource}
    return axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    })));
  })()`;
  return 'evaluateSource' in page ? page.evaluateSource(script) : page.evaluate(script);
}
