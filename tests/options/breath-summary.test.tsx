// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { BreathSection } from '../../src/options/section-breaks';
import { defaultSettings } from '../../src/core/settings/defaults';
import { installEnglish } from '../support/messages';

beforeAll(installEnglish);
afterEach(cleanup);

describe('BreathSection summary', () => {
  it('formats breaths per minute for the reader’s language', () => {
    const settings = { ...defaultSettings(), breathInhaleSec: 4, breathExhaleSec: 5 };
    const en = render(<BreathSection settings={settings} update={() => {}} lang="en-US" />);
    expect(en.container.querySelector('.summary')!.textContent).toContain('6.7');
    cleanup();
    const de = render(<BreathSection settings={settings} update={() => {}} lang="de-DE" />);
    expect(de.container.querySelector('.summary')!.textContent).toContain('6,7');
  });
});
