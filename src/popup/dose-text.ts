import type { AnyStretch } from '../core/stretches/any';
import { t } from '../shared/i18n';

/** "3 breaths per side", "3 breaths", "10 rounds", "Hold 15 s", "1 deep breath, then rest": what the timer counts. */
export function doseText(stretch: AnyStretch): string {
  const d = stretch.dose;
  switch (d.kind) {
    case 'breaths':
      return t(stretch.sides === 'both' ? 'dose_breathsPerSide' : 'dose_breaths', d.count);
    case 'alternations':
      return t('dose_rounds', d.count);
    case 'hold':
      return t('dose_hold', d.seconds);
    case 'oneBreathThenRest':
      return t('dose_oneBreath');
  }
}
