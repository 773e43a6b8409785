// diagramForScenario(): what the command line and the web routes call with what a user said.
import { resolve, type PartialScenario } from '../../src/engine';
import { diagramForScenario, renderDiagramSvg } from '../../src/diagram';
import { PNG_SIGNATURE } from './decode-png';

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
