import type { StretchCount } from '../core/stats/overview';
import { stretchById } from '../core/stretches/library';
import type { CustomStretch } from '../core/stretches/custom';
import { t } from '../shared/i18n';
import { stretchWords } from '../ui/stretch-words';
import { formatNumber } from './format';

/** Most-done stretches, with a bar for each relative to the favourite. */
export function TopStretches({ list, lang, known = [] }: { list: StretchCount[]; lang: string; known?: readonly CustomStretch[] }) {
  if (list.length === 0) return <p class="empty">{t('statsNoStretchesYet')}</p>;
  const most = list[0]!.count;
  return (
    <ol class="top-list">
      {list.map((s) => {
        // A person's own stretch shows by the name its breaks recorded, even once deleted, or
        // (another device's summary has ids only) by its name now; a stretch removed from the
        // library still shows, by its id, rather than vanishing.
        const builtIn = stretchById(s.id);
        const name = builtIn ? stretchWords(builtIn).name : (s.name ?? known.find((k) => k.id === s.id)?.name ?? s.id);
        return (
          <li key={s.id}>
            <span class="name">{name}</span>
            <span class="track" aria-hidden="true">
              <span style={{ width: `${Math.max(4, (s.count / most) * 100)}%` }} />
            </span>
            <span class="count">{t('statsTimes', formatNumber(s.count, lang))}</span>
          </li>
        );
      })}
    </ol>
  );
}
