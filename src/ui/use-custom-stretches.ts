// The custom stretches a page shows: the person's own from their store, and the organisation's
// from the remembered policy (the same copy that tells the page what is locked). Both follow
// changes from other pages, devices and a new policy while the page is open.
import { useEffect, useState } from 'preact/hooks';
import type { CustomStretch } from '../core/stretches/custom';
import type { CustomStretchesView } from '../storage/custom-stretches-store';
import type { PageDeps } from './page-deps';

export interface CustomStretchList extends CustomStretchesView {
  /** The organisation's stretches: dealt like the person's own, never theirs to edit or delete. */
  organisation: CustomStretch[];
}

const EMPTY: CustomStretchList = { stretches: [], localOnly: [], damaged: 0, organisation: [] };

/** Empty until the first read answers; a failed read leaves what was shown. */
export function useCustomStretches(deps: Pick<PageDeps, 'customStretches' | 'policy'>): CustomStretchList {
  const [list, setList] = useState(EMPTY);
  useEffect(() => {
    let live = true;
    const readOwn = () =>
      void deps.customStretches.load().then(
        (view) => live && setList((l) => ({ ...l, ...view })),
        () => undefined,
      );
    const readPolicy = () =>
      void deps.policy.cached().then(
        (p) => live && setList((l) => ({ ...l, organisation: p.stretches ?? [] })),
        () => undefined,
      );
    readOwn();
    readPolicy();
    deps.customStretches.onChanged(readOwn);
    deps.policy.onChange(readPolicy);
    return () => {
      live = false;
    };
  }, [deps]);
  return list;
}
