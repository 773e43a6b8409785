// `callflow ask --json -` with a question about one traffic type (as the held-out sets are run): the answer carries
// that traffic, an empty list for the other one and what it depends on; the text output says the same.
import { callflow, jsonLines } from './run-cli';

describe('callflow ask: a question about one traffic type', () => {
  it('answers it once that traffic is certain, and says what the other depends on', () => {
    const input = [
      'Hybrid conference organized by an on-prem user, I am in the office. Where does the media go?',
      JSON.stringify({ text: '混合式部署，地端使用者主持的會議，我在辦公室，訊號和媒體怎麼走？' }),
      JSON.stringify({ text: '混合式部署，地端使用者主持的會議，我在辦公室，媒體怎麼走？' }),
    ].join('\n');
    const [media, both, mediaZh] = jsonLines(callflow(['ask', '--json', '-'], input + '\n').stdout);
    expect(media).toMatchObject({ focus: 'media', missing: [], answer: { signaling: [], media: [{ path: 'local' }], dependsOn: { traffic: 'signaling', dependsOn: ['homing'] } } });
    expect(both).toMatchObject({ missing: ['homing'], answer: null });
    expect(mediaZh).toMatchObject({ locale: 'zh-TW', answer: { signaling: [], media: [{ path: 'local' }] } });
    expect((mediaZh.answer as { notes: string[] }).notes[0]).toMatch(/^訊號取決於/);
  });

  it('prints the media path and the sentence about signaling, not a guessed signaling path', () => {
    const r = callflow(['ask', 'Hybrid conference organized by an on-prem user, I am in the office. Where does the media go?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Media:\n {2}User: Stays in your network/);
    expect(r.stdout).not.toMatch(/^Signaling:/m);
    expect(r.stdout).toContain('Signaling depends on what is not known yet');
  });

  it('takes the focus from batch JSON beside slots, as a labelled question states it, and refuses a traffic type it does not know', () => {
    const slots = { deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', organizer: 'onPremises' };
    const input = [
      JSON.stringify({ slots, focus: 'media' }),
      JSON.stringify({ slots }),
      JSON.stringify({ slots, focus: 'signaling' }),
      JSON.stringify({ slots, focus: 'audio', locale: 'zh-TW' }),
      JSON.stringify({ text: 'Hybrid conference organized by an on-prem user, I am in the office. Where does the media go?', focus: 'signaling' }),
    ].join('\n');
    const [media, none, signaling, bad, overridden] = jsonLines(callflow(['ask', '--json', '-'], input + '\n').stdout);
    expect(media).toMatchObject({ focus: 'media', missing: [], answer: { signaling: [], media: [{ path: 'local' }], dependsOn: { traffic: 'signaling', dependsOn: ['homing'] } } });
    expect(none).toMatchObject({ missing: ['homing'], answer: null });
    expect(signaling).toMatchObject({ focus: 'signaling', missing: ['homing'], answer: null });
    expect(bad.error).toBe('「audio」不是流量類型。可用的值：media, signaling。');
    expect(overridden).toMatchObject({ focus: 'signaling', answer: null });
  });
});
