import type { CommandsAdapter } from '../commands';

export class FakeCommands implements CommandsAdapter {
  private listeners: ((name: string) => void)[] = [];

  onCommand(listener: (name: string) => void): void {
    this.listeners.push(listener);
  }

  /** The user pressed the shortcut for `name`. */
  press(name: string): void {
    for (const l of this.listeners) l(name);
  }
}
