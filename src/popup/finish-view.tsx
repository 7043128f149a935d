import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import { Icon } from './icons';

export type FinishState =
  | { state: 'saving'; completed: boolean }
  | { state: 'saved'; completed: boolean; takenToday: number }
  | { state: 'error'; completed: boolean };

const cheers = ['finish_cheer1', 'finish_cheer2', 'finish_cheer3'];

interface Props {
  finish: FinishState;
  lang: string;
  onAnother: () => void;
  onRetry: () => void;
  onClose: () => void;
}

/** The short, warm end of a break. Focus moves to its heading so screen readers read it out. */
export function FinishView({ finish, lang, onAnother, onRetry, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const taken = finish.state === 'saved' ? finish.takenToday : 0;
  const title = finish.completed ? t(cheers[taken % cheers.length]!) : t('finish_partial');
  let line = '';
  if (finish.state === 'saved')
    line = taken === 1 ? t('finish_countOne') : t('finish_countMany', new Intl.NumberFormat(lang).format(taken));
  if (finish.state === 'error') line = t('finish_saveError');
  return (
    <div class="panel finish" data-state={finish.state}>
      <div class="finish-body">
        <div class="finish-mark" aria-hidden="true">
          <Icon name="check" />
        </div>
        <h2 class="finish-title" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        <p class="finish-line" role={finish.state === 'error' ? 'alert' : undefined}>
          {line}
        </p>
      </div>
      <div class="controls">
        {finish.state === 'error' ? (
          <button type="button" class="btn primary" onClick={onRetry} data-action="retry">
            {t('finish_retry')}
          </button>
        ) : (
          <button type="button" class="btn primary" onClick={onAnother} data-action="another">
            <Icon name="shuffle" />
            {t('session_another')}
          </button>
        )}
        <button type="button" class="btn" onClick={onClose} data-action="close">
          {t('finish_close')}
        </button>
      </div>
    </div>
  );
}
