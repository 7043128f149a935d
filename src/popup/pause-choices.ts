// The pause menu's choices and the moment each one ends.

export type PauseChoice = '30m' | '1h' | '2h' | 'tomorrow' | 'resume';

export const pauseChoices: readonly PauseChoice[] = ['30m', '1h', '2h', 'tomorrow', 'resume'];

export const pauseChoiceKey: Record<PauseChoice, string> = {
  '30m': 'pause_30m',
  '1h': 'pause_1h',
  '2h': 'pause_2h',
  tomorrow: 'pause_tomorrow',
  resume: 'pause_untilResume',
};

/** Epoch ms when the pause ends; null for "until I resume". "Tomorrow" is the next local midnight. */
export function pauseUntil(choice: PauseChoice, now: number): number | null {
  const minutes = { '30m': 30, '1h': 60, '2h': 120 } as const;
  if (choice === 'resume') return null;
  if (choice === 'tomorrow') {
    const d = new Date(now);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  }
  return now + minutes[choice] * 60_000;
}
