// Chinese diagrams are drawn with a subset of the Noto Sans CJK TC face made once per process (src/diagram/cjkSubset):
// the right face of the collection, the same pixels as the full collection, every diagram covered, the full files
// for a character the subset lacks, and the full files again when the subset cannot be made.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Resvg } from '@resvg/resvg-js';
import { diagramForScenario, renderDiagramPng } from '../../src/diagram';
import { faceFamilies, faceIndex } from '../../src/diagram/fontFaces';
import { fontOptions, installedFonts } from '../../src/diagram/fonts';
import { createSubsetter } from '../../src/diagram/subsetFont';
import { writeSubsets } from '../../src/diagram/subsetProcess';
import type { PartialScenario } from '../../src/engine';
import { has, keysOf, list, LOCALE_LIST, t } from '../../src/i18n';
import { completeScenarios } from '../support/answerVariants';
import { decodePng, type DecodedPng } from './decode-png';

const TC = 'Noto Sans CJK TC';
const ROOT = path.resolve(__dirname, '../..');
const { latin, cjk: fullCjk } = installedFonts();
const regularCollection = fullCjk.find((file) => /Regular/.test(file)) as string;

/** What the advisor drew before the subset: resvg with DejaVu Sans and the whole CJK collections. */
function drawWithFullFonts(svg: string, cjkFiles: readonly string[] = fullCjk, width = 1200): Buffer {
  const font = { loadSystemFonts: false, fontFiles: [...latin, ...cjkFiles], defaultFontFamily: 'DejaVu Sans' };
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font, background: '#ffffff' }).render().asPng();
}

function countDifferent(a: DecodedPng, b: DecodedPng): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let count = 0;
  for (let i = 0; i < a.rgba.length; i += 4) if (a.rgba.readUInt32BE(i) !== b.rgba.readUInt32BE(i)) count++;
  return count;
}

const differingPixels = (png: Buffer, reference: Buffer) => countDifferent(decodePng(png), decodePng(reference));

