import type { Shortcut, ShortcutsAdapter } from '../shortcuts';

/** Behaves like Firefox (editable) or Chrome (read-only, opens its settings page). */
export class FakeShortcuts implements ShortcutsAdapter {
  readonly defaults: Shortcut[];
  current: Shortcut[];
  openedBrowserSettings = 0;

  constructor(
    readonly canEdit: boolean,
    shortcuts: Shortcut[],
  ) {
    this.defaults = structuredClone(shortcuts);
    this.current = structuredClone(shortcuts);
  }

  async list(): Promise<Shortcut[]> {
    return structuredClone(this.current);
  }

  async update(name: string, shortcut: string): Promise<void> {
    if (!this.canEdit) throw new Error('commands.update is not available');
    const taken = this.current.find((c) => c.shortcut === shortcut && c.name !== name);
    if (taken) throw new Error(`Shortcut ${shortcut} is already used by ${taken.name}`);
    this.current = this.current.map((c) => (c.name === name ? { ...c, shortcut } : c));
  }

  async reset(name: string): Promise<void> {
    const original = this.defaults.find((c) => c.name === name);
    this.current = this.current.map((c) => (c.name === name && original ? { ...original } : c));
  }

  async openBrowserSettings(): Promise<void> {
    this.openedBrowserSettings += 1;
  }
}
