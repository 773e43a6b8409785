import { callflow } from './run-cli';

describe('callflow ask with flags', () => {
  it('answers a complete scenario as JSON in the contract shape', () => {
    const r = callflow(['ask', '--json', '--deployment', 'online', '--call', 'conference', '--organizer', 'online', '--location', 'customerNetwork']);
    expect(r.status).toBe(0);
    const reply = JSON.parse(r.stdout);
    expect(reply.locale).toBe('en');
    expect(reply.missing).toEqual([]);
    expect(reply.answer.signaling).toEqual([
      {
        party: 'User',
        partyId: 'user',
        from: 'yourNetwork',
        path: 'expressRoute',
        to: 'onlineConferencing',
        hops: [{ over: 'expressRoute', to: 'onlineConferencing' }],
        areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork'],
        text: 'ExpressRoute → Online conferencing server',
        crossesInternet: false,
        crossesExpressRoute: true,
      },
    ]);
    expect(reply.answer.media).toEqual([
      {
        party: 'User',
        partyId: 'user',
        from: 'yourNetwork',
        path: 'expressRoute',
        to: 'onlineConferencing',
        via: 'onlineEdge',
        hops: [
          { over: 'expressRoute', to: 'onlineEdge' },
          { over: 'microsoftNetwork', to: 'onlineConferencing' },
        ],
        areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork'],
        text: 'ExpressRoute → Online Edge Server → Online conferencing server',
        crossesInternet: false,
        crossesExpressRoute: true,
      },
    ]);
    expect(reply.answer.source).toEqual({ kind: 'table', table: 'online', row: 4 });
    expect(reply.answer.sourceLink.url).toBe(
      'https://learn.microsoft.com/en-us/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute#call-flows-for-skype-for-business-online',
    );
    expect(reply.answer.examples[0]).toMatchObject({
      id: 'onlineConference',
      anchor: 'bk_Figure3',
      url: 'https://learn.microsoft.com/en-us/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute#bk_Figure3',
    });
  });

  it('localizes titles, party names and links in zh-TW', () => {
    const r = callflow(['ask', '--json', '--locale', 'zh-TW', '--deployment=hybrid', '--call=conference', '--organizer=onPremises', '--location=customerNetwork', '--homing=online']);
    expect(r.status).toBe(0);
    const reply = JSON.parse(r.stdout);
    expect(reply.locale).toBe('zh-TW');
    expect(reply.answer.signaling).toMatchObject([{ party: '使用者', path: 'expressRoute', text: 'ExpressRoute → 線上伺服器 (Office 365)' }]);
    expect(reply.answer.media).toMatchObject([{ party: '使用者', path: 'local', text: '您的網路 → 內部部署會議伺服器', crossesInternet: false }]);
    expect(reply.answer.source).toEqual({ kind: 'example', example: 'hybridConference' });
    expect(reply.answer.examples[0].url).toContain('/zh-tw/');
    expect(reply.answer.examples[0].url).toContain('#joining-a-conference-hosted-by-on-premises-user-in-hybrid-deployment');
    expect(reply.answer.examples[0].title).toBe('在混合式部署中加入由內部部署使用者主持的會議');
  });

  it('lists what is still missing, best first, and no answer', () => {
    const r = callflow(['ask', '--json', '--deployment', 'hybrid', '--call', 'conference']);
    const reply = JSON.parse(r.stdout);
    expect(reply.answer).toBeNull();
    expect(reply.missing[0]).toBe('organizer');
    expect(reply.missing).not.toContain('peer');
  });

  it('prints a readable answer that says what it rests on', () => {
    const r = callflow(['ask', '--deployment', 'cloudConnector', '--call', 'pstn', '--location', 'customerNetwork']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Cloud Connector Edition table, row 1');
    expect(r.stdout).toMatch(/disagrees with itself/);
    expect(r.stdout).toContain('#bk_Figure6');
  });

  it("leads with the attendees' path when the question is about the people watching a broadcast", () => {
    const question = ['--location', 'customerNetwork', 'what path does the stream take to people watching a Skype Meeting Broadcast?'];
    const json = JSON.parse(callflow(['ask', '--json', ...question]).stdout);
    expect(json.perspective).toBe('attendees');
    expect(json.answer.media.map((leg: { partyId: string }) => leg.partyId)).toEqual(['user', 'attendees']);
    const text = callflow(['ask', ...question]).stdout;
    const media = text.slice(text.indexOf('Media:'));
    expect(media.indexOf('Broadcast attendees: Internet')).toBeGreaterThan(0);
    expect(media.indexOf('Broadcast attendees: Internet')).toBeLessThan(media.indexOf('User: ExpressRoute'));
    expect(media).toContain('Internet → Broadcast streaming service (CDN)');
  });

  it('prints the questions with their allowed values when the answer is open', () => {
    const r = callflow(['ask', '--locale', 'zh-TW', '--call', 'peerToPeer']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('要回答這個問題，我還需要知道');
    expect(r.stdout).toContain('federated = 在同盟組織');
  });

  it.each([
    [['ask', '--deployment', 'cloud'], /"cloud" is not a valid value for --deployment\. Allowed values: online, hybrid, cloudConnector/],
    [['ask', '--colour', 'red'], /Unknown option --colour\. Allowed options: .*--deployment/],
    [['ask', '--call'], /Option --call needs a value\. Allowed values: peerToPeer, conference, pstn, broadcast/],
    [['ask', '--locale', 'fr'], /"fr" is not a supported language/],
    [['tell'], /Unknown command "tell"/],
    [['ask', '--deployment', 'online', '--homing', 'onPremises'], /does not fit/],
    [['ask', '--locale', 'zh-TW', '--deployment', 'cloud'], /「cloud」不是 --deployment 的有效值/],
  ])('rejects bad input %j with exit code 2 and a message naming what is allowed', (args, message) => {
    const r = callflow(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
