// The popup shows one card, so drawings.ts draws a figure only when a card asks for it, once:
// loading the module poses nothing (issue 13: posing all twelve at load held up the first paint).
// It draws from poses solved ahead (poses.generated.ts), so the popup never turns a 3D pose;
// figures.ts, which solves them for that file, also solves only what is asked for.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ pose: 0, turned: 0 }));

vi.mock('../../../src/ui/art/body', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/ui/art/body')>();
  return { ...real, pose: (...args: Parameters<typeof real.pose>) => (calls.pose++, real.pose(...args)) };
});
vi.mock('../../../src/ui/art/turned', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/ui/art/turned')>();
  return { ...real, turned: (...args: Parameters<typeof real.turned>) => (calls.turned++, real.turned(...args)) };
});

describe('figures, posed on demand', () => {
  beforeEach(() => {
    vi.resetModules();
    calls.pose = 0;
    calls.turned = 0;
  });

  it('poses nothing as the module loads', async () => {
    const { figureIds } = await import('../../../src/ui/art/drawings');
    expect(figureIds.length).toBe(12);
    expect((await import('../../../src/ui/art/figures')).figureIds.length).toBe(12);
    expect(calls).toEqual({ pose: 0, turned: 0 });
  });

  it('poses the one figure asked for, once', async () => {
    const { drawingFor } = await import('../../../src/ui/art/drawings');
    const first = drawingFor('cobra');
    expect(first?.parts.length).toBeGreaterThan(0);
    const posed = calls.pose;
    expect(posed).toBeGreaterThan(0);
    expect(calls.turned).toBe(0);
    expect(drawingFor('cobra')).toBe(first);
    expect(calls.pose).toBe(posed);
  });

  it('draws a three-quarter figure without turning anything', async () => {
    const { drawingFor } = await import('../../../src/ui/art/drawings');
    expect(drawingFor('thread-the-needle')?.parts.length).toBeGreaterThan(0);
    expect(calls.pose).toBeGreaterThan(0);
    expect(calls.turned).toBe(0);
  });

  it('solves a three-quarter figure, for the generated poses, only when asked for, turning it once', async () => {
    const { figureSpec } = await import('../../../src/ui/art/figures');
    figureSpec('thread-the-needle');
    expect(calls.turned).toBe(2);
    figureSpec('thread-the-needle');
    expect(calls.turned).toBe(2);
  });

  it('has nothing for a stretch without a figure', async () => {
    const { drawingFor } = await import('../../../src/ui/art/drawings');
    const { figureSpec } = await import('../../../src/ui/art/figures');
    expect(drawingFor('no-such-stretch')).toBeUndefined();
    expect(figureSpec('no-such-stretch')).toBeUndefined();
    expect(calls.pose).toBe(0);
  });
});
