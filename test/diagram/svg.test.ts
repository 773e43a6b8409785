// The diagram for every scenario the engine answers: drawn right, from the same route data the answer's words come
// from, the same bytes every time, and worded in the reader's language.
import { completions, resolve, resolveComplete, SEGMENTS, SLOT_VALUES, type PartialScenario } from '../../src/engine';
import { diagramText, renderDiagramSvg } from '../../src/diagram';
import { t } from '../../src/i18n';
import { answerJson } from '../../src/present';
import { geometryProblems, legsOf, stopsOf } from './expectations';
import { readDiagram } from './svg-reading';

/** Every complete scenario, and each with the firewall said both ways where that changes the routes. */
const scenarios = [
  ...new Map(
    completions({})
      .flatMap((s): PartialScenario[] => [s, ...SLOT_VALUES.firewall.map((firewall) => ({ ...s, firewall }))])
      .flatMap((s) => {
        const r = resolve(s);
        return r ? [[JSON.stringify(r.scenario), { name: JSON.stringify(r.scenario), resolution: r }] as const] : [];
      }),
  ).values(),
];

/** The glossary's "never say" terms for zh-TW. */
const NEVER_SAY = ['寄件者', '通知', '局部', '當地', '互聯', '快速路由', '回路', '進位附加元件', '線上穴', '線上家用', '內部部署宿主', '內部部署家用', '會議服務器', '聯合使用者', '租使用者'];

test('the engine has complete scenarios to draw', () => {
  expect(scenarios.length).toBeGreaterThan(completions({}).length);
  expect(resolveComplete(completions({})[0])).toBeTruthy();
});

/** Words compared without the line breaks the key wraps them with (Chinese wraps between characters). */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test.each(scenarios)('$name: the picture draws exactly the routes the words say, in both languages', ({ resolution }) => {
  for (const locale of ['en', 'zh-TW'] as const) {
    const drawn = readDiagram(renderDiagramSvg(resolution, locale));
    const json = answerJson(resolution, locale);
    const jsonRoutes = [...json.signaling, ...json.media].flatMap((leg) => [leg, ...(leg.alternatives ?? [])]);
    const expected = legsOf(resolution);
    expect(drawn.legs.map((l) => [l.party, l.traffic, l.alternative, l.stops, l.route])).toEqual(
      expected.map((e) => [e.leg.party, e.traffic, e.alternative, stopsOf(e), [...e.choice.areas]]),
    );
    expect(jsonRoutes.map((r) => [r.hops.map((h) => h.to), r.areas])).toEqual(expected.map((e) => [stopsOf(e).slice(1), [...e.choice.areas]]));
    drawn.keyRows.forEach((row, i) => expect(squeeze(row.text)).toContain(squeeze(jsonRoutes[i].text)));
  }
});

test.each(scenarios)('every line of $name is drawn through its route', ({ resolution }) => {
  const drawn = readDiagram(renderDiagramSvg(resolution, 'en'));
  expect(geometryProblems(drawn, resolution)).toEqual([]);
});

test.each(scenarios)('$name fits its canvas and its badges sit on no box', ({ resolution }) => {
  const svg = renderDiagramSvg(resolution, 'zh-TW');
  expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  const drawn = readDiagram(svg);
  const width = Number(drawn.svg.getAttribute('width'));
  const height = Number(drawn.svg.getAttribute('height'));
  expect(drawn.svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
  for (const rect of drawn.zones.values()) {
    expect(rect.x).toBeGreaterThanOrEqual(0);
    expect(rect.x + rect.width).toBeLessThanOrEqual(width);
  }
  const badges = Array.from(drawn.document.querySelectorAll('g.map g.badge circle')).map((c) => ({
    x: Number(c.getAttribute('cx')),
    y: Number(c.getAttribute('cy')),
  }));
  for (const b of badges) {
    for (const node of drawn.nodes.values()) {
      const inside = b.x > node.rect.x && b.x < node.rect.x + node.rect.width && b.y > node.rect.y && b.y < node.rect.y + node.rect.height;
      expect(inside).toBe(false);
    }
  }
});

test('the same answer gives the same bytes, however it was obtained', () => {
  const scenario = { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' } as const;
  const first = renderDiagramSvg(resolve(scenario)!, 'en');
  const again = renderDiagramSvg(JSON.parse(JSON.stringify(resolve({ ...scenario })!)), 'en');
  expect(again).toBe(first);
  // The same scenario with its slots set in another order (as a conversation or a URL may set them).
  const reordered = { ...resolve(scenario)!, scenario: { peer: 'internet', location: 'customerNetwork', callType: 'peerToPeer', deployment: 'online' } as const };
  expect(renderDiagramSvg(reordered, 'en')).toBe(first);
  expect(renderDiagramSvg(resolve(scenario)!, 'zh-TW')).not.toBe(first);
});

test('the Chinese diagram says everything in Chinese, with the glossary terms', () => {
  const resolution = resolve({ deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', location: 'customerNetwork', peer: 'federated' })!;
  const svg = renderDiagramSvg(resolution, 'zh-TW');
  const drawn = readDiagram(svg);
  expect(drawn.svg.getAttribute('lang')).toBe('zh-TW');
  for (const segment of SEGMENTS) expect(drawn.zoneLabels.get(segment)).toBe(t('zh-TW', `segments.${segment}.name`));
  expect(drawn.zoneLabels.get('federatedNetwork')).toBe('同盟組織的網路');
  const words = Array.from(drawn.document.querySelectorAll('text, title, desc')).map((el) => el.textContent).join('\n');
  expect(words).toContain('訊號');
  expect(words).toContain('媒體');
  // "Edge Server" is what Microsoft Taiwan says too (glossary).
  expect(words).not.toMatch(/network|signaling|media|client|front end|conferencing/i);
  for (const word of NEVER_SAY) expect(words).not.toContain(word);
});

test('the description numbers the legs as the badges do and can serve as alt text', () => {
  const resolution = resolve({ deployment: 'online', callType: 'conference', organizer: 'online', location: 'internet' })!;
  const text = diagramText(resolution, 'en');
  expect(text.legs).toEqual([
    '1. User · Signaling: Internet (Internet → Online conferencing server)',
    '2. User · Media: Internet (Internet → Online Edge Server → Online conferencing server)',
  ]);
  expect(text.description).toContain('Scenario: Deployment: Skype for Business Online');
  expect(readDiagram(renderDiagramSvg(resolution, 'en')).document.querySelector('desc')?.textContent).toBe(text.description);
});
