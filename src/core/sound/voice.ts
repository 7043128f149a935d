// Which voice may speak the timer's cues. Only a voice that runs on this device
// (`localService: true`) is ever chosen: a network voice would send the words to a server, and
// Unhunch sends nothing anywhere.

export interface VoiceInfo {
  name: string;
  /** BCP 47 tag as the browser reports it ("de-DE", "en_US", "cmn"…). */
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

// Some speech engines tag Mandarin by its ISO 639-3 code rather than "zh".
const aliases: Record<string, string> = { cmn: 'zh', yue: 'zh' };

function tag(lang: string): { full: string; primary: string } {
  const full = lang.trim().replace(/_/g, '-').toLowerCase();
  const first = full.split('-')[0] ?? '';
  return { full, primary: aliases[first] ?? first };
}

/**
 * The local voice for the page's language, or null when the device has none. A voice for the
 * exact language and region comes first ("pt-BR" for pt_BR), then one for the same language in
 * another region; within each, the system's default voice wins, then the first listed.
 */
export function pickVoice(voices: readonly VoiceInfo[], uiLang: string): VoiceInfo | null {
  const want = tag(uiLang);
  const local = voices.filter((v) => v.localService === true);
  const exact = local.filter((v) => tag(v.lang).full === want.full);
  const same = local.filter((v) => tag(v.lang).primary === want.primary);
  for (const tier of [exact, same]) {
    const found = tier.find((v) => v.default) ?? tier[0];
    if (found) return found;
  }
  return null;
}
