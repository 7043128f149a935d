import type { Settings } from '../core/settings/defaults';
import { customSources, stretchPool, type AnyStretch } from '../core/stretches/any';
import { stretches } from '../core/stretches/library';
import { t } from '../shared/i18n';
import { fieldLabel } from '../ui/field-labels';
import { ChoiceGroup, Section, type Update } from '../ui/fields';
import { LockedNote, useLocked } from '../ui/locked';
import type { PageDeps } from '../ui/page-deps';
import { stretchWords } from '../ui/stretch-words';
import { useCustomStretches } from '../ui/use-custom-stretches';

/**
 * Desk-only or desk-and-floor, then every stretch with its own switch: the built-ins, the
 * organisation's, then the person's own. Floor stretches stay listed when floor is off, greyed
 * out, so people can see what they would get.
 */
export function StretchesSection({
  settings,
  update,
  deps,
}: {
  settings: Settings;
  update: Update;
  deps: Pick<PageDeps, 'customStretches' | 'policy'>;
}) {
  const locked = useLocked('disabledStretchIds');
  const custom = useCustomStretches(deps);
  const organisation = new Set(custom.organisation.map((s) => s.id));
  const list: AnyStretch[] = [...stretches, ...customSources(custom.organisation, custom.stretches)];
  const off = new Set(settings.disabledStretchIds);
  const toggle = (id: string, on: boolean) => {
    const next = on ? settings.disabledStretchIds.filter((x) => x !== id) : [...settings.disabledStretchIds, id];
    update({ disabledStretchIds: next });
  };
  const none = stretchPool(settings, customSources(custom.organisation, custom.stretches)).length === 0;
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
          {list.map((s) => {
            const usable = s.deskFriendly || settings.floorStretchesEnabled;
            const id = `stretch-${s.id}`;
            return (
              <li key={s.id} class={usable ? '' : 'unusable'} data-stretch={s.id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={!off.has(s.id)}
                  disabled={!usable}
                  aria-describedby={usable ? undefined : `${id}-why`}
                  onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                />
                {/* A person's own name is text, as every stretch's words are (ui/stretch-words.ts). */}
                <label for={id}>{stretchWords(s).name}</label>
                {organisation.has(s.id) && <span class="tag">{t('optManagedLocked')}</span>}
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
