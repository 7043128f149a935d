import { browserArea } from '../platform/storage-area';
import { shuffleStore, type ShuffleStore } from './shuffle-store';

export function browserShuffleStore(): ShuffleStore {
  return shuffleStore(browserArea('local'));
}
