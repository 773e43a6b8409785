// renderDiagramPng(): a diagram's SVG as a PNG, drawn by resvg with the fonts loaded explicitly (./fonts). A drawing
// takes tens of milliseconds in either language, so recent results are kept (there are only so many diagrams), and
// servers use the asynchronous form, which draws off the event loop.
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { fontOptions, fontOptionsAsync, type FontOptions } from './fonts';

export const DEFAULT_PNG_WIDTH = 1200;
const MIN_PNG_WIDTH = 200;
const MAX_PNG_WIDTH = 4000;
const CACHE_SIZE = 64;
const cache = new Map<string, Buffer>();

/** `width` in pixels; anything outside 200..4000 (or not a number) falls back into that range. */
function pixelWidth(width: number): number {
  const wanted = Number.isFinite(width) ? Math.round(width) : DEFAULT_PNG_WIDTH;
  return Math.min(MAX_PNG_WIDTH, Math.max(MIN_PNG_WIDTH, wanted));
}

function options(font: FontOptions, width: number): ResvgRenderOptions {
  return { fitTo: { mode: 'width', value: width }, font, background: '#ffffff' };
}

function remember(key: string, png: Buffer): Buffer {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, png);
  return png;
}

export function renderDiagramPng(svg: string, width: number = DEFAULT_PNG_WIDTH): Buffer {
  const value = pixelWidth(width);
  const key = `${value}\n${svg}`;
  return cache.get(key) ?? remember(key, new Resvg(svg, options(fontOptions(svg), value)).render().asPng());
}

export async function renderDiagramPngAsync(svg: string, width: number = DEFAULT_PNG_WIDTH): Promise<Buffer> {
  const value = pixelWidth(width);
  const key = `${value}\n${svg}`;
  const cached = cache.get(key);
  if (cached) return cached;
  return remember(key, (await renderAsync(svg, options(await fontOptionsAsync(svg), value))).asPng());
}
