import type { Settings } from '../core/settings/defaults';
import { enabledStretches } from '../core/stretches/choose';
import { stretches } from '../core/stretches/library';
import { t } from '../shared/i18n';
import { fieldLabel } from '../ui/field-labels';
import { ChoiceGroup, Section, type Update } from '../ui/fields';
import { LockedNote, useLocked } from '../ui/locked';

/**
 * Desk-only or desk-and-floor, then every stretch with its own switch. Floor stretches stay
 * listed when floor is off, greyed out, so people can see what they would get.
 */
export function StretchesSection({ settings, update }: { settings: Settings; update: Update }) {
  const locked = useLocked('disabledStretchIds');
  const off = new Set(settings.disabledStretchIds);
  const toggle = (id: string, on: boolean) => {
    const next = on ? settings.disabledStretchIds.filter((x) => x !== id) : [...settings.disabledStretchIds, id];
    update({ disabledStretchIds: next });
  };
  const none = enabledStretches(settings).length === 0;
  return (
    <Section id="stretches" title={t('optSectionStretches')} intro={t('optSectionStretchesIntro')}>
      <ChoiceGroup
        name="place"
        field="floorStretchesEnabled"
        label={t(fieldLabel.floorStretchesEnabled)}
        value={settings.floorStretchesEnabled}
        onPick={(v) => update({ floorStretchesEnabled: v })}
        choices={[
          { value: false, label: t('optPlaceDesk'), hint: t('optPlaceDeskHint') },
          { value: true, label: t('optPlaceFloor'), hint: t('optPlaceFloorHint') },
        ]}
      />
      <fieldset class="field" data-field="disabledStretchIds" disabled={locked}>
        <legend>{t(fieldLabel.disabledStretchIds)}</legend>
        <ul class="stretch-list">
          {stretches.map((s) => {
            const usable = s.deskFriendly || settings.floorStretchesEnabled;
            const id = `stretch-${s.id}`;
            return (
              <li key={s.id} class={usable ? '' : 'unusable'}>
                <input
                  id={id}
                  type="checkbox"
                  checked={!off.has(s.id)}
                  disabled={!usable}
                  aria-describedby={usable ? undefined : `${id}-why`}
                  onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                />
                <label for={id}>{t(s.nameKey)}</label>
                <span class={`tag ${s.position}`}>{t(`optPosition_${s.position}`)}</span>
                {!usable && (
                  <span id={`${id}-why`} class="visually-hidden">
                    {t('optStretchNeedsFloor')}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {none && (
          <p class="error" role="status">
            {t('optNoStretches')}
          </p>
        )}
        <LockedNote field="disabledStretchIds" />
      </fieldset>
    </Section>
  );
}
