import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/defaults';
import { WHEN_DUE, type NotifyFallback } from '../core/delivery/route';
import { t } from '../shared/i18n';
import { fieldLabel } from '../ui/field-labels';
import { ChoiceGroup, type Update } from '../ui/fields';
import type { PageDeps } from '../ui/page-deps';

interface Props {
  settings: Settings;
  update: Update;
  deps: Pick<PageDeps, 'notifyPermission' | 'delivery'>;
}

/**
 * How a due break reaches the person, and, when notifications are asked for but cannot be used,
 * why breaks open the stretch window instead: the browser says they are turned off (looked at
 * now), or the background could not create the last one (its note).
 */
export function WhenDueField({ settings, update, deps }: Props) {
  const why = useFallbackReason(deps);
  return (
    <ChoiceGroup
      field="whenDue"
      name="whenDue"
      label={t(fieldLabel.whenDue)}
      value={settings.whenDue}
      onPick={(whenDue) => update({ whenDue })}
      choices={WHEN_DUE.map((value) => ({ value, label: t(`optWhenDue_${value}`) }))}
      hint={t('optWhenDueHint')}
    >
      {why && settings.whenDue !== 'window' && (
        <p class="note" role="status" data-fallback={why}>
          {t(why === 'blocked' ? 'optWhenDueBlocked' : 'optWhenDueFailed')}
        </p>
      )}
    </ChoiceGroup>
  );
}

function useFallbackReason(deps: Props['deps']): NotifyFallback | null {
  const [why, setWhy] = useState<NotifyFallback | null>(null);
  useEffect(() => {
    const look = async () => {
      const [permission, note] = await Promise.all([deps.notifyPermission(), deps.delivery.note()]);
      setWhy(permission === 'denied' ? 'blocked' : note?.fallback === 'failed' ? 'failed' : null);
    };
    void look();
    deps.delivery.onNoteChange(() => void look());
    window.addEventListener('focus', look);
    return () => window.removeEventListener('focus', look);
  }, [deps]);
  return why;
}
