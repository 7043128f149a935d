// Renders icons/icon.svg (48, 128) and icons/icon-small.svg (16, 32: drawn on a 16 px grid so
// the toolbar icon stays crisp) to the PNGs the manifest names. Run with `npm run icons`.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../icons/', import.meta.url);
const sources = { small: readFileSync(new URL('icon-small.svg', dir), 'utf8'), large: readFileSync(new URL('icon.svg', dir), 'utf8') };
for (const size of [16, 32, 48, 128]) {
  const svg = size <= 32 ? sources.small : sources.large;
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(new URL(`icon-${size}.png`, dir), png);
  console.log(`icons/icon-${size}.png ${png.length} bytes`);
}
