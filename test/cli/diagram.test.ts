import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodePng } from '../diagram/decode-png';
import { readDiagram } from '../diagram/svg-reading';
import { callflow } from './run-cli';

describe('callflow ask --diagram', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'callflow-diagram-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the SVG of the answer, with the paths labelled in the chosen language', () => {
    const file = path.join(dir, 'flow.svg');
    const r = callflow(['ask', '--locale', 'zh-TW', '--deployment', 'hybrid', '--call', 'pstn', '--homing', 'onPremises', '--location', 'customerNetwork', '--diagram', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`圖表已寫入 ${file}`);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('您的網路');
    expect(svg).toContain('您的網路 → 內部部署 PSTN 閘道');
  });

  it('writes a PNG', () => {
    const file = path.join(dir, 'flow.png');
    const r = callflow(['ask', '--deployment', 'online', '--call', 'peerToPeer', '--location', 'customerNetwork', '--peer', 'internet', '--diagram', file]);
    expect(r.status).toBe(0);
    expect(readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it.each([
    ['en', 'Hybrid conference organized by an on-prem user, I am in the office. Where does the media go?', 'Signaling is not drawn'],
    ['zh-TW', '混合式部署，地端使用者主持的會議，我在辦公室，媒體怎麼走？', '未繪出訊號'],
  ])('draws a question about media only (%s) while signaling is not known: the media routes, and says signaling is not drawn', (_locale, question, notDrawn) => {
    const svgFile = path.join(dir, `media-${_locale}.svg`);
    const pngFile = path.join(dir, `media-${_locale}.png`);
    expect(callflow(['ask', question, '--diagram', svgFile]).status).toBe(0);
    const drawn = readDiagram(readFileSync(svgFile, 'utf8'));
    expect(drawn.legs.map((leg) => `${leg.traffic} ${leg.route.join(' ')}`)).toEqual(['media yourNetwork']);
    expect(drawn.notDrawn).toContain(notDrawn);
    expect(callflow(['ask', question, '--diagram', pngFile]).status).toBe(0);
    expect(decodePng(readFileSync(pngFile)).width).toBeGreaterThan(0);
  });

  it('refuses when the question is not answered yet, and names the right file types', () => {
    const open = callflow(['ask', '--deployment', 'online', '--diagram', path.join(dir, 'open.svg')]);
    expect(open.status).toBe(2);
    expect(open.stderr).toContain('No diagram: the question is not answered yet.');
    const wrongType = callflow(['ask', '--deployment', 'online', '--diagram', path.join(dir, 'flow.jpg')]);
    expect(wrongType.status).toBe(2);
    expect(wrongType.stderr).toContain('The diagram file must end in .svg or .png.');
  });
});
