// The kinds of break the scheduler hands out. Named here, in core, because the scheduler, the
// history and the pages all speak of them; the message map only carries them.
export type BreakKind = 'posture' | 'routine';
