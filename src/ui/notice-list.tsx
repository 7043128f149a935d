import { useEffect, useState } from 'preact/hooks';
import type { Notice, NoticeKind } from '../storage/history/notices';
import type { SettingsNotice } from '../storage/settings-store';
import { t } from '../shared/i18n';
import type { PageDeps } from './page-deps';
import { fieldLabel, isField } from './field-labels';

function settingsText(n: SettingsNotice): string {
  switch (n.code) {
    case 'repaired':
      return t('noticeSettingsRepaired', n.fields.map((f) => (isField(f) ? t(fieldLabel[f]) : f)).join(', '));
    case 'unreadable':
      return t('noticeSettingsUnreadable');
    case 'newerVersion':
      return t('noticeSettingsNewer');
    case 'localOnly':
      return t('noticeSettingsLocalOnly');
    case 'managed':
      return t('optManagedNotice');
  }
}

function historyText(n: Notice): string {
  switch (n.kind) {
    case 'historyCompacted': {
      const [removed, keepDays] = (n.detail ?? '').split(':');
      return t('noticeHistoryCompacted', removed ?? '?', keepDays ?? '?');
    }
    case 'historyWriteFailed':
      return t('noticeHistoryWriteFailed', n.detail ?? '');
    default:
      return t(`notice_${n.kind}`);
  }
}

/**
 * What went wrong with storage, in words, with the one action that helps where there is one.
 * History notices come from the shared board (the background writes most of them) and update
 * live; settings notices come from this page's own load.
 */
export function NoticeList({ deps, settingsNotices }: { deps: PageDeps; settingsNotices: SettingsNotice[] }) {
  const [history, setHistory] = useState<Notice[]>([]);
  const [hiddenSettings, setHiddenSettings] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const refresh = () => void deps.notices.list().then(setHistory, () => undefined);
    refresh();
    deps.notices.onChange(refresh);
  }, [deps]);

  const dismiss = (kind: NoticeKind) => void deps.notices.dismiss(kind).then(() => deps.notices.list().then(setHistory));
  const rebuild = async () => {
    setBusy(true);
    const store = await deps.rebuildHistory();
    store.close();
    setHistory(await deps.notices.list());
    setBusy(false);
  };
  const shownSettings = settingsNotices.filter((n) => !hiddenSettings.includes(n.code));
  if (history.length === 0 && shownSettings.length === 0) return null;
  return (
    <section class="notices" aria-label={t('noticesLabel')}>
      {shownSettings.map((n) => (
        <div class={`notice ${n.code === 'localOnly' || n.code === 'managed' ? 'info' : 'warn'}`} role="status" key={n.code}>
          <p>{settingsText(n)}</p>
          <button type="button" class="small" onClick={() => setHiddenSettings([...hiddenSettings, n.code])}>
            {t('noticeDismiss')}
          </button>
        </div>
      ))}
      {history.map((n) => (
        <div class="notice warn" role="status" key={n.kind} data-notice={n.kind}>
          <p>{historyText(n)}</p>
          {n.kind === 'historyFallback' && (
            <button type="button" class="small" disabled={busy} onClick={() => void rebuild()}>
              {t('noticeRebuild')}
            </button>
          )}
          {n.kind === 'historyNewerVersion' && (
            <button type="button" class="small" onClick={deps.reload}>
              {t('noticeReload')}
            </button>
          )}
          <button type="button" class="small" onClick={() => dismiss(n.kind)}>
            {t('noticeDismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
