// "竹科廠 MIS 問一下：… Leo 帳號在地端，今天在家 … 打給在廠區辦公室的課長": who opens a message by asking ("X 問一下：",
// "X 想請教，") is the writer saying who they are. Read as a third person in the call, the MIS with the fab's place
// took the user's role, and Leo, the caller asked about, lost his place and homing (the office given, wrong after
// asking). Now the asker is nobody in the call (as one who only passes something on, reporters.ts), unless a later
// word stands for them; their place still goes to the writer, weakly, when the writer is in the call.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('who opens a message by asking is the writer, not a third person', () => {
  it.each([
    ['竹科廠 MIS 問一下：我們是 hybrid。製程工程師 Leo 帳號在地端，今天輪休在家，沒開 VPN，用家裡光世代打給在廠區辦公室值班的課長，課長也是地端帳號。這通 1:1 的路徑怎麼走？', 'internet', 'onPremises'],
    ['竹科廠 MIS 問一下：我們是 hybrid。Leo 帳號在地端，今天在家，打給在辦公室的課長。路徑怎麼走？', 'internet', 'onPremises'],
    ['總部資訊室想請教，我們是 hybrid。Leo 帳號在地端，今天在家，打給在辦公室的課長。路徑怎麼走？', 'internet', 'onPremises'],
  ])('%s', (text, location, homing) => {
    expect(slots(text)).toMatchObject({ location, homing, peer: 'customerNetwork' });
  });

  it('the writer who asks and then calls is at their own site', () => {
    expect(slots('竹科廠 MIS 問一下：我們是 Online，我打給在家的課長。路徑怎麼走？')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });

  // Near misses: someone asked ("問主管"), or an asker who is in the call ("Leo 問：他在家…").
  it.each([
    ['我們是 hybrid。我在家，想問主管在辦公室的時候打給我，路徑怎麼走？'],
    ['Leo 問：他在家打給在辦公室的課長，我們是 hybrid，路徑怎麼走？'],
  ])('%s: the one at home is still read', (text) => {
    const got = slots(text);
    expect(got.location === 'customerNetwork' && got.peer === 'customerNetwork').toBe(false);
  });

  it('an English opener asking is not a third person in the call', () => {
    const got = slots("Fab site IT asking: we're hybrid. Leo is homed on-prem, at home today off VPN, and calls the shift supervisor in the plant office. What's the path?");
    expect(got.location).not.toBe('customerNetwork');
  });
});
