// Renders the whole popup with fakes, the way index.tsx does with the real adapters.
import { render } from '@testing-library/preact';
import { defaultSettings, type Settings } from '../../src/core/settings/defaults';
import { emptyBag, type ShuffleBag } from '../../src/core/stretches/shuffle-bag';
import { FakePageOpener } from '../../src/platform/fakes/page-opener';
import { FakeSpeech } from '../../src/platform/fakes/speech';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { shuffleStore } from '../../src/storage/shuffle-store';
import type { StatusView } from '../../src/core/scheduler/status-view';
import type { CustomStretch } from '../../src/core/stretches/custom';
import { App } from '../../src/popup/app';
import type { PopupDeps } from '../../src/popup/deps';
import type { LiveLink } from '../../src/ui/live-link';
import { installEnglish } from '../support/messages';
import { FakeConnector, status } from './fake-connector';

export interface Options {
  settings?: Partial<Settings>;
  /** The stretch on offer when the popup opens. */
  current?: string;
  bag?: ShuffleBag;
  status?: StatusView | null;
  routine?: boolean;
  area?: FakeStorageArea;
  /** Paints before the status, as index.tsx does; the status line fills in when this settles. */
  statusLater?: Promise<StatusView | null>;
  /** The break the engine last saved, as index.tsx reads it with the bag. */
  breakId?: string | null;
  /** The live port; none by default. */
  live?: LiveLink;
  /** Rendered in the stretch window instead of the toolbar popup. */
  inWindow?: boolean;
  /** The browser's speech; by default one with no voices at all. */
  speech?: FakeSpeech | null;
  /** The organisation's and the person's own stretches, as popup-start.ts reads them. */
  custom?: CustomStretch[];
}

export function renderPopup(o: Options = {}) {
  installEnglish();
  const area = o.area ?? new FakeStorageArea();
  const connector = new FakeConnector(o.status ?? status(), () => Date.now());
  const pages = new FakePageOpener();
  let closed = 0;
  const chimes: string[] = [];
  let seed = 1;
  const deps: PopupDeps = {
    connector,
    shuffle: shuffleStore(area),
    pages,
    settings: { ...defaultSettings(), ...o.settings },
    custom: o.custom ?? [],
    lang: 'en-GB',
    now: () => Date.now(),
    // Deterministic but varied, so draws differ between calls.
    random: () => (seed = (seed * 16807) % 2147483647) / 2147483647,
    routineRequested: o.routine ?? false,
    inWindow: o.inWindow ?? false,
    close: () => {
      closed += 1;
    },
    chime: (kind) => {
      chimes.push(kind);
    },
    speech: o.speech === undefined ? new FakeSpeech() : o.speech,
    live: o.live ?? null,
  };
  const bag = o.bag ?? { ...emptyBag(), current: o.current ?? null };
  const view = render(
    <App
      deps={deps}
      initialBag={bag}
      initialStatus={o.statusLater !== undefined ? null : o.status === undefined ? status() : o.status}
      statusLater={o.statusLater}
      initialBreakId={o.breakId ?? null}
    />,
  );
  return { ...view, connector, pages, area, deps, chimes, closed: () => closed };
}
