import { useEffect, useRef, useState } from 'preact/hooks';
import { shortcutFromKey } from '../core/shortcuts/shortcut';
import type { Shortcut, ShortcutsAdapter } from '../platform/shortcuts';
import { t } from '../shared/i18n';
import { Section } from '../ui/fields';

// The browser reports the popup shortcut under this reserved name, often without a description.
const describe = (s: Shortcut) => (s.name === '_execute_action' ? t('commandOpenPopup') : s.description || s.name);
const isMac = () => /Mac/i.test(navigator.platform);

/**
 * Lists the keyboard shortcuts. Firefox lets the user record new ones right here; Chrome keeps
 * them on its own page, which the button opens.
 */
export function ShortcutsSection({ shortcuts }: { shortcuts: ShortcutsAdapter }) {
  const [list, setList] = useState<Shortcut[] | null>(null);
  const [recording, setRecording] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const refresh = () => shortcuts.list().then(setList, () => setList([]));
  useEffect(() => void refresh(), [shortcuts]);
  // Focus the field on every "Change", explicitly: a document honours autofocus only once, so the
  // second field would open with the focus left on the page and keys (even Escape) lost.
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (recording) field.current?.focus();
  }, [recording]);

  const record = (name: string, event: KeyboardEvent) => {
    if (event.key === 'Tab') return;
    event.preventDefault();
    if (event.key === 'Escape') {
      setRecording(null);
      return;
    }
    const result = shortcutFromKey(event, isMac());
    if (!result.ok) {
      if (result.reason !== 'incomplete')
        setMessage({ kind: 'error', text: t(result.reason === 'needsModifier' ? 'shortcutNeedsModifier' : 'shortcutUnsupportedKey') });
      return;
    }
    shortcuts.update(name, result.shortcut).then(
      () => {
        setRecording(null);
        setMessage({ kind: 'ok', text: t('shortcutSaved', result.shortcut) });
        void refresh();
      },
      (err: unknown) =>
        setMessage({ kind: 'error', text: t('shortcutRefused', result.shortcut, err instanceof Error ? err.message : String(err)) }),
    );
  };

  return (
    <Section id="shortcuts" title={t('shortcutsTitle')} intro={t(shortcuts.canEdit ? 'shortcutsIntroEditable' : 'shortcutsIntroBrowser')}>
      <ul class="shortcut-list">
        {(list ?? []).map((s) => (
          <li class="field shortcut" key={s.name}>
            <span class="shortcut-name">{describe(s)}</span>
            {recording === s.name ? (
              <input
                ref={field}
                class="shortcut-record"
                readOnly
                value={t('shortcutPressKeys')}
                aria-label={t('shortcutRecordLabel', describe(s))}
                onKeyDown={(e) => record(s.name, e)}
                onBlur={() => setRecording(null)}
              />
            ) : (
              <kbd class={s.shortcut ? '' : 'unset'}>{s.shortcut || t('shortcutNotSet')}</kbd>
            )}
            {shortcuts.canEdit && recording !== s.name && (
              <span class="shortcut-actions">
                <button
                  type="button"
                  onClick={() => {
                    setMessage(null);
                    setRecording(s.name);
                  }}
                  aria-label={t('shortcutChangeLabel', describe(s))}
                >
                  {t('shortcutChange')}
                </button>
                <button
                  type="button"
                  onClick={() => shortcuts.reset(s.name).then(refresh)}
                  aria-label={t('shortcutResetLabel', describe(s))}
                >
                  {t('shortcutReset')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {!shortcuts.canEdit && (
        <button type="button" onClick={() => void shortcuts.openBrowserSettings()}>
          {t('shortcutsOpenBrowser')}
        </button>
      )}
      <p class={`shortcut-message ${message?.kind ?? ''}`} role="status">
        {message?.text ?? ''}
      </p>
    </Section>
  );
}
