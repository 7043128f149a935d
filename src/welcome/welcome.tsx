import { useState } from 'preact/hooks';
import type { Settings } from '../core/settings/defaults';
import { WHEN_DUE, type WhenDue } from '../core/delivery/route';
import { t } from '../shared/i18n';
import type { ToolbarPin } from '../platform/toolbar-pin';
import { PinHint } from '../ui/pin-hint';
import { PrivacyLink } from '../ui/privacy-link';

export interface WelcomeProps {
  initial: Settings;
  /** Saves the whole settings object; rejects if it could not be stored. */
  save(settings: Settings): Promise<unknown>;
  tryStretch(): void;
  openOptions(): void;
  /** Whether the toolbar button is pinned, for the hint that tells how to pin it. */
  toolbar: ToolbarPin;
}

const intervals = [20, 30, 45, 60];
const deliveryHint: Record<WhenDue, string> = {
  notification: 'welcomeDeliveryNotificationHint',
  window: 'welcomeDeliveryWindowHint',
  both: 'welcomeDeliveryBothHint',
};

/** First-run page: three choices that matter most, each saved the moment it is made. */
export function Welcome({ initial, save, tryStretch, openOptions, toolbar }: WelcomeProps) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');

  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    save(next).then(
      () => setStatus('saved'),
      () => setStatus('failed'),
    );
  };

  return (
    <main class="welcome">
      <header class="hero">
        <img src="icons/icon-128.png" alt="" width={72} height={72} />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="lead">{t('welcomeLead')}</p>
        </div>
      </header>

      <section class="step" aria-labelledby="step-interval">
        <h2 id="step-interval">
          <span class="num" aria-hidden="true">
            1
          </span>
          {t('welcomeIntervalTitle')}
        </h2>
        <p class="hint">{t('welcomeIntervalHint')}</p>
        <div class="choices" role="radiogroup" aria-labelledby="step-interval">
          {intervals.map((minutes) => (
            <label class={`choice ${settings.breakIntervalMin === minutes ? 'on' : ''}`} key={minutes}>
              <input
                type="radio"
                name="interval"
                checked={settings.breakIntervalMin === minutes}
                onChange={() => update({ breakIntervalMin: minutes })}
              />
              {t('welcomeIntervalChoice', minutes)}
            </label>
          ))}
        </div>
      </section>

      <section class="step" aria-labelledby="step-place">
        <h2 id="step-place">
          <span class="num" aria-hidden="true">
            2
          </span>
          {t('welcomePlaceTitle')}
        </h2>
        <div class="choices wide" role="radiogroup" aria-labelledby="step-place">
          <label class={`choice ${!settings.floorStretchesEnabled ? 'on' : ''}`}>
            <input
              type="radio"
              name="place"
              checked={!settings.floorStretchesEnabled}
              onChange={() => update({ floorStretchesEnabled: false })}
            />
            <strong>{t('welcomePlaceDesk')}</strong>
            <span class="hint">{t('welcomePlaceDeskHint')}</span>
          </label>
          <label class={`choice ${settings.floorStretchesEnabled ? 'on' : ''}`}>
            <input
              type="radio"
              name="place"
              checked={settings.floorStretchesEnabled}
              onChange={() => update({ floorStretchesEnabled: true })}
            />
            <strong>{t('welcomePlaceFloor')}</strong>
            <span class="hint">{t('welcomePlaceFloorHint')}</span>
          </label>
        </div>
      </section>

      <section class="step" aria-labelledby="step-delivery">
        <h2 id="step-delivery">
          <span class="num" aria-hidden="true">
            3
          </span>
          {t('welcomeDeliveryTitle')}
        </h2>
        <div class="choices three" role="radiogroup" aria-labelledby="step-delivery">
          {WHEN_DUE.map((whenDue) => (
            <label class={`choice ${settings.whenDue === whenDue ? 'on' : ''}`} key={whenDue}>
              <input type="radio" name="whenDue" checked={settings.whenDue === whenDue} onChange={() => update({ whenDue })} />
              <strong>{t(`optWhenDue_${whenDue}`)}</strong>
              <span class="hint">{t(deliveryHint[whenDue])}</span>
            </label>
          ))}
        </div>
      </section>

      <section class="step" aria-labelledby="step-try">
        <h2 id="step-try">
          <span class="num" aria-hidden="true">
            4
          </span>
          {t('welcomeTryTitle')}
        </h2>
        <p class="hint">{t('welcomeTryHint')}</p>
        <button type="button" class="primary" onClick={tryStretch}>
          {t('welcomeTryButton')}
        </button>
      </section>

      <section class="step" aria-labelledby="step-pin" data-step="pin">
        <h2 id="step-pin">
          <span class="num" aria-hidden="true">
            5
          </span>
          {t('welcomePinTitle')}
        </h2>
        <p class="hint">{t('welcomePinHint')}</p>
        <PinHint toolbar={toolbar} />
      </section>

      <footer>
        <p role="status" class={`saved ${status}`}>
          {status === 'saved' ? t('welcomeSaved') : status === 'failed' ? t('welcomeSaveFailed') : ''}
        </p>
        <p class="hint">{t('welcomePrivacy')}</p>
        <p class="footer-links">
          <PrivacyLink label={t('welcomePrivacyPolicy')} />
          <button type="button" class="link" onClick={openOptions}>
            {t('welcomeAllSettings')}
          </button>
        </p>
      </footer>
    </main>
  );
}
