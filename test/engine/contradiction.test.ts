// The article disagrees with itself about Cloud Connector PSTN signaling from your network: its table (row 1) says
// local, its cceePstn example says client -> cloud over ExpressRoute -> Cloud Connector. The engine answers with the
// table and always shows both statements; its principle-based derivation follows the example.
import { completions, derive, resolve, type PartialScenario } from '../../src/engine';

const ccePstnInside: PartialScenario = { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' };

describe('Cloud Connector row 1 (PSTN from your network)', () => {
  const r = resolve(ccePstnInside)!;

  it('answers with the table: signaling and media stay local, to the Cloud Connector', () => {
    expect(r.signaling.map((l) => [l.party, l.path, l.to])).toEqual([['user', 'local', 'cloudConnector']]);
    expect(r.media.map((l) => [l.party, l.path, l.to])).toEqual([['user', 'local', 'cloudConnector']]);
    expect(r.source).toEqual({ kind: 'table', table: 'cloudConnector', row: 1 });
    expect(r.derived).toBe(false);
  });

  it('carries the note that shows the example says otherwise', () => {
    expect(r.notes).toContainEqual({ id: 'cceContradiction' });
    expect(r.examples).toContain('cceePstn');
  });

  it('is where the principles (the cceePstn example) disagree: signaling over ExpressRoute, media still local', () => {
    const d = derive(ccePstnInside);
    expect(d.signaling.map((l) => [l.party, l.path, l.to])).toEqual([['user', 'expressRoute', 'cloudConnector']]);
    expect(d.media.map((l) => [l.party, l.path])).toEqual([['user', 'local']]);
    expect(d.signaling.map((l) => l.path)).not.toEqual(r.signaling.map((l) => l.path));
  });
});

describe('the contradiction note', () => {
  it('appears for Cloud Connector PSTN from your network and for no other scenario', () => {
    const withNote = completions({}).filter((s) => resolve(s)?.notes.some((n) => n.id === 'cceContradiction'));
    expect(withNote).toEqual([ccePstnInside]);
  });

  it('is not needed for Cloud Connector PSTN from the Internet, where table and principles agree', () => {
    const fromInternet: PartialScenario = { ...ccePstnInside, location: 'internet' };
    const d = derive(fromInternet);
    const r = resolve(fromInternet)!;
    expect(d.signaling.map((l) => l.path)).toEqual(r.signaling.map((l) => l.path));
    expect(r.notes).not.toContainEqual({ id: 'cceContradiction' });
  });
});
