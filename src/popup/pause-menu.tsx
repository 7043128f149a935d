import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { Icon } from './icons';
import { pauseChoiceKey, pauseChoices, type PauseChoice } from './pause-choices';

/**
 * A menu button for pausing reminders. Arrow keys move through the choices, Escape closes the
 * menu and puts focus back on its button, so keyboard users never lose their place.
 */
export function PauseMenu({ onChoose }: { onChoose: (choice: PauseChoice) => void }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key !== 'Tab') return;
    if (e.key === 'Tab') setOpen(false);
    else e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div class="menu-wrap" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        class="chip"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-action="pause-menu"
      >
        {t('action_pause')}
        <Icon name="chevron" />
      </button>
      {open && (
        <div ref={menu} class="menu" role="menu" aria-label={t('pause_menuLabel')}>
          {pauseChoices.map((c) => (
            <button
              key={c}
              type="button"
              role="menuitem"
              tabIndex={-1}
              class="menu-item"
              onClick={() => {
                close();
                onChoose(c);
              }}
              data-choice={c}
            >
              {t(pauseChoiceKey[c])}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
