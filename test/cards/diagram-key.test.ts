// diagramKey: stable, URL-safe, ASCII, one key per scenario, and read back by scenarioFromDiagramKey.
import { completions, resolve } from '../../src/engine';
import { diagramKey, diagramUrl, focusedDiagramKey, focusedFromDiagramKey, isFocusedDiagramKey, scenarioFromDiagramKey } from '../../src/cards';

describe('diagramKey', () => {
  const scenarios = completions({}).map((s) => resolve(s)!.scenario);

  it('is URL-safe ASCII, unique per scenario and reads back', () => {
    const keys = scenarios.map(diagramKey);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z_-]+$/);
    expect(new Set(keys).size).toBe(new Set(scenarios.map((s) => JSON.stringify(Object.entries(s).sort()))).size);
    scenarios.forEach((s, i) => expect(scenarioFromDiagramKey(keys[i])).toEqual(s));
  });

  it('does not depend on the order the slots were said in', () => {
    expect(diagramKey({ location: 'internet', deployment: 'online', callType: 'pstn' })).toBe(
      'deployment-online_callType-pstn_location-internet',
    );
    expect(diagramKey({})).toBe('any');
    expect(scenarioFromDiagramKey('any')).toEqual({});
  });

  it.each([
    'deployment-mars',
    'planet-online',
    'callType-pstn_deployment-online',
    'deployment-online_deployment-hybrid',
    '../etc/passwd',
    'deployment-online_',
    '',
    'constructor-online',
  ])('rejects %j', (key) => {
    expect(scenarioFromDiagramKey(key)).toBeNull();
  });

  it("names an answer's canonical scenario in its URL: no implied slots, no firewall the article assumes", () => {
    const online = { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' } as const;
    const canonical = diagramUrl('https://a.example', 'en', online);
    expect(diagramUrl('https://a.example', 'en', { ...online, homing: 'online', peerHoming: 'online', firewall: 'allowsDirect' })).toBe(canonical);
    expect(diagramUrl('https://a.example', 'en', { ...online, firewall: 'blocksDirect' })).toBe(
      'https://a.example/diagram/en/deployment-online_callType-peerToPeer_location-customerNetwork_peer-customerNetwork_firewall-blocksDirect.png',
    );
  });

  it('builds the diagram URL under the public base', () => {
    expect(diagramUrl('https://a.example/bot/', 'zh-TW', { deployment: 'online', callType: 'pstn', location: 'internet' })).toBe(
      'https://a.example/bot/diagram/zh-TW/deployment-online_callType-pstn_location-internet.png',
    );
  });
});

describe('focusedDiagramKey', () => {
  const known = { deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', organizer: 'onPremises' } as const;

  it('names what is known, as said (not its canonical form: an unknown slot can make any slot matter), and the traffic asked about', () => {
    const key = focusedDiagramKey(known, 'media');
    expect(key).toBe('deployment-hybrid_callType-conference_location-customerNetwork_organizer-onPremises__focus-media');
    expect(focusedFromDiagramKey(key)).toEqual({ scenario: known, focus: 'media' });
    expect(isFocusedDiagramKey(key)).toBe(true);
    expect(isFocusedDiagramKey(diagramKey(known))).toBe(false);
    const firewall = { callType: 'conference', location: 'internet', organizer: 'online', firewall: 'allowsDirect' } as const;
    expect(focusedFromDiagramKey(focusedDiagramKey(firewall, 'signaling'))).toEqual({ scenario: firewall, focus: 'signaling' });
  });

  it('points a focused answer card at that key, under the public base', () => {
    const focused = { known, otherTraffic: { traffic: 'signaling' as const, dependsOn: ['homing' as const] } };
    expect(diagramUrl('https://a.example/', 'zh-TW', known, focused)).toBe(`https://a.example/diagram/zh-TW/${focusedDiagramKey(known, 'media')}.png`);
  });

  it.each([
    'deployment-hybrid__focus-video',
    'deployment-hybrid__focus-media__focus-media',
    'deployment-hybrid__focus-',
    'callType-pstn_deployment-online__focus-media',
    '__focus-media',
  ])('rejects %j', (key) => {
    expect(focusedFromDiagramKey(key)).toBeNull();
  });
});
