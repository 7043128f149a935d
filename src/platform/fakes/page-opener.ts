import type { PageOpener } from '../page-opener';

/** Remembers which pages were opened, in order. */
export class FakePageOpener implements PageOpener {
  readonly opened: ('options' | 'stats')[] = [];

  async openOptions(): Promise<void> {
    this.opened.push('options');
  }

  async openStats(): Promise<void> {
    this.opened.push('stats');
  }
}
