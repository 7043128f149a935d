// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TopStretches } from '../../src/stats/top-stretches';
import { installEnglish } from '../support/messages';
import { custom } from '../core/stretches/support/custom';

describe('TopStretches', () => {
  it("shows built-ins by their name, a person's own by the name its breaks recorded, and an unknown one by its id", () => {
    installEnglish();
    const { container } = render(
      <TopStretches
        lang="en"
        list={[
          { id: 'cobra', count: 3 },
          { id: 'custom-abcdef1234', count: 2, name: 'Wall angels' },
          { id: 'custom-other00000', count: 1 },
          { id: 'custom-gone000000', count: 1 },
        ]}
        known={[custom({ id: 'custom-other00000', name: 'From the laptop' })]}
      />,
    );
    expect([...container.querySelectorAll('.name')].map((n) => n.textContent)).toEqual([
      'Cobra',
      'Wall angels',
      'From the laptop',
      'custom-gone000000',
    ]);
  });
});
