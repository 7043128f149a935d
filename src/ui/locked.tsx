// Settings an organisation locked: every control for one of them is disabled and says why. The
// options app provides the set; each field asks for its own name, so no section passes it along.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Settings } from '../core/settings/defaults';
import { t } from '../shared/i18n';
import './locked.css';

export const LockedContext = createContext<ReadonlySet<string>>(new Set());

export function useLocked(field: keyof Settings): boolean {
  return useContext(LockedContext).has(field);
}

export function LockedNote({ field }: { field: keyof Settings }) {
  return useLocked(field) ? <p class="locked-note">{t('optManagedLocked')}</p> : null;
}

/** For controls made of many inputs (the week, the stretch list): one fieldset disables them all. */
export function LockedGroup({ field, children }: { field: keyof Settings; children: ComponentChildren }) {
  const locked = useLocked(field);
  return (
    <fieldset class="locked-group" disabled={locked}>
      {children}
      <LockedNote field={field} />
    </fieldset>
  );
}
