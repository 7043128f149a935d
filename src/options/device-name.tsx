import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { MAX_NAME_LENGTH } from '../storage/devices/identity';
import type { DeviceStore } from '../storage/devices/device-store';
import './device-name.css';

/** The name the person's other devices show for this one; saved when the field is left. */
export function DeviceName({ devices }: { devices: DeviceStore }) {
  const [name, setName] = useState('');
  useEffect(
    () =>
      void devices.identity().then(
        (r) => setName(r.name),
        () => undefined,
      ),
    [devices],
  );
  return (
    <div class="field" data-testid="device-name">
      <label for="device-name">{t('optDeviceName')}</label>
      <div class="control">
        <input
          id="device-name"
          type="text"
          maxLength={MAX_NAME_LENGTH}
          value={name}
          placeholder={t('optDeviceNamePlaceholder')}
          aria-describedby="device-name-hint"
          autoComplete="off"
          onInput={(e) => setName(e.currentTarget.value)}
          onChange={(e) =>
            void devices
              .rename(e.currentTarget.value)
              .then(() => devices.identity())
              .then((r) => setName(r.name))
          }
        />
      </div>
      <p id="device-name-hint" class="hint">
        {t('optDeviceNameHint')}
      </p>
    </div>
  );
}
