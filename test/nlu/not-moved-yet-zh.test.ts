// "還沒搬", "尚未遷": an account not moved yet, said with no destination after it, is still homed on-premises, as
// "還沒遷移" already was. Moving house ("還沒搬家") is no account's move.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('an account said not to be moved yet', () => {
  it.each([
    ['我們是混合式，我的帳號還沒搬，我在公司撥外線給客戶，走哪？', 'pstn'],
    ['混合部署，主任的帳號尚未遷，他在辦公室加入會議，走哪？', 'conference'],
  ])('is homed on-premises: %s', (text, callType) => {
    expect(slots(text)).toMatchObject({ homing: 'onPremises', location: 'customerNetwork', deployment: 'hybrid', callType });
  });

  it('is not read into moving house', () => {
    const said = slots('我還沒搬家，現在在家撥外線給客戶，我們全部 Online，走哪？');
    expect(said).not.toHaveProperty('homing');
    expect(said).toMatchObject({ location: 'internet', deployment: 'online', callType: 'pstn' });
  });
});
