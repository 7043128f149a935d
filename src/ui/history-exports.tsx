import { useState } from 'preact/hooks';
import { historyCsv, historyJson } from '../core/history/export';
import { t } from '../shared/i18n';
import type { PageDeps } from './page-deps';
import { fileDate } from './download';

/**
 * The two history downloads; used on the options page and on the stats page. They hold this
 * device's history (other devices share only daily totals), which a page that shows more than
 * this device says on the buttons through `labels`.
 */
export function HistoryExports({ deps, labels }: { deps: PageDeps; labels?: { csv: string; json: string } }) {
  const [failed, setFailed] = useState(false);
  const exportAs = async (format: 'csv' | 'json') => {
    setFailed(false);
    try {
      const history = await deps.openHistory();
      const { events, days } = await history.everything();
      history.close();
      const name = `unhunch-history-${fileDate(deps.now())}.${format}`;
      if (format === 'csv') deps.download({ name, type: 'text/csv', text: historyCsv(events) });
      else deps.download({ name, type: 'application/json', text: historyJson(events, days, deps.now()) });
    } catch {
      setFailed(true);
    }
  };
  return (
    <div class="actions">
      <button type="button" onClick={() => void exportAs('csv')}>
        {labels?.csv ?? t('optExportHistoryCsv')}
      </button>
      <button type="button" onClick={() => void exportAs('json')}>
        {labels?.json ?? t('optExportHistoryJson')}
      </button>
      {failed && (
        <p class="error" role="alert">
          {t('optExportFailed')}
        </p>
      )}
    </div>
  );
}
