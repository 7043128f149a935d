// Nothing leaves the browser, in real Chromium and Firefox ESR: every page, the background (the
// worker, or Firefox's event page) and the buttons a curious user presses make zero network
// requests. How each browser's requests are watched is in support/requests.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, sleep, type Run } from './support/driver';
import { watchRequests, type RequestWatch } from './support/requests';

describe.each(browsers)('privacy (%s)', (name) => {
  let run: Run;
  let requests: RequestWatch;
  beforeAll(async () => {
    requests = await watchRequests(name);
    run = await launch(name, requests.options);
    requests.attach(run);
  });
  afterAll(async () => {
    await run?.close();
    await requests?.close();
  });

  it('makes zero network requests from its pages and its background', async () => {
    for (const path of ['popup.html', 'options.html', 'stats.html']) {
      const page = await run.openPage(path);
      // Press a few of the page's own buttons, as a curious user would: each time the n-th one
      // shown now, since a press can change what the page shows.
      for (let n = 0; n < 6; n++) {
        const marked = await page.evaluate((i) => {
          for (const b of document.querySelectorAll('[data-e2e-press]')) b.removeAttribute('data-e2e-press');
          const shown = [...document.querySelectorAll('button')].filter((b) => b.getClientRects().length > 0);
          shown[i]?.setAttribute('data-e2e-press', '');
          return shown[i] !== undefined;
        }, n);
        if (!marked) break;
        // A press may open another tab in front of this one.
        await page.bringToFront();
        await Promise.race([page.click('[data-e2e-press]'), sleep(2000)]).catch(() => undefined);
      }
      await page.close();
    }
    // Chromium only: its worker can be stopped from outside, so the start that follows is watched too.
    if (run.stopWorker) await run.stopWorker();
    await run.send('status/get');
    expect(requests.external()).toEqual([]);
    // The check above would pass vacuously if the watch heard nothing at all.
    expect(await requests.heard(run)).toBe(true);
  });
});
