// The person's own stretches as a list: name, where it is done and how much, and what can be done
// with each. Words come from the same keys the built-ins use, so "Seated" and "5 breaths per side"
// read the same everywhere.
import type { CustomStretch } from '../core/stretches/custom';
import { t } from '../shared/i18n';

/** "5 breaths", "5 breaths per side", "Hold 20 s", "Hold 20 s per side". */
export function customDoseText(s: CustomStretch): string {
  const both = s.sides === 'both';
  if (s.dose.kind === 'breaths') return t(both ? 'dose_breathsPerSide' : 'dose_breaths', s.dose.count);
  return both ? t('customDoseHoldPerSide', s.dose.seconds) : t('dose_hold', s.dose.seconds);
}

export interface RowActions {
  edit(s: CustomStretch): void;
  duplicate(s: CustomStretch): void;
  exportOne(s: CustomStretch): void;
  remove(s: CustomStretch): void;
}

export function CustomList({ list, actions }: { list: CustomStretch[]; actions: RowActions }) {
  if (list.length === 0) return <p class="custom-empty">{t('customNone')}</p>;
  return (
    <ul class="custom-list" aria-label={t('customListLabel')}>
      {list.map((s) => (
        <li key={s.id} class="custom-row" data-id={s.id}>
          <div class="custom-what">
            <span class="custom-name" id={`cs-row-${s.id}`}>
              {s.name}
            </span>
            <span class="custom-meta">
              <span class={`tag ${s.position}`}>{t(`optPosition_${s.position}`)}</span>
              <span class="custom-dose">{customDoseText(s)}</span>
            </span>
          </div>
          <div class="custom-buttons" role="group" aria-labelledby={`cs-row-${s.id}`}>
            <button type="button" class="small" id={`cs-edit-${s.id}`} data-action="edit" onClick={() => actions.edit(s)}>
              {t('customEdit')}
            </button>
            <button type="button" class="small" data-action="duplicate" onClick={() => actions.duplicate(s)}>
              {t('customDuplicate')}
            </button>
            <button type="button" class="small" data-action="export" onClick={() => actions.exportOne(s)}>
              {t('customExportOne')}
            </button>
            <button type="button" class="small danger-button" data-action="delete" onClick={() => actions.remove(s)}>
              {t('customDelete')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
