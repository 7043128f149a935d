// Which drawing a person's own stretch shows: any built-in figure, mirrored or not, or none (the
// card then shows the breath guide alone). Each choice is a radio with a small still preview; a
// mirrored one is flipped by CSS (custom.css) until StretchArt draws mirrored figures itself.
import { Component } from 'preact';
import type { Problem } from '../core/stretches/custom';
import { stretches } from '../core/stretches/library';
import { t } from '../shared/i18n';
import { StretchArt } from '../ui/art/stretch-art';
import { figureIds } from '../ui/art/drawings';
import { ProblemText } from './custom-fields';

const drawn = stretches.filter((s) => figureIds.includes(s.id));
/** Drawn once: the editor renders on every key typed, and twelve figures would make typing lag. */
class Preview extends Component<{ id: string }> {
  override shouldComponentUpdate(next: { id: string }) {
    return next.id !== this.props.id;
  }
  override render() {
    return <StretchArt id={this.props.id} label="" />;
  }
}

export function FigurePicker(props: {
  figure: string | null;
  mirrored: boolean;
  problem?: Problem;
  onFigure(id: string | null): void;
  onMirrored(on: boolean): void;
}) {
  const { figure, mirrored } = props;
  return (
    <fieldset class="field figure-field" aria-describedby={props.problem ? 'cs-figure-error' : undefined}>
      <legend>{t('customFieldFigure')}</legend>
      <div class="toggle mirror-toggle">
        <input
          id="cs-mirrored"
          type="checkbox"
          checked={mirrored}
          disabled={!figure}
          onChange={(e) => props.onMirrored(e.currentTarget.checked)}
        />
        <label for="cs-mirrored">{t('customFigureMirrored')}</label>
      </div>
      <div class="figure-grid">
        <label class={`figure-choice ${figure === null ? 'on' : ''}`}>
          <input id="cs-figure" type="radio" name="cs-figure" value="" checked={figure === null} onChange={() => props.onFigure(null)} />
          <span class="figure-thumb none" aria-hidden="true" />
          <span class="figure-name">{t('customFigureNone')}</span>
        </label>
        {drawn.map((s) => (
          <label key={s.id} class={`figure-choice ${figure === s.id ? 'on' : ''}`}>
            <input type="radio" name="cs-figure" value={s.id} checked={figure === s.id} onChange={() => props.onFigure(s.id)} />
            <span class={`figure-thumb art-frame ${mirrored ? 'mirrored' : ''}`} aria-hidden="true">
              <Preview id={s.id} />
            </span>
            <span class="figure-name">{t(s.nameKey)}</span>
          </label>
        ))}
      </div>
      <ProblemText id="cs-figure-error" problem={props.problem} />
    </fieldset>
  );
}
