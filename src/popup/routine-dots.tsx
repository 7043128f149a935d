import { t } from '../shared/i18n';

/** One dot per stretch in the routine: done, current, to come. */
export function RoutineDots({ count, current }: { count: number; current: number }) {
  return (
    <div class="dots" role="img" aria-label={t('routine_progress', current + 1, count)}>
      {Array.from({ length: count }, (_, i) => (
        <span key={i} class="dot" data-state={i < current ? 'done' : i === current ? 'current' : 'todo'} />
      ))}
    </div>
  );
}
