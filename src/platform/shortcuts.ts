import browser from './browser';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the user (or the browser, on a clash) left it unassigned. */
  shortcut: string;
}

/** The extension's keyboard shortcuts, as the options page shows and edits them. */
export interface ShortcutsAdapter {
  list(): Promise<Shortcut[]>;
  /** Firefox lets extensions change their shortcuts; Chrome only through its own page. */
  readonly canEdit: boolean;
  update(name: string, shortcut: string): Promise<void>;
  reset(name: string): Promise<void>;
  /** Chrome: its shortcut settings page, where the user changes them. */
  openBrowserSettings(): Promise<void>;
}

interface EditableCommands {
  update?(detail: { name: string; shortcut: string }): Promise<void>;
  reset?(name: string): Promise<void>;
}

export function browserShortcuts(): ShortcutsAdapter {
  const commands = browser.commands as typeof browser.commands & EditableCommands;
  return {
    canEdit: typeof commands.update === 'function',
    async list() {
      return (await commands.getAll()).map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
    },
    async update(name, shortcut) {
      await commands.update!({ name, shortcut });
    },
    async reset(name) {
      await commands.reset!(name);
    },
    async openBrowserSettings() {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    },
  };
}
