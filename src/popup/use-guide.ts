import { useEffect, useMemo, useState } from 'preact/hooks';
import { pickVoice, type VoiceInfo } from '../core/sound/voice';
import type { PopupDeps } from './deps';
import { makeGuide, type Guide } from './guide';

/**
 * The timer's guide for the popup's settings. With spoken cues on, the device's voices are
 * listed once (the browser may take a moment); until a local voice for the page's language is
 * found, and if none is, the chimes stand in.
 */
export function useGuide(deps: PopupDeps): Guide | undefined {
  const { settings, speech, lang, chime } = deps;
  const [voice, setVoice] = useState<VoiceInfo | null>(null);
  useEffect(() => {
    if (!settings.spokenCues || !speech) return;
    let live = true;
    const look = () =>
      void speech.voices().then(
        (list) => {
          if (live) setVoice(pickVoice(list, lang));
        },
        () => undefined,
      );
    look();
    const stop = speech.onVoicesChanged(look);
    return () => {
      live = false;
      stop();
    };
  }, [settings.spokenCues, speech, lang]);
  return useMemo(() => makeGuide(settings, chime, speech, voice), [settings, chime, speech, voice]);
}
