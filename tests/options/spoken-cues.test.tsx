// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp } from '../../src/options/options-app';
import { defaultSettings } from '../../src/core/settings/defaults';
import { SETTINGS_KEY } from '../../src/storage/keys';
import { FakeSpeech } from '../../src/platform/fakes/speech';
import { FakeShortcuts } from '../../src/platform/fakes/shortcuts';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';

beforeAll(installEnglish);
afterEach(cleanup);

const voice = (name: string, lang: string, localService: boolean) => ({ name, lang, localService, default: false, voiceURI: name });

function setup(speech: FakeSpeech | null, spokenCues = false) {
  const fakes = fakePageDeps(undefined, new FakeShortcuts(false, []), speech);
  render(<OptionsApp deps={fakes.deps} initial={{ ...defaultSettings(), spokenCues }} notices={[]} />);
  return fakes;
}
const note = () => document.querySelector('.voice-note');

describe('spoken cues option', () => {
  it('is off by default, and turning it on is saved', async () => {
    const fakes = setup(new FakeSpeech([voice('eSpeak English', 'en-US', true)]));
    const toggle = screen.getByLabelText('Spoken cues') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(note()).toBeNull();
    fireEvent.click(toggle);
    await waitFor(() => expect((fakes.sync.data.get(SETTINGS_KEY) as { spokenCues: boolean }).spokenCues).toBe(true));
    await waitFor(() => expect(note()?.textContent).toBe('Voice: eSpeak English'));
  });

  it('says so when the device has no voice of its own for the language, even if a network voice exists', async () => {
    setup(new FakeSpeech([voice('Cloud English', 'en-US', false), voice('eSpeak German', 'de', true)]), true);
    await waitFor(() => expect(note()?.getAttribute('data-voice')).toBe('none'));
    expect(note()!.textContent).toBe('This device has no voice for this language, so chimes play instead.');
  });

  it('finds a voice that arrives late (a speech service slower to start than the wait)', async () => {
    const speech = new FakeSpeech([]);
    setup(speech, true);
    await waitFor(() => expect(note()?.getAttribute('data-voice')).toBe('none'));
    speech.setVoices([voice('eSpeak English', 'en-US', true)]);
    await waitFor(() => expect(note()?.textContent).toBe('Voice: eSpeak English'));
  });

  it('says so where the browser has no speech synthesis at all', async () => {
    setup(null, true);
    await waitFor(() => expect(note()?.getAttribute('data-voice')).toBe('none'));
  });
});
