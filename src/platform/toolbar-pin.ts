import browser from './browser';

/**
 * Whether the toolbar button is pinned, for the pages that tell the person how to pin it. Only
 * pages use this: the worker never needs to know.
 */
export interface ToolbarPin {
  /** true or false where the browser can tell (action.getUserSettings), null where it cannot. */
  isPinned(): Promise<boolean | null>;
  /** Fires when the person pins or unpins (where the browser reports it); returns the remover. */
  onChange(listener: (pinned: boolean) => void): () => void;
}

export function browserToolbarPin(): ToolbarPin {
  const action = browser.action as Partial<typeof browser.action>;
  return {
    async isPinned() {
      if (typeof action.getUserSettings !== 'function') return null;
      try {
        const { isOnToolbar } = await action.getUserSettings();
        return typeof isOnToolbar === 'boolean' ? isOnToolbar : null;
      } catch {
        return null;
      }
    },
    onChange(listener) {
      // Chrome 130+ reports pinning; elsewhere pages look again when they get focus back.
      const event = action.onUserSettingsChanged;
      if (!event) return () => undefined;
      const wrapped = (change: { isOnToolbar?: boolean }) => {
        if (typeof change.isOnToolbar === 'boolean') listener(change.isOnToolbar);
      };
      event.addListener(wrapped);
      return () => event.removeListener(wrapped);
    },
  };
}
