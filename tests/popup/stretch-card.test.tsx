// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { stretchById } from '../../src/core/stretches/library';
import { StepsPanel, StretchHero } from '../../src/popup/stretch-card';
import { custom } from '../core/stretches/support/custom';
import { installEnglish } from '../support/messages';

describe("the card for a person's own stretch", () => {
  it('shows markup in a name, steps and caution as text, never as elements', () => {
    installEnglish();
    const s = custom({ name: '<img src=x onerror=alert(1)>', steps: ['<b>bold</b>', '<b>bold</b>'], caution: '<script>x</script>' });
    const { container } = render(
      <div>
        <StretchHero stretch={s} />
        <StepsPanel stretch={s} />
      </div>,
    );
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container.querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect([...container.querySelectorAll('.steps li')].map((li) => li.textContent)).toEqual(['<b>bold</b>', '<b>bold</b>']);
    expect(container.querySelector('.caution')!.textContent).toBe('<script>x</script>');
  });

  it('draws the figure it picked, mirrored when asked', () => {
    installEnglish();
    const { container } = render(<StretchHero stretch={custom({ figure: { stretchId: 'cobra', mirrored: true } })} />);
    const art = container.querySelector('.art')!;
    expect(art.getAttribute('data-figure')).toBe('cobra');
    expect(art.hasAttribute('data-mirrored')).toBe(true);
    expect(art.hasAttribute('data-flipped')).toBe(true);
    expect(art.getAttribute('aria-label')).toContain('Schulterkreisen');
  });

  it('turns a mirrored figure back on side two, as side two turns a built-in round', () => {
    installEnglish();
    const step = { kind: 'inhale', durationMs: 4000, count: 1, total: 3, unit: 'breath', side: 2 } as const;
    const own = render(<StretchHero stretch={custom({ figure: { stretchId: 'eagle-arms', mirrored: true } })} step={step} />);
    expect(own.container.querySelector('.art')!.hasAttribute('data-flipped')).toBe(false);
    const builtIn = render(<StretchHero stretch={stretchById('eagle-arms')!} step={step} />);
    expect(builtIn.container.querySelector('.art')!.hasAttribute('data-flipped')).toBe(true);
  });

  it('shows no drawing at all without a figure, and the words take the row', () => {
    installEnglish();
    const { container } = render(<StretchHero stretch={custom({ figure: null })} />);
    expect(container.querySelector('.art, .art-frame')).toBeNull();
    expect(container.querySelector('.hero')!.classList.contains('no-figure')).toBe(true);
    expect(container.querySelector('h1')!.textContent).toBe('Schulterkreisen');
  });
});
