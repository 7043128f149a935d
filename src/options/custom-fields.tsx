// The stretch editor's controls. Each says its limit as the person types (a counter tied to the
// control for screen readers) and its problem in words right under it, so a person never has to
// hunt for what stopped the save.
import type { Problem } from '../core/stretches/custom';
import { t } from '../shared/i18n';
import { fieldProblemText } from '../ui/problem-text';
import { textLength } from './custom-form-state';

export function ProblemText({ id, problem }: { id: string; problem: Problem | undefined }) {
  if (!problem) return null;
  return (
    <p id={id} class="error">
      {fieldProblemText(problem)}
    </p>
  );
}

/** One line of text or a few, with its counter; the counter turns red past the limit. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  max: number;
  multiline?: boolean;
  hint?: string;
  problem?: Problem;
  onInput(text: string): void;
}) {
  const { id, value, max, problem } = props;
  const used = textLength(value);
  const described = [`${id}-count`, props.hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    'aria-invalid': problem ? ('true' as const) : undefined,
    'aria-describedby': described,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field text-field">
      <div class="text-field-top">
        <label for={id}>{props.label}</label>
        <span id={`${id}-count`} class={`counter ${used > max ? 'over' : ''}`}>
          {t('customCounter', used, max)}
        </span>
      </div>
      {props.multiline ? <textarea rows={2} {...common} /> : <input type="text" autoComplete="off" {...common} />}
      {props.hint && (
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      <ProblemText id={`${id}-error`} problem={problem} />
    </div>
  );
}

export interface RadioChoice<V extends string> {
  value: V;
  label: string;
}

/** Radio buttons as segments in a fieldset; the first radio carries `id`, for focus on a problem. */
export function Radios<V extends string>(props: {
  id: string;
  name: string;
  legend: string;
  value: V;
  choices: RadioChoice<V>[];
  onPick(value: V): void;
  problem?: Problem;
  small?: boolean;
}) {
  return (
    <fieldset
      class={`field choices ${props.small ? 'small-choices' : ''}`}
      aria-describedby={props.problem ? `${props.id}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      <div class="segments">
        {props.choices.map((c, i) => (
          <label class={`segment ${c.value === props.value ? 'on' : ''}`} key={c.value}>
            <input
              id={i === 0 ? props.id : undefined}
              type="radio"
              name={props.name}
              value={c.value}
              checked={c.value === props.value}
              onChange={() => props.onPick(c.value)}
            />
            <span class="segment-label">{c.label}</span>
          </label>
        ))}
      </div>
      <ProblemText id={`${props.id}-error`} problem={props.problem} />
    </fieldset>
  );
}
