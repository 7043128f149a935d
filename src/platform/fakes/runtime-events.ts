import type { RuntimeAdapter } from '../runtime-events';

export class FakeRuntime implements RuntimeAdapter {
  private startup: (() => void)[] = [];
  private installed: ((reason: string) => void)[] = [];

  onStartup(listener: () => void): void {
    this.startup.push(listener);
  }

  onInstalled(listener: (reason: string) => void): void {
    this.installed.push(listener);
  }

  readonly openedTabs: string[] = [];

  async openTab(path: string): Promise<void> {
    this.openedTabs.push(path);
  }

  getURL(path: string): string {
    return `extension://fake/${path}`;
  }

  fireStartup(): void {
    for (const l of this.startup) l();
  }

  fireInstalled(reason: string): void {
    for (const l of this.installed) l(reason);
  }
}
