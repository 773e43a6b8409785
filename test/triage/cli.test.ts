// The command line as a helpdesk uses it for triage (the real `callflow` child process): observations from flags,
// from batch JSON and from the question's text, the `triage` object beside `answer` (README's contract), the text
// answer, and bad observations refused with the allowed syntax in the user's language.
import { callflow, jsonLines } from '../cli/run-cli';

const ONLINE_PSTN_INSIDE = ['--deployment', 'online', '--call', 'pstn', '--location', 'customerNetwork'];

describe('callflow ask with observations', () => {
  it('--json returns, beside the answer, the triage: differences and explanations with checks, principles and links', () => {
    const r = callflow(['ask', '--json', ...ONLINE_PSTN_INSIDE, '--observed-media', 'internet']);
    expect(r.status).toBe(0);
    const reply = JSON.parse(r.stdout);
    expect(reply.answer.media[0].path).toBe('expressRoute');
    expect(reply.triage).toMatchObject({
      status: 'compared',
      matches: false,
      differences: [{ traffic: 'media', party: 'user', expected: 'expressRoute', observed: 'internet' }],
    });
    const explanations = reply.triage.explanations as { changes: object; checks: string[]; principles: number[]; links: { url: string }[] }[];
    expect(explanations.slice(0, 2).map((e) => e.changes)).toEqual([{ location: 'internet' }, { expressRoute: 'bypassed' }]);
    for (const e of explanations) {
      expect(e.checks.length).toBeGreaterThan(0);
      expect(Array.isArray(e.principles)).toBe(true);
      expect(e.links.every((l) => l.url.startsWith('https://learn.microsoft.com/en-us/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute#'))).toBe(true);
    }
  });

  it('Cloud Connector PSTN signaling over ExpressRoute: the article\'s own example flow, not a fault', () => {
    const r = callflow(['ask', '--json', '--deployment', 'cloudConnector', '--call', 'pstn', '--location', 'customerNetwork', '--observed-signaling', 'expressRoute']);
    const { triage } = JSON.parse(r.stdout);
    expect(triage.matches).toBe(false);
    expect(triage.explanations).toHaveLength(1);
    expect(triage.explanations[0]).toMatchObject({ changes: {}, documented: 'cceePstn' });
    expect(triage.explanations[0].links[0].url).toMatch(/#bk_Figure6$/);
  });

  it('an observation equal to what the article describes matches, with no explanations and the performance targets to check', () => {
    const r = callflow(['ask', '--json', ...ONLINE_PSTN_INSIDE, '--observed-media', 'user:expressRoute', '--observed-signaling', 'expressRoute']);
    const { triage } = JSON.parse(r.stdout);
    expect(triage).toMatchObject({ status: 'compared', matches: true, differences: [], explanations: [] });
    expect(triage.notes.join('\n')).toMatch(/< 50 ms/);
  });

  it('takes the party, "not", and the Edge in a flag; the other party of a call, relayed or not', () => {
    const r = callflow([
      'ask',
      '--json',
      '--deployment', 'online', '--call', 'peerToPeer', '--location', 'internet', '--peer', 'customerNetwork',
      '--observed-media', 'peer:internet+noEdge',
      '--observed-signaling', 'not-expressRoute',
    ]);
    const { triage } = JSON.parse(r.stdout);
    expect(triage.observed).toEqual([
      expect.objectContaining({ traffic: 'media', party: 'peer', path: 'internet', edge: false }),
      expect.objectContaining({ traffic: 'signaling', party: 'user', notPaths: ['expressRoute'], paths: ['internet'] }),
    ]);
    expect(triage.explanations.map((e: { changes: object }) => e.changes)).toContainEqual({ firewall: 'allowsDirect' });
  });

  it('reads observations from the question text too, in both languages; flags replace what the text says of the same leg', () => {
    const en = JSON.parse(callflow(['ask', '--json', 'Online tenant, PSTN call from the office: the media goes over the internet, not ER']).stdout);
    expect(en.triage.observed[0]).toMatchObject({ traffic: 'media', party: 'user', path: 'internet', notPaths: ['expressRoute'] });
    const zh = JSON.parse(callflow(['ask', '--json', '--locale', 'zh-TW', '純 Online，在公司撥外線，訊號沒有走 ER']).stdout);
    expect(zh.locale).toBe('zh-TW');
    expect(zh.triage.observed[0]).toMatchObject({ traffic: 'signaling', party: 'user', notPaths: ['expressRoute'] });
    const replaced = JSON.parse(callflow(['ask', '--json', ...ONLINE_PSTN_INSIDE, '--observed-media', 'expressRoute', 'the media goes over the internet']).stdout);
    expect(replaced.triage.observed).toEqual([expect.objectContaining({ traffic: 'media', path: 'expressRoute' })]);
    expect(replaced.triage.matches).toBe(true);
  });

  it('asks only what separates the outcomes when a fact is missing, and lists the calls that fit', () => {
    const { triage, missing } = JSON.parse(callflow(['ask', '--json', '--deployment', 'online', '--call', 'pstn', '--observed-media', 'internet']).stdout);
    expect(triage).toMatchObject({ status: 'question', matches: null, missing: ['location'] });
    expect(triage.consistent).toEqual([expect.objectContaining({ slots: { deployment: 'online', callType: 'pstn', location: 'internet' } })]);
    expect(missing).toEqual(['location']);
  });

  it('batch JSON takes "observed" as flag values per traffic type or as observation objects, and refuses bad ones line by line', () => {
    const slots = { deployment: 'online', callType: 'pstn', location: 'customerNetwork' };
    const lines = [
      { slots, observed: { media: 'internet' } },
      { slots, observed: { signaling: ['user:internet'], media: 'expressRoute' } },
      { slots, observed: [{ traffic: 'media', path: 'internet', edge: 'onlineEdge' }] },
      { slots, observed: { media: 'sideways' } },
      { slots, observed: [{ traffic: 'video', path: 'internet' }] },
      { slots, observed: 'internet' },
      { locale: 'zh-TW', slots, observed: { media: 'peer:' } },
      { slots },
    ].map((l) => JSON.stringify(l));
    const out = jsonLines(callflow(['ask', '--json', '-'], lines.join('\n') + '\n').stdout);
    expect(out).toHaveLength(8);
    expect(out[0].triage).toMatchObject({ matches: false });
    expect((out[1].triage as { explanations: { changes: object }[] }).explanations.map((e) => e.changes)).toEqual([{ expressRoute: 'bypassedForSignaling' }]);
    expect((out[2].triage as { observed: object[] }).observed[0]).toMatchObject({ edge: 'onlineEdge' });
    for (const bad of [3, 4, 5]) expect(out[bad].error).toMatch(/is not an observation\. Write it as \[user:\|peer:\|attendees:\]/);
    expect(out[6].error).toMatch(/不是有效的觀察/);
    expect(out[7]).not.toHaveProperty('triage');
  });

  it('refuses a bad flag value with exit code 2, naming the syntax', () => {
    const r = callflow(['ask', '--observed-media', 'over-the-moon']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--observed-media: "over-the-moon" is not an observation/);
    expect(callflow(['ask', '--observed-signaling']).stderr).toMatch(/needs a value/);
  });

  it('prints the triage in words without --json, in the reader\'s language', () => {
    const en = callflow(['ask', ...ONLINE_PSTN_INSIDE, '--observed-media', 'internet']).stdout;
    expect(en).toMatch(/Triage: What was observed is not the path the article describes/);
    expect(en).toMatch(/1\. If User's client is: On the Internet/);
    const zh = callflow(['ask', '--locale', 'zh-TW', ...ONLINE_PSTN_INSIDE, '--observed-media', 'internet']).stdout;
    expect(zh).toMatch(/排查: 觀察到的不是文章為這通通話描述的路徑/);
  });
});
