// The app's two icons, rendered from the SVGs in teams/icons/ at the sizes Teams requires.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { TEAMS_DIR } from './files';

export interface IconSpec {
  /** The file name in the app package (and in teams/). */
  file: 'color.png' | 'outline.png';
  source: string;
  /** Teams requires exactly these sizes: 192x192 for the color icon, 32x32 for the outline. */
  size: 192 | 32;
}

export const ICONS: readonly IconSpec[] = [
  { file: 'color.png', source: 'icons/color.svg', size: 192 },
  { file: 'outline.png', source: 'icons/outline.svg', size: 32 },
];

export interface RenderedIcon {
  png: Buffer;
  width: number;
  height: number;
  /** RGBA, premultiplied by alpha. */
  pixels: Buffer;
}

export function renderIcon(spec: IconSpec): RenderedIcon {
  const svg = fs.readFileSync(path.join(TEAMS_DIR, spec.source));
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: spec.size } }).render();
  return { png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels };
}
