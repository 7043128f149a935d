import browser from './browser';

/** Keyboard shortcuts from the manifest's `commands` (the popup one is handled by the browser). */
export interface CommandsAdapter {
  onCommand(listener: (name: string) => void): void;
}

export function browserCommands(): CommandsAdapter {
  return {
    onCommand(listener) {
      browser.commands?.onCommand.addListener((name: string) => listener(name));
    },
  };
}
