import type { MediaAdapter } from '../media';

export class FakeMedia implements MediaAdapter {
  audible = false;

  async anyAudible(): Promise<boolean> {
    return this.audible;
  }
}
