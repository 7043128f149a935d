import type { Settings } from '../core/settings/defaults';
import { THEMES } from '../core/settings/theme';
import { t } from '../shared/i18n';
import type { SpeechAdapter } from '../platform/speech';
import { fieldLabel } from '../ui/field-labels';
import { ChoiceGroup, NumberField, Section, Toggle, type Update } from '../ui/fields';
import { WhenDueField } from './when-due-field';
import { SpokenCuesField } from './spoken-cues-field';
import { LockedNote, useLocked } from '../ui/locked';
import type { PageDeps } from '../ui/page-deps';
import { PinHint } from '../ui/pin-hint';

interface Props {
  settings: Settings;
  update: Update;
}

export function BreaksSection({ settings, update, deps }: Props & { deps: Pick<PageDeps, 'notifyPermission' | 'delivery'> }) {
  const p = { settings, update };
  return (
    <Section id="breaks" title={t('optSectionBreaks')} intro={t('optSectionBreaksIntro')}>
      <NumberField field="breakIntervalMin" unit={t('optUnitMin')} hint={t('optBreakIntervalHint')} {...p} />
      <WhenDueField {...p} deps={deps} />
      <NumberField field="routineEvery" unit={t('optUnitBreaks')} hint={t('optRoutineEveryHint')} {...p} />
      <NumberField field="snoozeMin" unit={t('optUnitMin')} {...p} />
      <NumberField field="snoozeLimitPerBreak" unit={t('optUnitTimes')} hint={t('optSnoozeLimitHint')} {...p} />
      <NumberField field="renudgeAfterMin" unit={t('optUnitMin')} hint={t('optRenudgeHint')} {...p} />
      <NumberField field="nudgeWindowMin" unit={t('optUnitMin')} hint={t('optNudgeWindowHint')} {...p} />
    </Section>
  );
}

export function ActivitySection({ settings, update }: Props) {
  const p = { settings, update };
  return (
    <Section id="activity" title={t('optSectionActivity')} intro={t('optSectionActivityIntro')}>
      <NumberField field="naturalBreakMin" unit={t('optUnitMin')} hint={t('optNaturalBreakHint')} {...p} />
      <NumberField field="idleDetectionSec" unit={t('optUnitSec')} hint={t('optIdleDetectionHint')} {...p} />
      <Toggle field="countOnlyWhenFocused" hint={t('optCountOnlyFocusedHint')} {...p} />
      <Toggle field="mediaAware" hint={t('optMediaAwareHint')} {...p} />
      <NumberField field="mediaHoldMaxMin" unit={t('optUnitMin')} hint={t('optMediaHoldHint')} {...p} />
    </Section>
  );
}

export function BreathSection({ settings, update, lang }: Props & { lang: string }) {
  const p = { settings, update };
  const breathSec = settings.breathInhaleSec + settings.breathExhaleSec;
  return (
    <Section id="breath" title={t('optSectionBreath')} intro={t('optSectionBreathIntro')}>
      <NumberField field="breathInhaleSec" unit={t('optUnitSec')} {...p} />
      <NumberField field="breathExhaleSec" unit={t('optUnitSec')} {...p} />
      <p class="summary">
        {t('optBreathSummary', breathSec, new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(60 / breathSec))}
      </p>
    </Section>
  );
}

export function DisplaySection({
  settings,
  update,
  speech,
  lang,
  toolbar,
}: Props & { speech: SpeechAdapter | null; lang: string; toolbar: PageDeps['toolbar'] }) {
  const p = { settings, update };
  return (
    <Section id="display" title={t('optSectionDisplay')}>
      <PinHint toolbar={toolbar} confirm={false} />
      <Toggle field="badgeCountdown" hint={t('optBadgeCountdownHint')} {...p} />
      <Toggle field="soundBreakStart" {...p} />
      <Toggle field="soundBreath" hint={t('optSoundBreathHint')} {...p} />
      <SpokenCuesField {...p} speech={speech} lang={lang} />
      <VolumeField {...p} />
      <ThemeField {...p} />
    </Section>
  );
}

function VolumeField({ settings, update }: Props) {
  const silent = !settings.soundBreakStart && !settings.soundBreath && !settings.spokenCues;
  const locked = useLocked('soundVolumePct');
  return (
    <div class="field" data-field="soundVolumePct">
      <label for="f-soundVolumePct">{t(fieldLabel.soundVolumePct)}</label>
      <div class="control">
        <input
          id="f-soundVolumePct"
          type="range"
          min={0}
          max={100}
          step={5}
          value={settings.soundVolumePct}
          disabled={locked}
          aria-valuetext={t('optVolumeValue', settings.soundVolumePct)}
          aria-describedby={silent ? 'f-soundVolumePct-hint' : undefined}
          onChange={(e) => update({ soundVolumePct: Number(e.currentTarget.value) })}
        />
        <span class="unit">{t('optVolumeValue', settings.soundVolumePct)}</span>
      </div>
      {silent && (
        <p id="f-soundVolumePct-hint" class="hint">
          {t('optVolumeSilentHint')}
        </p>
      )}
      <LockedNote field="soundVolumePct" />
    </div>
  );
}

function ThemeField({ settings, update }: Props) {
  return (
    <ChoiceGroup
      field="theme"
      name="theme"
      label={t(fieldLabel.theme)}
      value={settings.theme}
      onPick={(theme) => update({ theme })}
      choices={THEMES.map((value) => ({ value, label: t(`optTheme_${value}`) }))}
    />
  );
}
