// Which drawing a person's own stretch shows: any built-in figure, mirrored or not, or none (the
// card then shows the breath guide alone). Each choice is a radio with a small still preview,
// drawn mirrored by StretchArt itself when the person asks for it.
import { Component } from 'preact';
import type { Problem } from '../core/stretches/custom';
import { stretches } from '../core/stretches/library';
import { t } from '../shared/i18n';
import { StretchArt } from '../ui/art/stretch-art';
import { figureIds } from '../ui/art/drawings';
import { ProblemText } from './custom-fields';
import { stretchWords } from '../ui/stretch-words';

const drawn = stretches.filter((s) => figureIds.includes(s.id));
/** Drawn once: the editor renders on every key typed, and twelve figures would make typing lag. */
class Preview extends Component<{ id: string; mirrored: boolean }> {
  override shouldComponentUpdate(next: { id: string; mirrored: boolean }) {
    return next.id !== this.props.id || next.mirrored !== this.props.mirrored;
  }
  override render() {
    return <StretchArt id={this.props.id} label="" mirrored={this.props.mirrored} />;
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
            <span class="figure-thumb art-frame" aria-hidden="true">
              <Preview id={s.id} mirrored={mirrored} />
            </span>
            <span class="figure-name">{stretchWords(s).name}</span>
          </label>
        ))}
      </div>
      <ProblemText id="cs-figure-error" problem={props.problem} />
    </fieldset>
  );
}
