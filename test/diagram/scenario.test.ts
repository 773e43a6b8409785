// diagramForScenario() and diagramForFocus(): what the command line and the web routes call with what a user said.
import { TRAFFIC_TYPES, advise, resolve, routesOf, type PartialScenario } from '../../src/engine';
import { diagramForFocus, diagramForScenario, renderDiagramSvg } from '../../src/diagram';
import { t } from '../../src/i18n';
import { dependsOnText } from '../../src/present';
import { focusedQuestions, slotSpace } from '../support/slotSpace';
import { PNG_SIGNATURE } from './decode-png';
import { readDiagram } from './svg-reading';

const squeeze = (text: string) => text.replace(/\s+/g, '');

const complete: PartialScenario = { deployment: 'hybrid', callType: 'pstn', homing: 'onPremises', location: 'customerNetwork' };

test('a question with an answer gets the diagram of that answer, as SVG or PNG', () => {
  expect(diagramForScenario(complete, 'zh-TW', 'svg')).toBe(renderDiagramSvg(resolve(complete)!, 'zh-TW'));
  const png = diagramForScenario(complete, 'en', 'png');
  expect(png?.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
});

test('a question the engine answers without every slot (the unknown ones cannot change the paths) is drawn', () => {
  const svg = diagramForScenario({ callType: 'broadcast', location: 'customerNetwork' }, 'en', 'svg');
  expect(svg).toContain('data-party="attendees"');
});

test.each([
  ['nothing known', {}],
  ['a question still open', { deployment: 'online', callType: 'peerToPeer' }],
  ['values that do not exist', { deployment: 'mainframe', callType: 'fax' } as unknown as PartialScenario],
] as [string, PartialScenario][])('%s: no diagram, and no crash', (_name, scenario) => {
  expect(diagramForScenario(scenario, 'en', 'svg')).toBeNull();
  expect(diagramForScenario(scenario, 'zh-TW', 'png')).toBeNull();
});

describe('diagramForFocus(): a question about one traffic type, answered while the other is not known yet', () => {
  const space = slotSpace();
  const questions = focusedQuestions();

  it.each(['en', 'zh-TW'] as const)('draws, for every such question (%s), that traffic\'s routes only and says what the other depends on', (locale) => {
    const problems = questions.flatMap(({ known, focus }) => {
      const { resolution, otherTraffic } = advise(known, focus);
      const svg = diagramForFocus(known, focus, locale, 'svg');
      if (!svg || !resolution || !otherTraffic) return [`${JSON.stringify(known)} ${focus}: no diagram`];
      const drawn = readDiagram(svg);
      const routes = resolution[focus].flatMap((leg) => routesOf(leg).map((choice) => `${leg.party} ${choice.areas.join(' ')}`));
      const said = t(locale, 'diagram.notDrawn', { traffic: t(locale, `traffic.${otherTraffic.traffic}.name`), slots: dependsOnText(otherTraffic, locale) });
      return [
        ...(drawn.legs.every((leg) => leg.traffic === focus) ? [] : [`${JSON.stringify(known)} ${focus}: draws the other traffic`]),
        ...(JSON.stringify(drawn.legs.map((leg) => `${leg.party} ${leg.route.join(' ')}`)) === JSON.stringify(routes) ? [] : [`${JSON.stringify(known)} ${focus}: routes differ`]),
        ...(squeeze(drawn.notDrawn) === squeeze(said) ? [] : [`${JSON.stringify(known)} ${focus}: says "${drawn.notDrawn}"`]),
        ...(drawn.document.querySelector('desc')?.textContent?.includes(said) ? [] : [`${JSON.stringify(known)} ${focus}: the description does not say what is not drawn`]),
      ];
    });
    expect(problems.slice(0, 20)).toEqual([]);
    expect(questions.filter((q) => q.focus === 'media').length).toBeGreaterThan(50);
    expect(questions.filter((q) => q.focus === 'signaling').length).toBeGreaterThan(20);
  });

  it('draws nothing for any other question of the whole space: the traffic asked about not certain yet (never a guess), or both known', () => {
    const drawnWrongly = space.flatMap((partial) =>
      TRAFFIC_TYPES.filter((focus) => advise(partial, focus).otherTraffic === undefined && diagramForFocus(partial, focus, 'en', 'svg') !== null).map(
        (focus) => `${JSON.stringify(partial)} ${focus}`,
      ),
    );
    expect(drawnWrongly.slice(0, 20)).toEqual([]);
  });

  it('gives the PNG of the same picture', () => {
    const [{ known, focus }] = questions;
    expect(diagramForFocus(known, focus, 'zh-TW', 'png')?.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });
});
