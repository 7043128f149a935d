import { describe, expect, it } from 'vitest';
import { shortcutFromKey, type KeyPress } from '../../../src/core/shortcuts/shortcut';

const press = (code: string, mods: Partial<KeyPress> = {}, key = code.replace(/^Key|^Digit/, '').toLowerCase()): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('shortcutFromKey', () => {
  it('writes modifiers in the order the browsers expect', () => {
    expect(shortcutFromKey(press('KeyU', { altKey: true, shiftKey: true }), false)).toEqual({ ok: true, shortcut: 'Alt+Shift+U' });
    expect(shortcutFromKey(press('KeyB', { ctrlKey: true, shiftKey: true }), false)).toEqual({ ok: true, shortcut: 'Ctrl+Shift+B' });
    expect(shortcutFromKey(press('Digit5', { ctrlKey: true, altKey: true }), false)).toEqual({ ok: true, shortcut: 'Ctrl+Alt+5' });
  });

  it('uses Command and MacCtrl on a Mac', () => {
    expect(shortcutFromKey(press('KeyP', { metaKey: true, shiftKey: true }), true)).toEqual({ ok: true, shortcut: 'Command+Shift+P' });
    expect(shortcutFromKey(press('KeyP', { ctrlKey: true }), true)).toEqual({ ok: true, shortcut: 'MacCtrl+P' });
  });

  it('reads the physical key, so Shift and keyboard layouts do not change it', () => {
    expect(shortcutFromKey(press('KeyZ', { altKey: true }, 'y'), false)).toEqual({ ok: true, shortcut: 'Alt+Z' });
    expect(shortcutFromKey(press('ArrowUp', { altKey: true }, 'ArrowUp'), false)).toEqual({ ok: true, shortcut: 'Alt+Up' });
  });

  it('refuses a plain letter, which would fire while typing', () => {
    expect(shortcutFromKey(press('KeyA'), false)).toEqual({ ok: false, reason: 'needsModifier' });
    expect(shortcutFromKey(press('KeyA', { shiftKey: true }), false)).toEqual({ ok: false, reason: 'needsModifier' });
  });

  it('lets function keys stand alone', () => {
    expect(shortcutFromKey(press('F9', {}, 'F9'), false)).toEqual({ ok: true, shortcut: 'F9' });
  });

  it('waits while only modifiers are held, and refuses keys the browsers do not accept', () => {
    expect(shortcutFromKey(press('ShiftLeft', { shiftKey: true }, 'Shift'), false)).toEqual({ ok: false, reason: 'incomplete' });
    expect(shortcutFromKey(press('Backquote', { altKey: true }, '`'), false)).toEqual({ ok: false, reason: 'unsupportedKey' });
  });
});
