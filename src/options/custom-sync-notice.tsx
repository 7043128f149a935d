// What the store could not do quietly: stretches that stay on this device because sync's space is
// full (or sync refused them), and stored entries that could not be read (kept as they were).
import type { CustomStretchesView } from '../storage/custom-stretches-store';
import { t } from '../shared/i18n';

export function CustomSyncNotice({ view }: { view: CustomStretchesView }) {
  const names = view.stretches.filter((s) => view.localOnly.includes(s.id)).map((s) => s.name);
  if (names.length === 0 && view.damaged === 0) return null;
  return (
    <div class="custom-notices" role="status">
      {names.length > 0 && (
        <div class="notice" data-notice="localOnly">
          <p>
            {t('customLocalOnly')}{' '}
            <span class="custom-local-names">
              {names.map((n, i) => (
                <span key={i}>
                  {i > 0 && t('customListSeparator')}
                  <q>{n}</q>
                </span>
              ))}
            </span>
          </p>
        </div>
      )}
      {view.damaged > 0 && (
        <div class="notice" data-notice="damaged">
          <p>{t('customDamaged', view.damaged)}</p>
        </div>
      )}
    </div>
  );
}
