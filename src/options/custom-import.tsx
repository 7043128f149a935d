// Bringing stretches in from a shared file. Reading is all or nothing (core/stretches/
// stretch-file.ts): a file with any problem is refused with every reason, and nothing changes. A
// good one is shown first, what will be added and which come in as copies (an id already here is
// never overwritten), and only the person's confirmation adds them.
import { useRef, useState } from 'preact/hooks';
import type { CustomStretch } from '../core/stretches/custom';
import { stretches as builtIns } from '../core/stretches/library';
import { planImport, readStretchFile, STRETCH_FILE_MAX_BYTES } from '../core/stretches/stretch-file';
import { t } from '../shared/i18n';
import { fileProblemLine } from '../ui/problem-text';
import { ProblemList } from '../ui/problem-list';

const FIGURES: ReadonlySet<string> = new Set(builtIns.map((s) => s.id));

type Step =
  | { kind: 'idle' }
  | { kind: 'refused'; lines: string[] }
  | { kind: 'offer'; added: CustomStretch[]; copies: Set<string> }
  | { kind: 'done'; count: number }
  | { kind: 'failed'; text: string };

export function CustomImport(props: {
  existing: CustomStretch[];
  now(): number;
  random(): number;
  /** Adds what the person confirmed; rejects when storage refused. */
  add(list: CustomStretch[]): Promise<void>;
}) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const refuse = (lines: string[]) => setStep({ kind: 'refused', lines });

  const read = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    // Checked before reading, so a wrong huge file is never loaded into memory.
    if (file.size > STRETCH_FILE_MAX_BYTES) return refuse([fileProblemLine({ path: '', code: 'tooLong' })]);
    const result = readStretchFile(await file.text(), FIGURES);
    if (!result.ok) return refuse(result.problems.map(fileProblemLine));
    if (result.stretches.length === 0) return refuse([t('customFileEmpty')]);
    const plan = planImport(props.existing, result.stretches, props.now(), props.random);
    if (!plan.ok) return refuse([t('customImportNoRoom', Math.max(0, plan.problems[0]?.limit ?? 0))]);
    setStep({ kind: 'offer', added: plan.added, copies: new Set(plan.copies.map((c) => c.id)) });
    setTimeout(() => confirmRef.current?.focus(), 0);
  };

  const confirm = async (added: CustomStretch[]) => {
    try {
      await props.add(added);
      setStep({ kind: 'done', count: added.length });
    } catch (err) {
      setStep({ kind: 'failed', text: String(err) });
    }
  };
  const cancel = () => {
    setStep({ kind: 'idle' });
    setTimeout(() => opener.current?.focus(), 0);
  };

  return (
    <div class="custom-import">
      <button type="button" ref={opener} onClick={() => input.current?.click()}>
        {t('customImport')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="custom-import-file"
        onChange={(e) => void read(e.currentTarget.files?.[0])}
      />
      <div aria-live="polite" class="import-report">
        {step.kind === 'refused' && <ProblemList title={t('customImportRefused')} lines={step.lines} report="refused" />}
        {step.kind === 'offer' && (
          <div class="import-offer" role="group" aria-labelledby="cs-offer-title" data-report="offer">
            <p id="cs-offer-title">
              <strong>{t('customImportOffer')}</strong>
            </p>
            <ul>
              {step.added.map((s) => (
                <li key={s.id} data-copy={step.copies.has(s.id) ? '' : undefined}>
                  <q>{s.name}</q>
                  {step.copies.has(s.id) && <span class="tag copy">{t('customImportAsCopy')}</span>}
                </li>
              ))}
            </ul>
            {step.copies.size > 0 && <p class="hint">{t('customImportCopiesHint')}</p>}
            <div class="actions">
              <button type="button" class="primary" ref={confirmRef} data-action="import-confirm" onClick={() => void confirm(step.added)}>
                {t('customImportConfirm')}
              </button>
              <button type="button" onClick={cancel}>
                {t('optCancel')}
              </button>
            </div>
          </div>
        )}
        {step.kind === 'done' && (
          <p class="ok" role="status">
            {t('customImportDone', step.count)}
          </p>
        )}
        {step.kind === 'failed' && (
          <p class="error" role="alert">
            {t('customImportFailed', step.text)}
          </p>
        )}
      </div>
    </div>
  );
}
