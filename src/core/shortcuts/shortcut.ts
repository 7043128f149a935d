// Turns a key press into the shortcut string both browsers' `commands` accept ("Alt+Shift+U"),
// or says why it can't be one. Firefox lets an extension change its shortcuts
// (commands.update); this is what the options page records there.

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export type ShortcutResult = { ok: true; shortcut: string } | { ok: false; reason: 'incomplete' | 'needsModifier' | 'unsupportedKey' };

const named: Record<string, string> = {
  Comma: 'Comma',
  Period: 'Period',
  Space: 'Space',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

/** The key part, from the physical key so that Shift or a keyboard layout does not change it. */
function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  const digit = /^Digit([0-9])$/.exec(code);
  if (digit) return digit[1]!;
  if (/^F([1-9]|1[0-2])$/.test(code)) return code;
  return named[code] ?? null;
}

export function shortcutFromKey(press: KeyPress, isMac: boolean): ShortcutResult {
  if (['Control', 'Alt', 'Shift', 'Meta', 'AltGraph'].includes(press.key)) return { ok: false, reason: 'incomplete' };
  const key = keyName(press.code);
  if (!key) return { ok: false, reason: 'unsupportedKey' };
  const modifiers: string[] = [];
  // On a Mac, Cmd is "Command" and the Control key is "MacCtrl"; elsewhere Ctrl is "Ctrl".
  if (press.ctrlKey) modifiers.push(isMac ? 'MacCtrl' : 'Ctrl');
  if (press.metaKey && isMac) modifiers.push('Command');
  if (press.altKey) modifiers.push('Alt');
  const primary = modifiers.length;
  if (press.shiftKey) modifiers.push('Shift');
  // Function keys may stand alone; everything else needs Ctrl, Alt or Command so typing in a
  // page never triggers a break by accident.
  if (primary === 0 && !/^F\d+$/.test(key)) return { ok: false, reason: 'needsModifier' };
  return { ok: true, shortcut: [...modifiers, key].join('+') };
}
