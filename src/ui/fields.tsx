import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/defaults';
import { schema } from '../core/settings/schema';
import { validateField } from '../core/settings/validate';
import { t } from '../shared/i18n';
import { fieldErrorText } from './error-text';
import { fieldLabel } from './field-labels';
import { LockedNote, useLocked } from './locked';

export type Update = (patch: Partial<Settings>) => void;
type KeysOf<V> = { [K in keyof Settings]: Settings[K] extends V ? K : never }[keyof Settings];
export type NumberKey = KeysOf<number>;
export type BoolKey = KeysOf<boolean>;

interface FieldProps<K> {
  field: K;
  settings: Settings;
  update: Update;
  hint?: string;
}

/**
 * A whole-number setting. What is typed stays on screen while it is wrong, with a message saying
 * what is allowed; only a valid value is saved (on change: Enter, leaving the field, the arrows).
 */
export function NumberField({ field, settings, update, hint, unit }: FieldProps<NumberKey> & { unit: string }) {
  const spec = schema[field];
  const [draft, setDraft] = useState(String(settings[field]));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(String(settings[field]));
    setError(null);
  }, [settings[field]]);
  const locked = useLocked(field);
  const parse = (text: string) => validateField(field, text.trim() === '' ? Number.NaN : Number(text));
  const id = `f-${field}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field" data-field={field}>
      <label for={id}>{t(fieldLabel[field])}</label>
      <div class="control">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          step={1}
          value={draft}
          disabled={locked}
          min={spec.kind === 'int' ? spec.min : undefined}
          max={spec.kind === 'int' ? spec.max : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
          onInput={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            const result = parse(text);
            setError(result.ok ? null : fieldErrorText(result.error));
          }}
          onChange={(e) => {
            const result = parse(e.currentTarget.value);
            if (result.ok && result.value !== settings[field]) update({ [field]: result.value });
          }}
        />
        <span class="unit">{unit}</span>
      </div>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
      <LockedNote field={field} />
    </div>
  );
}

export function Toggle({ field, settings, update, hint }: FieldProps<BoolKey>) {
  const id = `f-${field}`;
  const locked = useLocked(field);
  return (
    <div class="field toggle" data-field={field}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={settings[field]}
        disabled={locked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => update({ [field]: e.currentTarget.checked })}
      />
      <div>
        <label for={id}>{t(fieldLabel[field])}</label>
        {hint && (
          <p id={`${id}-hint`} class="hint">
            {hint}
          </p>
        )}
        <LockedNote field={field} />
      </div>
    </div>
  );
}

export interface Choice<V> {
  value: V;
  label: string;
  hint?: string;
}

/** Radio buttons styled as segments; arrow keys move between them as in any radio group. */
export function ChoiceGroup<V extends string | boolean>(props: {
  name: string;
  label: string;
  value: V;
  choices: Choice<V>[];
  onPick(value: V): void;
  field: keyof Settings;
  /** Said under the choices; `children` follow it (a note about the browser, say). */
  hint?: string;
  children?: ComponentChildren;
}) {
  const locked = useLocked(props.field);
  return (
    <fieldset class="field choices" data-field={props.field} disabled={locked}>
      <legend>{props.label}</legend>
      <div class="segments">
        {props.choices.map((c) => (
          <label class={`segment ${c.value === props.value ? 'on' : ''}`} key={String(c.value)}>
            <input type="radio" name={props.name} checked={c.value === props.value} onChange={() => props.onPick(c.value)} />
            <span class="segment-label">{c.label}</span>
            {c.hint && <span class="hint">{c.hint}</span>}
          </label>
        ))}
      </div>
      {props.hint && <p class="hint">{props.hint}</p>}
      {props.children}
      <LockedNote field={props.field} />
    </fieldset>
  );
}

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="card" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}
