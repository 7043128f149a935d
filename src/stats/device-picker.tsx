import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import './devices.css';

export interface DeviceChoice {
  id: string;
  name: string;
  isThis: boolean;
  /** When it last shared its summary (its own clock); null for this device. */
  updatedAt: number | null;
}

/** How a device is called in the list: its name, or words that still tell them apart. */
export function deviceLabel(d: DeviceChoice): string {
  if (d.isThis) return d.name ? t('statsDeviceThisNamed', d.name) : t('statsDeviceThis');
  return d.name || t('statsDeviceUnnamed', d.id.slice(0, 4).toUpperCase());
}

interface Props {
  devices: DeviceChoice[];
  selected: 'all' | string;
  onSelect(id: 'all' | string): void;
  onForget(id: string): Promise<void>;
  /** False: sync is off or unavailable, so only this device is counted. */
  shared: boolean;
  /** Sync had no room for this device's summary. */
  full: boolean;
  lang: string;
  now: number;
}

/**
 * Which devices the stats count: all of them together (the default) or one. Another device can
 * be forgotten here, e.g. an old laptop; its summary leaves sync, its breaks leave these stats.
 */
export function DevicePicker({ devices, selected, onSelect, onForget, shared, full, lang, now }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const forgetButton = useRef<HTMLButtonElement>(null);
  const current = devices.find((d) => d.id === selected);
  const date = (ms: number) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(Math.min(ms, now)));

  if (!shared)
    return (
      <p class="devices-note" role="status" data-testid="devices-local-only">
        {t('statsThisDeviceOnly')}
      </p>
    );
  if (devices.length < 2 && !full) return null;
  return (
    <div class="devices" data-testid="devices">
      {devices.length > 1 && (
        <div class="devices-row">
          <label for="device-select">{t('statsDevicesShow')}</label>
          <select
            id="device-select"
            value={selected}
            onChange={(e) => {
              setConfirming(false);
              setFailed(false);
              onSelect(e.currentTarget.value);
            }}
          >
            <option value="all">{t('statsDevicesAll', String(devices.length))}</option>
            {devices.map((d) => (
              <option key={d.id} value={d.id}>
                {deviceLabel(d)}
              </option>
            ))}
          </select>
          {current && !current.isThis && current.updatedAt !== null && (
            <span class="devices-when">{t('statsDeviceUpdated', date(current.updatedAt))}</span>
          )}
        </div>
      )}
      {current && !current.isThis && (
        <div class="devices-forget">
          {!confirming && (
            <button type="button" ref={forgetButton} onClick={() => setConfirming(true)}>
              {t('statsDeviceForget')}
            </button>
          )}
          {confirming && (
            <div
              class="confirm"
              role="alertdialog"
              aria-labelledby="forget-text"
              onKeyDown={(e) => {
                if (e.key === 'Escape') setConfirming(false);
              }}
            >
              <p id="forget-text">{t('statsDeviceForgetConfirm', deviceLabel(current))}</p>
              <div class="actions">
                <button
                  type="button"
                  class="danger-button"
                  onClick={() =>
                    void onForget(current.id).then(
                      () => setConfirming(false),
                      () => setFailed(true),
                    )
                  }
                >
                  {t('statsDeviceForget')}
                </button>
                <button
                  type="button"
                  autoFocus
                  onClick={() => {
                    setConfirming(false);
                    setTimeout(() => forgetButton.current?.focus(), 0);
                  }}
                >
                  {t('statsDeviceKeep')}
                </button>
              </div>
            </div>
          )}
          {failed && (
            <p class="error" role="alert">
              {t('statsDeviceForgetFailed')}
            </p>
          )}
        </div>
      )}
      {full && (
        <p class="devices-note" role="status">
          {t('statsSyncFull')}
        </p>
      )}
    </div>
  );
}
