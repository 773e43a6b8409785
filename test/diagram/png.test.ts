// The PNG: resvg draws the diagram, text included, in both scripts, at the width asked for.
import { resolve, TABLE_ROWS } from '../../src/engine';
import { DEFAULT_PNG_WIDTH, fontCoverage, renderDiagramPng, renderDiagramSvg } from '../../src/diagram';
import { darkPixels, decodePng, PNG_SIGNATURE } from './decode-png';

const textOnly = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="10" y="40" font-size="28" font-family="'Noto Sans CJK TC', 'DejaVu Sans', sans-serif">${text}</text></svg>`;

test('the machine has a Latin and a CJK font (Debian: fonts-dejavu-core, fonts-noto-cjk)', () => {
  expect(fontCoverage()).toEqual({ latin: true, cjk: true });
});

test.each([
  ['Latin', 'Your network'],
  ['Traditional Chinese', '您的網路'],
])('%s text is drawn, not left blank', (_script, text) => {
  const image = decodePng(renderDiagramPng(textOnly(text), 300));
  expect(darkPixels(image)).toBeGreaterThan(200);
});

describe.each(TABLE_ROWS.map((row) => ({ name: `${row.table} row ${row.row}`, when: row.when })))('$name', ({ when }) => {
  test('renders as a PNG at the default width with lines and text on it', () => {
    const svg = renderDiagramSvg(resolve(when)!, 'en');
    const png = renderDiagramPng(svg);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const image = decodePng(png);
    expect(image.width).toBe(DEFAULT_PNG_WIDTH);
    const [, svgWidth, svgHeight] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    expect(image.height).toBe(Math.round((DEFAULT_PNG_WIDTH * svgHeight) / svgWidth));
    expect(image.height).toBeGreaterThan(400);
    expect(image.height).toBeLessThan(2000);
    expect(darkPixels(image)).toBeGreaterThan(image.width * image.height * 0.01);
  });
});

test('a Chinese diagram renders with its text, at the width asked for', () => {
  const resolution = resolve({ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' })!;
  const zh = decodePng(renderDiagramPng(renderDiagramSvg(resolution, 'zh-TW'), 900));
  expect(zh.width).toBe(900);
  expect(darkPixels(zh)).toBeGreaterThan(zh.width * zh.height * 0.01);
});

test('a width outside 200..4000 is brought into range instead of failing', () => {
  const svg = textOnly('x');
  expect(decodePng(renderDiagramPng(svg, 5)).width).toBe(200);
  expect(decodePng(renderDiagramPng(svg, Number.NaN)).width).toBe(DEFAULT_PNG_WIDTH);
  expect(decodePng(renderDiagramPng(svg, 1e9)).width).toBe(4000);
});
