// Small interface icons, drawn on a 16-unit grid in the same round-capped line style as the
// stretch figures. Decorative: the button text says what the button does.
const paths = {
  play: 'M5 3.5v9l7.5-4.5z',
  pause: 'M5.5 3.5v9M10.5 3.5v9',
  restart: 'M3.5 8a4.5 4.5 0 1 0 1.4-3.3M3.5 2.5v3h3',
  shuffle: 'M2.5 5h2.5l6 6h2.5M2.5 11h2.5l6-6h2.5M11.5 3l2 2-2 2M11.5 9l2 2-2 2',
  next: 'M4 3.5l4.5 4.5L4 12.5M9.5 3.5l4.5 4.5-4.5 4.5',
  check: 'M3.5 8.5l3 3 6-7',
  moon: 'M12.5 10A5.5 5.5 0 0 1 6 3.5a5.5 5.5 0 1 0 6.5 6.5z',
  chevron: 'M4.5 6.5L8 10l3.5-3.5',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  const filled = name === 'play';
  return (
    <svg
      class="icon"
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={paths[name]} />
    </svg>
  );
}