/** Text in lines of 30 characters, regular and bold, in one family. */
function textSvg(text: string, family: string): string {
  const chars = [...text];
  const lines = Array.from({ length: Math.ceil(chars.length / 30) }, (_, i) => chars.slice(i * 30, i * 30 + 30).join(''));
  const escape = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const rows = ['normal', 'bold'].flatMap((weight, w) =>
    lines.map((line, i) => `<text x="10" y="${30 + (w * lines.length + i) * 30}" font-weight="${weight}">${escape(line)}</text>`),
  );
  const height = 40 + rows.length * 30;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="${height}" font-size="18" font-family="'${family}', 'DejaVu Sans'">${rows.join('')}</svg>`;
}

/** Every character of every zh-TW string, which is what the subset is made of (with printable ASCII). */
const zhCharacters = [
  ...new Set(keysOf('zh-TW').flatMap((key) => [...(has('zh-TW', key) ? t('zh-TW', key) : list('zh-TW', key).join(''))])),
].join('');

const scenarios = completeScenarios();
const svgOf = (scenario: PartialScenario, locale: (typeof LOCALE_LIST)[number]) => diagramForScenario(scenario, locale, 'svg') as string;

describe('the TC face of the collection', () => {
  test.each(fullCjk.map((file) => [path.basename(file), file]))('%s: found by family, and it is not face 0', (_name, file) => {
    const font = readFileSync(file);
    const families = faceFamilies(font);
    const index = faceIndex(font, TC) as number;
    expect(families[index]).toContain(TC);
    // Debian's collections start with the Japanese face: a subsetter left at face 0 would draw JP shapes.
    expect(families.length).toBeGreaterThan(1);
    expect(families[0]).toContain('Noto Sans CJK JP');
    expect(index).not.toBe(0);
    expect(families.filter((names) => names.includes(TC))).toHaveLength(1);
  });

  test('a plain font file is one face', () => {
    const font = readFileSync(latin.find((file) => file.endsWith('DejaVuSans.ttf')) as string);
    expect(faceIndex(font, 'DejaVu Sans')).toBe(0);
    expect(faceIndex(font, TC)).toBeUndefined();
  });

  test('bytes that are not a font are refused, not misread', () => {
    const claimsMillionFaces = Buffer.alloc(64);
    claimsMillionFaces.write('ttcf', 0, 'latin1');
    claimsMillionFaces.writeUInt32BE(1_000_000, 8);
    expect(() => faceFamilies(claimsMillionFaces)).toThrow('more faces than the file holds');
    expect(() => faceFamilies(Buffer.from('no font'))).toThrow(/out of range/);
    expect(() => faceFamilies(readFileSync(regularCollection).subarray(0, 4096))).toThrow(/out of range/);
  });
});

describe('the subsetter', () => {
  const subsetter = createSubsetter();
  const dejaVu = latin.find((file) => file.endsWith('DejaVuSans.ttf')) as string;
  const codePoints = [...'Your network'].map((c) => c.codePointAt(0) as number);

  test('cuts the face of the family asked for, in a plain font file too', () => {
    const bytes = subsetter(dejaVu, 'DejaVu Sans', codePoints) as Buffer;
    expect(faceFamilies(bytes)).toEqual([['DejaVu Sans']]);
    expect(bytes.length).toBeLessThan(statSync(dejaVu).size / 10);
  });

  test('gives nothing for a file without that family, refuses a file that is not a font, and goes on working', () => {
    expect(subsetter(dejaVu, TC, codePoints)).toBeUndefined();
    expect(() => subsetter(path.join(ROOT, 'package.json'), TC, codePoints)).toThrow(/out of range/);
    expect(() => subsetter(path.join(ROOT, 'no-such-font.ttc'), TC, codePoints)).toThrow(/ENOENT/);
    expect(faceFamilies(subsetter(dejaVu, 'DejaVu Sans', codePoints) as Buffer)).toEqual([['DejaVu Sans']]);
  });
});

describe('the subset process', () => {
  test('writes one private file per font that has the family, and skips the others', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'callflow-test-'));
    try {
      const written = writeSubsets({ fonts: [...latin, ...fullCjk], family: TC, codePoints: [...'您的網路 ExpressRoute'].map((c) => c.codePointAt(0) as number), dir });
      expect(written.map((file) => path.basename(file))).toEqual(fullCjk.map((file) => `${path.parse(file).name}-subset.otf`));
      for (const file of written) {
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(faceFamilies(readFileSync(file))).toEqual([expect.arrayContaining([TC])]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('which fonts a drawing loads', () => {
  test('every diagram in zh-TW is drawn with the subset, every English one with no CJK font at all', () => {
    for (const scenario of scenarios) {
      expect(fontOptions(svgOf(scenario, 'en')).fontFiles).toEqual(latin);
      const files = fontOptions(svgOf(scenario, 'zh-TW')).fontFiles as string[];
      const cjkFiles = files.filter((file) => !latin.includes(file));
      expect({ scenario, cjkFiles: cjkFiles.map((file) => path.relative('/proc/self/fd', file)) }).toEqual({
        scenario,
        cjkFiles: fullCjk.map(() => expect.stringMatching(/^\d+$/)),
      });
    }
  });

  test('the subset: one small file a weight, the TC face alone, readable by this user only, nothing left on disk', () => {
    const subset = (fontOptions('您的網路').fontFiles as string[]).filter((file) => !latin.includes(file));
    expect(subset).toHaveLength(fullCjk.length);
    for (const file of subset) {
      // Held open through /proc/self/fd: the file itself is already deleted.
      expect(readlinkSync(file)).toMatch(new RegExp(`^${os.tmpdir()}/callflow-fonts-\\w+/.+-subset\\.otf \\(deleted\\)$`));
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(file).size).toBeLessThan(1_000_000);
      expect(faceFamilies(readFileSync(file))).toEqual([expect.arrayContaining([TC])]);
    }
    expect(existsSync(path.dirname(readlinkSync(subset[0])))).toBe(false);
    expect(Math.min(...fullCjk.map((file) => statSync(file).size))).toBeGreaterThan(10_000_000);
  });
});

describe('the subset draws what the full collection draws', () => {
  test('every zh-TW character, regular and bold, the same pixels', () => {
    const svg = textSvg(zhCharacters, TC);
    expect((fontOptions(svg).fontFiles as string[]).some((file) => file.startsWith('/proc/self/fd/'))).toBe(true);
    expect(differingPixels(renderDiagramPng(svg, 600), drawWithFullFonts(svg, fullCjk, 600))).toBe(0);
  });

  test('the comparison tells faces apart: the Japanese face draws those characters differently', () => {
    const japanese = drawWithFullFonts(textSvg(zhCharacters, 'Noto Sans CJK JP'), fullCjk, 600);
    expect(differingPixels(renderDiagramPng(textSvg(zhCharacters, TC), 600), japanese)).toBeGreaterThan(1000);
  });

  const zhSvgs = scenarios.map((scenario) => ({ scenario, svg: svgOf(scenario, 'zh-TW') }));
  const sample: [string, string][] = [
    ['with an alternative route', (zhSvgs.find(({ svg }) => svg.includes('data-alternative="1"')) as { svg: string }).svg],
    ['of a conference', (zhSvgs.find(({ scenario }) => scenario.callType === 'conference') as { svg: string }).svg],
    ['of a PSTN call', (zhSvgs.find(({ scenario }) => scenario.callType === 'pstn') as { svg: string }).svg],
    ['of a broadcast', (zhSvgs.find(({ scenario }) => scenario.callType === 'broadcast') as { svg: string }).svg],
  ];
  test.each(sample)('a zh-TW diagram %s: the same pixels', (_name, svg) => {
    expect(differingPixels(renderDiagramPng(svg), drawWithFullFonts(svg))).toBe(0);
  });
});

describe('a character the subset lacks', () => {
  const rare = '龘';
  const svg = textSvg(`您的網路${rare}`, TC);

  test('is drawn, with the full collection for that drawing', () => {
    expect(zhCharacters).not.toContain(rare);
    expect(fontOptions(svg).fontFiles).toEqual([...latin, ...fullCjk]);
    const subsetFiles = (fontOptions('您的網路').fontFiles as string[]).filter((file) => !latin.includes(file));
    const reference = drawWithFullFonts(svg, fullCjk, 600);
    expect(differingPixels(renderDiagramPng(svg, 600), reference)).toBe(0);
    // Without the fallback the subset would have drawn something else there.
    expect(differingPixels(drawWithFullFonts(svg, subsetFiles, 600), reference)).toBeGreaterThan(50);
  });
});

describe('in a fresh process', () => {
  /** Node, as the advisor runs, with this environment; its log lines (JSON on stderr) and what it printed. */
  function runNode(args: string[], env: Record<string, string>): { status: number | null; stdout: string; log: { event: string; written?: string[] }[] } {
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    const log = run.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { event: string; written?: string[] });
    return { status: run.status, stdout: run.stdout, log };
  }

  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'callflow-test-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  test('the first drawings, all at once, make one subset and each gets its own diagram', async () => {
    const svgs = scenarios.slice(0, 8).map((scenario) => svgOf(scenario, 'zh-TW'));
    let diagram: typeof import('../../src/diagram') | undefined;
    let fonts: typeof import('../../src/diagram/fonts') | undefined;
    jest.isolateModules(() => {
      diagram = require('../../src/diagram');
      fonts = require('../../src/diagram/fonts');
    });
    const [pngs, options] = await Promise.all([
      Promise.all(svgs.map((svg) => diagram!.renderDiagramPngAsync(svg))),
      Promise.all(svgs.map((svg) => fonts!.fontOptionsAsync(svg))),
    ]);
    const files = new Set(options.map((o) => JSON.stringify(o.fontFiles)));
    expect(files.size).toBe(1);
    expect([...files][0]).toContain('/proc/self/fd/');
    pngs.forEach((png, i) => expect(png.equals(renderDiagramPng(svgs[i]))).toBe(true));
  });

  test('without a writable temporary directory: the full collection, the same picture, one warning', () => {
    const notADirectory = path.join(tmp, 'file');
    writeFileSync(notADirectory, '');
    const scenario = scenarios[0];
    const script = [
      "require('./bin/ensure-built').ensureBuilt();",
      "const { diagramForScenario, renderDiagramPng } = require('./dist/src/diagram');",
      "const { fontOptions } = require('./dist/src/diagram/fonts');",
      `const svg = diagramForScenario(${JSON.stringify(scenario)}, 'zh-TW', 'svg');`,
      'const png = renderDiagramPng(svg);',
      `renderDiagramPng(${JSON.stringify(textSvg('您的網路', TC))});`,
      "process.stdout.write(JSON.stringify({ files: fontOptions(svg).fontFiles, png: png.toString('base64') }));",
    ].join('\n');
    const run = runNode(['-e', script], { TMPDIR: notADirectory });
    expect(run.status).toBe(0);
    const { files, png } = JSON.parse(run.stdout) as { files: string[]; png: string };
    expect(files).toEqual([...latin, ...fullCjk]);
    expect(run.log.filter((entry) => entry.event.startsWith('diagram.')).map((entry) => entry.event)).toEqual(['diagram.fontSubset.unavailable']);
    expect(differingPixels(Buffer.from(png, 'base64'), renderDiagramPng(svgOf(scenario, 'zh-TW')))).toBe(0);
  });

  test("the command line's --diagram PNG uses the subset, and the process leaves no file behind", () => {
    const out = path.join(tmp, 'flow.png');
    const scenario = { deployment: 'hybrid', callType: 'conference', organizer: 'onPremises', homing: 'online', location: 'customerNetwork' } as const;
    const flags = ['--deployment', 'hybrid', '--call', 'conference', '--organizer', 'onPremises', '--homing', 'online', '--location', 'customerNetwork'];
    const run = runNode(['bin/callflow.js', 'ask', '--locale', 'zh-TW', ...flags, '--diagram', out], { TMPDIR: tmp, LOG_LEVEL: 'debug' });
    expect(run.status).toBe(0);
    const ready = run.log.find((entry) => entry.event === 'diagram.fontSubset.ready');
    expect(ready?.written?.map((file) => path.dirname(path.dirname(file)))).toEqual(fullCjk.map(() => tmp));
    expect(readdirSync(tmp)).toEqual(['flow.png']);
    expect(differingPixels(readFileSync(out), drawWithFullFonts(svgOf(scenario, 'zh-TW')))).toBe(0);
  });
});
