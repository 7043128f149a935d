// The steps of a person's own stretch: one to six, each its own text box, added, removed and
// moved with buttons (not dragging), so the keyboard and a screen reader do all of it. After a
// move, focus follows the step that moved, so a person can press the same button again.
import { useEffect, useRef } from 'preact/hooks';
import { CUSTOM_LIMITS, type Problem } from '../core/stretches/custom';
import { t } from '../shared/i18n';
import { ProblemText, TextField } from './custom-fields';
import type { FieldKey, FormEvent } from './custom-form-state';

export function StepsField({
  steps,
  problems,
  dispatch,
}: {
  steps: string[];
  problems: Map<FieldKey, Problem>;
  dispatch(e: FormEvent): void;
}) {
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const move = (index: number, by: -1 | 1, button: 'up' | 'down') => {
    dispatch({ type: 'moveStep', index, by });
    // The same button on the step's new row, or its other button at the end of the list.
    const to = index + by;
    const edge = (button === 'up' && to === 0) || (button === 'down' && to === steps.length - 1);
    focusNext.current = `cs-step${to}-${edge ? (button === 'up' ? 'down' : 'up') : button}`;
  };
  const full = steps.length >= CUSTOM_LIMITS.STEPS_MAX;
  return (
    <fieldset class="field steps-field" aria-describedby="cs-steps-limit">
      <legend>{t('customFieldSteps')}</legend>
      <p id="cs-steps-limit" class="hint">
        {t('customStepsLimit', CUSTOM_LIMITS.STEPS_MIN, CUSTOM_LIMITS.STEPS_MAX)}
      </p>
      <ol class="step-rows">
        {steps.map((text, i) => (
          <li key={i} class="step-row">
            <TextField
              id={`cs-step${i}`}
              label={t('customStepLabel', i + 1)}
              value={text}
              max={CUSTOM_LIMITS.STEP_CHARS}
              multiline
              problem={problems.get(`step${i}`)}
              onInput={(value) => dispatch({ type: 'step', index: i, text: value })}
            />
            <div class="step-buttons">
              {i > 0 && (
                <button type="button" class="small" id={`cs-step${i}-up`} onClick={() => move(i, -1, 'up')}>
                  <span aria-hidden="true">↑ </span>
                  {t('customStepUp', i + 1)}
                </button>
              )}
              {i < steps.length - 1 && (
                <button type="button" class="small" id={`cs-step${i}-down`} onClick={() => move(i, 1, 'down')}>
                  <span aria-hidden="true">↓ </span>
                  {t('customStepDown', i + 1)}
                </button>
              )}
              {steps.length > CUSTOM_LIMITS.STEPS_MIN && (
                <button
                  type="button"
                  class="small"
                  onClick={() => {
                    dispatch({ type: 'removeStep', index: i });
                    focusNext.current = `cs-step${Math.max(0, i - 1)}`;
                  }}
                >
                  {t('customStepRemove', i + 1)}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        id="cs-steps"
        disabled={full}
        onClick={() => {
          dispatch({ type: 'addStep' });
          focusNext.current = `cs-step${steps.length}`;
        }}
      >
        {t('customStepAdd')}
      </button>
      <ProblemText id="cs-steps-error" problem={problems.get('steps')} />
    </fieldset>
  );
}
