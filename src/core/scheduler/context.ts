// What every helper of one step shares: the instant it runs at, the settings in force, and the
// effects collected so far. Passed as one argument so helpers never take these in shifting orders.
import type { Settings } from '../settings/defaults';
import type { EffectList } from './effects';

export interface StepContext {
  now: number;
  settings: Settings;
  effects: EffectList;
}
