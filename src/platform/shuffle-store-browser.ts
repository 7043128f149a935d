import { browserArea } from './settings-store-areas';
import { shuffleStore, type ShuffleStore } from './shuffle-store';

export function browserShuffleStore(): ShuffleStore {
  return shuffleStore(browserArea('local'));
}
