// The editor of one of the person's own stretches. Its state is custom-form-state's reducer; this
// file only lays the fields out. Saving checks the draft by the same rules as a file or storage
// (checkCustomStretch): a draft with problems is never saved, each problem shows under its field,
// and focus goes to the first of them.
import { useReducer, useState } from 'preact/hooks';
import { AREAS, CUSTOM_LIMITS, POSITIONS, type CustomStretch } from '../core/stretches/custom';
import { stretches } from '../core/stretches/library';
import type { SidePlan } from '../core/stretches/types';
import { t } from '../shared/i18n';
import { Radios, ProblemText, TextField } from './custom-fields';
import { FigurePicker } from './custom-figure-picker';
import { checkForm, fieldOrder, reduce, type Draft, type FieldKey, type FormState } from './custom-form-state';
import { StepsField } from './custom-steps';

const FIGURES: ReadonlySet<string> = new Set(stretches.map((s) => s.id));
const BY: SidePlan['by'][] = ['side', 'arm', 'turn'];

export function CustomEditor(props: {
  initial: FormState;
  now(): number;
  /** Rejects when storage refused the save; the draft stays on screen. */
  onSave(stretch: CustomStretch): Promise<void>;
  onCancel(): void;
}) {
  const [state, dispatch] = useReducer(reduce, props.initial);
  const [failed, setFailed] = useState<string | null>(null);
  const d = state.draft;
  const set = (patch: Partial<Omit<Draft, 'steps' | 'areas'>>) => dispatch({ type: 'set', patch });
  const check = checkForm(state, FIGURES, props.now());
  const problems = state.tried && !check.ok ? check.problems : new Map<FieldKey, never>();

  const save = async (e: Event) => {
    e.preventDefault();
    dispatch({ type: 'tried' });
    if (!check.ok) {
      const first = fieldOrder(state).find((k) => check.problems.has(k));
      // After this render, so the message the field points to is already there.
      setTimeout(() => document.getElementById(`cs-${first}`)?.focus(), 0);
      return;
    }
    setFailed(null);
    await props.onSave(check.stretch).catch((err: unknown) => setFailed(String(err)));
  };
  const doseProblem = problems.get('dose');
  const doseId = 'cs-dose';

  return (
    <form class="custom-editor" aria-labelledby="cs-title" noValidate onSubmit={(e) => void save(e)}>
      <h3 id="cs-title" tabIndex={-1}>
        {state.isNew ? t('customEditorNew') : t('customEditorEdit', d.name || props.initial.draft.name)}
      </h3>
      <TextField
        id="cs-name"
        label={t('customFieldName')}
        value={d.name}
        max={CUSTOM_LIMITS.NAME_CHARS}
        problem={problems.get('name')}
        onInput={(name) => set({ name })}
      />
      <StepsField steps={d.steps} problems={problems} dispatch={dispatch} />
      <Radios
        id="cs-position"
        name="cs-position"
        legend={t('customFieldPosition')}
        value={d.position}
        choices={POSITIONS.map((p) => ({ value: p, label: t(`optPosition_${p}`) }))}
        onPick={(position) => set({ position })}
        problem={problems.get('position')}
      />
      <div class="field toggle">
        <input id="cs-desk" type="checkbox" checked={d.deskFriendly} onChange={(e) => set({ deskFriendly: e.currentTarget.checked })} />
        <div>
          <label for="cs-desk">{t('customFieldDesk')}</label>
          <p class="hint">{t('customDeskHint')}</p>
        </div>
      </div>
      <fieldset class="field dose-field" aria-describedby={doseProblem ? `${doseId}-error` : undefined}>
        <legend>{t('customFieldDose')}</legend>
        <div class="dose-row">
          <Radios
            id="cs-dose-kind"
            name="cs-dose-kind"
            legend={t('customDoseKind')}
            value={d.doseKind}
            small
            choices={[
              { value: 'breaths', label: t('customDoseBreaths') },
              { value: 'hold', label: t('customDoseHold') },
            ]}
            onPick={(doseKind) => set({ doseKind })}
          />
          <div class="control dose-amount">
            <label for={doseId} class="visually-hidden">
              {d.doseKind === 'breaths' ? t('customDoseBreathsCount') : t('customDoseHoldSeconds')}
            </label>
            <input
              id={doseId}
              type="number"
              inputMode="numeric"
              step={1}
              min={d.doseKind === 'breaths' ? CUSTOM_LIMITS.BREATHS_MIN : CUSTOM_LIMITS.HOLD_SEC_MIN}
              max={d.doseKind === 'breaths' ? CUSTOM_LIMITS.BREATHS_MAX : CUSTOM_LIMITS.HOLD_SEC_MAX}
              value={d.doseKind === 'breaths' ? d.breaths : d.holdSeconds}
              aria-invalid={doseProblem ? 'true' : undefined}
              aria-describedby={`${doseId}-hint${doseProblem ? ` ${doseId}-error` : ''}`}
              onInput={(e) => set(d.doseKind === 'breaths' ? { breaths: e.currentTarget.value } : { holdSeconds: e.currentTarget.value })}
            />
            <span class="unit">{d.doseKind === 'breaths' ? t('customUnitBreaths') : t('customUnitSeconds')}</span>
          </div>
        </div>
        <p id={`${doseId}-hint`} class="hint">
          {d.doseKind === 'breaths'
            ? t('customDoseBreathsHint', CUSTOM_LIMITS.BREATHS_MIN, CUSTOM_LIMITS.BREATHS_MAX)
            : t('customDoseHoldHint', CUSTOM_LIMITS.HOLD_SEC_MIN, CUSTOM_LIMITS.HOLD_SEC_MAX)}
        </p>
        <ProblemText id={`${doseId}-error`} problem={doseProblem} />
      </fieldset>
      <Radios
        id="cs-sides"
        name="cs-sides"
        legend={t('customFieldSides')}
        value={d.sides}
        choices={[
          { value: 'one', label: t('customSidesOne') },
          { value: 'both', label: t('customSidesBoth') },
        ]}
        onPick={(sides) => set({ sides })}
        problem={problems.get('sides')}
      />
      {d.sides === 'both' && (
        <div class="side-plan">
          <Radios
            id="cs-first"
            name="cs-first"
            legend={t('customSideFirst')}
            value={d.first}
            small
            choices={[
              { value: 'left', label: t('customSideLeft') },
              { value: 'right', label: t('customSideRight') },
            ]}
            onPick={(first) => set({ first })}
          />
          <Radios
            id="cs-by"
            name="cs-by"
            legend={t('customSideBy')}
            value={d.by}
            small
            choices={BY.map((by) => ({ value: by, label: t(`customSideBy_${by}`) }))}
            onPick={(by) => set({ by })}
          />
        </div>
      )}
      <fieldset class="field areas-field" aria-describedby={problems.get('areas') ? 'cs-areas-error' : undefined}>
        <legend>{t('customFieldAreas')}</legend>
        <div class="area-boxes">
          {AREAS.map((a, i) => (
            <label key={a} class="area-box">
              <input
                id={i === 0 ? 'cs-areas' : undefined}
                type="checkbox"
                checked={d.areas.includes(a)}
                onChange={(e) => dispatch({ type: 'area', area: a, on: e.currentTarget.checked })}
              />
              {t(`area_${a}`)}
            </label>
          ))}
        </div>
        <ProblemText id="cs-areas-error" problem={problems.get('areas')} />
      </fieldset>
      <TextField
        id="cs-caution"
        label={t('customFieldCaution')}
        hint={t('customCautionHint')}
        value={d.caution}
        max={CUSTOM_LIMITS.CAUTION_CHARS}
        multiline
        problem={problems.get('caution')}
        onInput={(caution) => set({ caution })}
      />
      <FigurePicker
        figure={d.figure}
        mirrored={d.mirrored}
        problem={problems.get('figure')}
        onFigure={(figure) => set({ figure })}
        onMirrored={(mirrored) => set({ mirrored })}
      />
      {state.tried && !check.ok && (
        <p class="error" role="alert">
          {t('customNotSaved')}
        </p>
      )}
      {failed && (
        <p class="error" role="alert">
          {t('customSaveFailed', failed)}
        </p>
      )}
      <div class="actions editor-actions">
        <button type="submit" class="primary">
          {t('customSave')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('optCancel')}
        </button>
      </div>
    </form>
  );
}
