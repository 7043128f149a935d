import { useContext, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/defaults';
import { MAX_FILE_BYTES, settingsFile } from '../core/settings/file';
import { importSettingsText } from '../storage/settings-store-import';
import { t } from '../shared/i18n';
import type { PageDeps } from '../ui/page-deps';
import { fileDate } from '../ui/download';
import { fileProblemText } from '../ui/error-text';
import { HistoryExports } from '../ui/history-exports';
import { NumberField, Section, type Update } from '../ui/fields';
import { DeviceName } from './device-name';
import { LockedContext } from '../ui/locked';
import { PrivacyLink } from '../ui/privacy-link';
import { ProblemList } from '../ui/problem-list';

type Report = { kind: 'ok'; text: string } | { kind: 'problems'; title: string; lines: string[] } | null;

export function DataSection({
  settings,
  update,
  deps,
  reload,
}: {
  settings: Settings;
  update: Update;
  deps: PageDeps;
  reload(): Promise<void>;
}) {
  const [report, setReport] = useState<Report>(null);
  const [confirming, setConfirming] = useState(false);
  const locked = useContext(LockedContext);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const stopConfirming = () => {
    setConfirming(false);
    setTimeout(() => opener.current?.focus(), 0);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (fileInput.current) fileInput.current.value = '';
    // Checked before reading, so a wrong multi-gigabyte file is never loaded into memory.
    if (file.size > MAX_FILE_BYTES) {
      setReport({
        kind: 'problems',
        title: t('optImportRefused'),
        lines: [fileProblemText({ code: 'tooLarge', maxKb: MAX_FILE_BYTES / 1024 })],
      });
      return;
    }
    const result = await importSettingsText(deps.settings, await file.text());
    if (result.ok) {
      await reload();
      // The file was saved as it is; the locked settings simply stay in force over it.
      setReport({ kind: 'ok', text: locked.size ? `${t('optImportDone')} ${t('optImportLockedKept')}` : t('optImportDone') });
    } else if ('problems' in result) {
      setReport({ kind: 'problems', title: t('optImportRefused'), lines: result.problems.map(fileProblemText) });
    } else {
      setReport({ kind: 'problems', title: t('optImportRefused'), lines: [t('optImportStorageFailed', result.storageError)] });
    }
  };

  const deleteEverything = async () => {
    setConfirming(false);
    try {
      const history = await deps.openHistory();
      await history.clear();
      history.close();
      // The summary this device shares with the person's other devices goes too.
      await deps.devices.removeOwn();
      // The person's own stretches go too, here and on their other devices.
      await deps.customStretches.clear();
      await deps.settings.reset();
      for (const n of await deps.notices.list()) await deps.notices.dismiss(n.kind);
      await reload();
      setReport({ kind: 'ok', text: t('optDeleteDone') });
    } catch (err) {
      setReport({ kind: 'problems', title: t('optDeleteFailed'), lines: [String(err)] });
    }
  };

  return (
    <Section id="data" title={t('optSectionData')} intro={t('optSectionDataIntro')}>
      <NumberField field="dailyGoalBreaks" unit={t('optUnitBreaks')} hint={t('optDailyGoalHint')} settings={settings} update={update} />
      <NumberField field="historyRetentionDays" unit={t('optUnitDays')} hint={t('optRetentionHint')} settings={settings} update={update} />

      <h3>{t('optDeviceTitle')}</h3>
      <DeviceName devices={deps.devices} />

      <h3>{t('optSettingsFile')}</h3>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            deps.download({
              name: `unhunch-settings-${fileDate(deps.now())}.json`,
              type: 'application/json',
              text: settingsFile(settings, deps.now()),
            })
          }
        >
          {t('optExportSettings')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('optImportSettings')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          data-testid="import-file"
        />
      </div>

      <h3>{t('optHistoryFiles')}</h3>
      <HistoryExports deps={deps} />
      <p>
        <a href={deps.statsUrl} class="link">
          {t('optOpenStats')}
        </a>
      </p>

      <div aria-live="polite">
        {report?.kind === 'ok' && (
          <p class="ok" role="status">
            {report.text}
          </p>
        )}
        {report?.kind === 'problems' && <ProblemList title={report.title} lines={report.lines} />}
      </div>

      <p>
        <PrivacyLink label={t('optPrivacyPolicy')} />
      </p>

      <div class="danger">
        <h3>{t('optDeleteTitle')}</h3>
        <p class="hint">{t('optDeleteHint')}</p>
        {!confirming && (
          <button
            type="button"
            ref={opener}
            class="danger-button"
            onClick={() => {
              setConfirming(true);
              setTimeout(() => cancel.current?.focus(), 0);
            }}
          >
            {t('optDeleteAll')}
          </button>
        )}
        {confirming && (
          <div
            class="confirm"
            role="alertdialog"
            aria-labelledby="confirm-title"
            aria-describedby="confirm-text"
            onKeyDown={(e) => {
              if (e.key === 'Escape') stopConfirming();
            }}
          >
            <p id="confirm-title">
              <strong>{t('optDeleteConfirmTitle')}</strong>
            </p>
            <p id="confirm-text">{t('optDeleteConfirmText')}</p>
            <div class="actions">
              <button type="button" class="danger-button" onClick={() => void deleteEverything()}>
                {t('optDeleteConfirm')}
              </button>
              <button type="button" ref={cancel} onClick={stopConfirming}>
                {t('optCancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </Section>
  );
}
