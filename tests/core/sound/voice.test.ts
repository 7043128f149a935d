import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceInfo } from '../../../src/core/sound/voice';

const v = (name: string, lang: string, localService = true, isDefault = false): VoiceInfo => ({
  name,
  lang,
  localService,
  default: isDefault,
  voiceURI: `uri:${name}`,
});

describe('pickVoice', () => {
  it('never picks a network voice, even the only one for the language or the default', () => {
    expect(pickVoice([v('Cloud German', 'de-DE', false, true)], 'de')).toBeNull();
    expect(pickVoice([v('Cloud German', 'de-DE', false, true), v('eSpeak German', 'de', true)], 'de')?.name).toBe('eSpeak German');
  });

  it('returns null when no local voice speaks the language', () => {
    expect(pickVoice([v('English', 'en-US'), v('French', 'fr-FR')], 'ja')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });

  it('prefers the exact region, then the same language elsewhere', () => {
    const voices = [v('Portugal', 'pt-PT'), v('Brazil', 'pt-BR')];
    expect(pickVoice(voices, 'pt-BR')?.name).toBe('Brazil');
    expect(pickVoice(voices, 'pt_BR')?.name).toBe('Brazil');
    expect(pickVoice([v('Portugal', 'pt-PT')], 'pt-BR')?.name).toBe('Portugal');
    expect(pickVoice([v('German', 'de')], 'de-AT')?.name).toBe('German');
  });

  it('takes the default voice within a tier, else the first listed', () => {
    expect(pickVoice([v('A', 'en-US'), v('B', 'en-US', true, true)], 'en-US')?.name).toBe('B');
    expect(pickVoice([v('A', 'en-GB'), v('B', 'en-US')], 'en')?.name).toBe('A');
  });

  it('reads Mandarin tagged by its ISO 639-3 code as Chinese, and ignores case', () => {
    expect(pickVoice([v('Mandarin', 'cmn')], 'zh-CN')?.name).toBe('Mandarin');
    expect(pickVoice([v('German', 'DE-de')], 'de-DE')?.name).toBe('German');
  });
});
