import type { BreathSegment } from '../core/breath/plan';
import type { Stretch } from '../core/stretches/types';
import { t } from '../shared/i18n';
import { StretchArt } from '../ui/art/stretch-art';
import { doseText } from './dose-text';

/**
 * The top of the card: the figure, the name, and what the stretch asks for. While the timer
 * runs, the figure moves with the current breath step.
 */
export function StretchHero({ stretch, step, paused }: { stretch: Stretch; step?: BreathSegment; paused?: boolean }) {
  const name = t(stretch.nameKey);
  return (
    <div class="hero">
      <div class="art-frame">
        <StretchArt
          id={stretch.id}
          label={t('art_label', name)}
          step={step}
          paused={paused}
          words={{ in: t('art_in'), out: t('art_out') }}
        />
      </div>
      <div class="hero-text">
        <h1 class="name" id="stretch-name">
          {name}
        </h1>
        <p class="meta">
          <span>{t(`position_${stretch.position}`)}</span>
          <span class="meta-dose">{doseText(stretch)}</span>
        </p>
        <p class="areas">{stretch.areas.map((a) => t(`area_${a}`)).join(', ')}</p>
      </div>
    </div>
  );
}

/**
 * How to do it, shown before the timer starts. The hold cue waits for the timer, under the
 * circle, where it is needed; here the room goes to the steps, the caution, and on every card
 * the same short reminder to ease off if anything hurts.
 */
export function StepsPanel({ stretch }: { stretch: Stretch }) {
  return (
    <div class="panel steps-panel">
      <ol class="steps">
        {stretch.stepKeys.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ol>
      {stretch.cautionKey && <p class="caution">{t(stretch.cautionKey)}</p>}
      <p class="ease-off">{t('card_easeOff')}</p>
    </div>
  );
}
