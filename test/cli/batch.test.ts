import { callflow, jsonLines } from './run-cli';

describe('callflow ask --json - (batch)', () => {
  it('answers one line per request, in order, and keeps going after bad lines', () => {
    const input = [
      JSON.stringify({ slots: { deployment: 'online', callType: 'pstn', location: 'internet' } }),
      '{not json',
      JSON.stringify({ slots: { deployment: 'nowhere' } }),
      JSON.stringify({ locale: 'zh-TW', slots: { deployment: 'cloudConnector', callType: 'pstn', location: 'internet' } }),
      JSON.stringify({ slots: { peer: 'federated' }, locale: 'xx' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ slots: { deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', location: 'customerNetwork', peer: 'customerNetwork', peerHoming: 'online' } }),
    ].join('\n');
    const r = callflow(['ask', '--json', '-'], input + '\n');
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({ answer: { source: { kind: 'table', table: 'online', row: 8 } } });
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2].error).toMatch(/Allowed values: online, hybrid, cloudConnector/);
    expect(lines[3]).toMatchObject({ locale: 'zh-TW', answer: { source: { table: 'cloudConnector', row: 2 } } });
    expect(lines[4].error).toMatch(/not a supported language/);
    expect(lines[5].error).toMatch(/must be a JSON object/);
    // Hybrid row 2 stated from the on-premises user's side: the Online user's signaling is the one on ExpressRoute.
    expect(lines[6]).toMatchObject({
      answer: {
        source: { kind: 'table', table: 'hybrid', row: 2 },
        signaling: [
          { party: 'User', path: 'local' },
          { party: 'Other party', path: 'expressRoute' },
        ],
      },
    });
  });

  it('splits requests at line feeds only: a line separator or paragraph separator inside a question stays in it', () => {
    // JSON allows U+2028 and U+2029 raw inside a string, and text pasted from a word processor carries them. Node 24's
    // readline ends a line at each, which split such a request in two (two errors, then every later answer one line
    // off its request).
    const input = [
      JSON.stringify({ text: 'We are all homed Online.\u2028I am in the office calling a colleague at home' }),
      'hybrid deployment\u2029pstn call from home, homed on-prem',
      JSON.stringify({ slots: { deployment: 'online', callType: 'pstn', location: 'internet' } }),
    ].join('\r\n');
    const lines = jsonLines(callflow(['ask', '--json', '-'], input + '\n').stdout);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ slots: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' } });
    expect(lines[1]).toMatchObject({ slots: { deployment: 'hybrid', callType: 'pstn', location: 'internet', homing: 'onPremises' } });
    expect(lines[2]).toMatchObject({ answer: { source: { kind: 'table', table: 'online', row: 8 } } });
  });

  it('answers hundreds of lines', () => {
    const scenarios = [
      { deployment: 'online', callType: 'conference', organizer: 'otherCompany', location: 'customerNetwork' },
      { deployment: 'hybrid', callType: 'pstn', homing: 'onPremises', location: 'customerNetwork' },
      { callType: 'broadcast', location: 'internet' },
    ];
    const input = Array.from({ length: 300 }, (_, i) => JSON.stringify({ slots: scenarios[i % 3] })).join('\n');
    const lines = jsonLines(callflow(['ask', '--json', '-'], input).stdout);
    expect(lines).toHaveLength(300);
    expect(lines.every((l) => l.answer !== null && l.error === undefined)).toBe(true);
    expect(lines[1]).toMatchObject({ answer: { source: { table: 'hybrid', row: 5 } } });
  });
});

describe('callflow ask with question text', () => {
  it('recognizes English and Chinese questions, and combines text with flags (flags win)', () => {
    const input = [
      'user at a coffee shop joins an online meeting, does it use ExpressRoute?',
      JSON.stringify({ text: '雲端連接器，在公司內撥打市話，訊號和媒體怎麼走？' }),
      JSON.stringify({ text: 'hybrid pstn call from the office', slots: { homing: 'onPremises', location: 'internet' } }),
      'what is principle 4',
      'how do I reset my password',
    ].join('\n');
    const [coffee, cce, flagsWin, explain, outOfScope] = jsonLines(callflow(['ask', '--json', '-'], input).stdout);
    expect(coffee).toMatchObject({ locale: 'en', intent: 'ask', answer: { source: { kind: 'table', table: 'online', row: 5 } } });
    expect(cce).toMatchObject({ locale: 'zh-TW', slots: { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' } });
    expect(cce).toMatchObject({ answer: { source: { table: 'cloudConnector', row: 1 } } });
    expect(flagsWin).toMatchObject({ slots: { deployment: 'hybrid', callType: 'pstn', homing: 'onPremises', location: 'internet' } });
    expect(explain).toMatchObject({ intent: 'explain', slots: {}, missing: [], answer: null });
    expect(outOfScope).toMatchObject({ intent: 'none', slots: {}, missing: [], answer: null });
  });
});
