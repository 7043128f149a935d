import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/defaults';
import { pickVoice, type VoiceInfo } from '../core/sound/voice';
import type { SpeechAdapter } from '../platform/speech';
import { t } from '../shared/i18n';
import { Toggle, type Update } from '../ui/fields';

interface Props {
  settings: Settings;
  update: Update;
  speech: SpeechAdapter | null;
  lang: string;
}

/**
 * The spoken cues switch, and under it which voice on this device will speak, or that there is
 * none for this language and the chimes stand in. Looked up once the switch is on, and again
 * whenever the browser's list of voices changes.
 */
export function SpokenCuesField({ settings, update, speech, lang }: Props) {
  const [voice, setVoice] = useState<VoiceInfo | null | undefined>(undefined);
  useEffect(() => {
    if (!settings.spokenCues) return;
    if (!speech) return setVoice(null);
    let live = true;
    const look = () =>
      void speech.voices().then(
        (list) => {
          if (live) setVoice(pickVoice(list, lang));
        },
        () => live && setVoice(null),
      );
    look();
    const stop = speech.onVoicesChanged(look);
    return () => {
      live = false;
      stop();
    };
  }, [settings.spokenCues, speech, lang]);
  return (
    <>
      <Toggle field="spokenCues" hint={t('optSpokenCuesHint')} settings={settings} update={update} />
      {settings.spokenCues && voice !== undefined && (
        <p class={voice ? 'hint voice-note' : 'hint voice-note missing'} role="status" data-voice={voice ? 'local' : 'none'}>
          {voice ? t('optSpokenCuesVoice', voice.name) : t('optSpokenCuesNoVoice')}
        </p>
      )}
    </>
  );
}
