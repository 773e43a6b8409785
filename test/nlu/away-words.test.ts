// Words for being away said of someone are where they are, the Internet: "out of office" and "OOO" like "out of the
// office" (the auto-reply of the same name, "set my out of office", "OOO message", is Outlook's, out of scope);
// "abroad" and "overseas" when someone is there ("I'm abroad", "working overseas"), while the words alone still name
// the ExpressRoute Premium add-on's topic ("do users abroad need Premium?").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

// Who is away, and how they call: the writer's own calls, or the one said to be away ("Raj is OOO, he ...").
const AWAY: readonly [string, readonly string[]][] = [
  ["I'm out of office today", ['joining the Skype meeting, which path?', 'calling a customer landline from Skype, route?', 'where does media go when I Skype a colleague?']],
  ['I am OOO this week', ['joining the Skype meeting, which path?', 'where does media go when I Skype a colleague?']],
  ['ooo today', ['joining the Skype meeting, which path?', 'calling a customer landline from Skype, route?']],
  ['Raj is OOO', ['he is joining the Skype meeting, which path does he take?', 'what path do his calls to a landline take?']],
  ['my manager is out of office', ['she is joining the Skype meeting, which path does she take?']],
  ["I'm abroad this month", ['joining the Skype meeting, which path?', 'are my Skype calls still going over ExpressRoute?']],
  ['I am overseas on business', ['joining the Skype meeting, which path?', 'calling a customer landline from Skype, route?']],
  ['Raj is abroad', ['he is joining the Skype meeting, which path does he take?']],
  ['our CFO is working overseas this quarter', ['what path do her Skype calls take?']],
];

describe('out of office, said of someone', () => {
  it.each(AWAY.flatMap(([away, calls]) => calls.map((call) => `${away}, ${call}`)))('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots.location).toBe('internet');
  });
});

describe('abroad and overseas alone name the Premium add-on', () => {
  it.each(['Do we need ExpressRoute Premium for users abroad?', 'why would the Premium add-on matter for offices overseas?'])('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('explain');
    expect(r.topic).toEqual({ kind: 'caveat', caveat: 'premiumAddOn' });
  });
});

describe("the out-of-office reply", () => {
  it.each([
    'how do I set my out of office in Skype?',
    'can Skype show my OOO message to callers?',
    'my out of office reply is not showing in Skype',
    'how to turn on out of office for the whole team',
    'Skype status still shows automatic replies after I came back',
  ])('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});
