import type { BreathSegment } from '../core/breath/plan';
import { figureOf, type AnyStretch } from '../core/stretches/any';
import { t } from '../shared/i18n';
import { StretchArt } from '../ui/art/stretch-art';
import { stretchWords } from '../ui/stretch-words';
import { doseText } from './dose-text';

/**
 * The top of the card: the figure, the name, and what the stretch asks for. While the timer
 * runs, the figure moves with the current breath step. A person's own stretch shows the figure
 * it picked, mirrored if asked, or none: then the text takes the whole row.
 */
export function StretchHero({ stretch, step, paused }: { stretch: AnyStretch; step?: BreathSegment; paused?: boolean }) {
  const { name } = stretchWords(stretch);
  const figure = figureOf(stretch);
  return (
    <div class={figure ? 'hero' : 'hero no-figure'}>
      {figure && (
        <div class="art-frame">
          <StretchArt
            id={figure.stretchId}
            mirrored={figure.mirrored}
            label={t('art_label', name)}
            step={step}
            paused={paused}
            words={{ in: t('art_in'), out: t('art_out') }}
          />
        </div>
      )}
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
export function StepsPanel({ stretch }: { stretch: AnyStretch }) {
  const { steps, caution } = stretchWords(stretch);
  return (
    <div class="panel steps-panel">
      <ol class="steps">
        {steps.map((step, i) => (
          // Keyed by place: a person's own steps may repeat a line, and the list is never reordered.
          <li key={i}>{step}</li>
        ))}
      </ol>
      {caution && <p class="caution">{caution}</p>}
      <p class="ease-off">{t('card_easeOff')}</p>
    </div>
  );
}
