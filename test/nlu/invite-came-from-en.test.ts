// Asked back in the organizer set (dev26 og1en-1): "The invite for Thursday's vendor review came from Priya Shah, and
// she's one of the people we already moved over to Online". "came from" whose clause is about a meeting or its invite
// names the meeting's host, however many words name the meeting ("invite came from" alone was a phrase). A call or
// anything else that "came from" somewhere names no host.
import { createRecognizer } from '../../src/nlu';
import { product } from './grids/grid';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const MEETINGS = ["The invite for Thursday's budget review", 'The meeting invite for the weekly review', 'The invitation to the QBR meeting', 'The Teams-style invite for our Friday meeting'];
const VERBS = ['came from', 'comes from'];
const HOMINGS: readonly [string, 'online' | 'onPremises'][] = [
  ["and she's one of the people we already moved over to Online", 'online'],
  ["and she's homed Online", 'online'],
  ['and she is still on the on-prem pool', 'onPremises'],
];

describe('"came from" after a meeting names its host', () => {
  it.each(product<string>([MEETINGS, VERBS]))('%s %s Priya Shah …', (meeting, verb) => {
    for (const [homing, organizer] of HOMINGS) {
      const text = `${meeting} ${verb} Priya Shah, ${homing}. I'm still on the on-prem pool (hybrid), at my desk in the Leeds office. Path?`;
      expect({ text, slots: slots(text) }).toEqual({
        text,
        slots: { location: 'customerNetwork', homing: 'onPremises', organizer, deployment: 'hybrid', callType: 'conference' },
      });
    }
  });

  it('the question as written (a vendor review, its host moved to Online)', () => {
    expect(slots("The invite for Thursday's vendor review came from Priya Shah, and she's one of the people we already moved over to Online. I'm still on the on-prem pool (we're mid-migration, hybrid), sitting at my desk in the Leeds office. Where do my SIP and my audio go?")).toMatchObject({ organizer: 'online' });
  });

  it('in Chinese, 邀請是 Priya 寄來的', () => {
    expect(slots('週四廠商檢討會的邀請是 Priya 寄來的，她已經搬到 Online 了。我還在地端 pool（混合式），在 Leeds 辦公室座位上。路徑？')).toMatchObject({ organizer: 'online' });
  });
});

describe('what "came from" does not make a host', () => {
  it('a call that came from somewhere', () => {
    expect(slots("The call with Priya came from her hotel wifi. Hybrid, I'm on-prem in the office. Path?")).not.toHaveProperty('organizer');
  });

  it('someone in the clause before "came from"', () => {
    expect(slots("Priya's question about the meeting came from the helpdesk. Hybrid, I'm on-prem in the office, joining it. Path?")).not.toHaveProperty('organizer');
  });
});
