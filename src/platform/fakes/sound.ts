import type { ChimeKind } from '../../core/sound/chime';
import type { SoundPlayer } from '../sound';

export class FakeSoundPlayer implements SoundPlayer {
  readonly played: { kind: ChimeKind; volumePct: number }[] = [];

  async play(kind: ChimeKind, volumePct: number): Promise<void> {
    this.played.push({ kind, volumePct });
  }
}
