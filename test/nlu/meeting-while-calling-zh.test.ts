// Round 31's writers: 「我們用 CCE 打電話，今天我在合作廠商那邊開會 …… 打客戶手機會不會走 ER？」 read the partner's
// conference, hosted on its own servers (Internet both ways), a wrong answer for a phone call to a customer's mobile.
// 在 (a place or a company, 那邊) 開會 ending its clause, with a call made after it, is where the writer is while they
// call: the call is the one made, the meeting hosts nothing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a meeting the writer is at while they make the call', () => {
  it.each([
    '我們用 CCE，今天我在合作廠商那邊開會，要打給客戶的手機，會走 ER 嗎？',
    '我們用 CCE 打電話，今天我在合作廠商那邊開會，打客戶手機會不會走 ER？',
    '我們是 CCE。我在供應商那邊開會，撥市話回公司會怎麼走？',
  ])('%s: a phone call, hosted by no one', (text) => {
    expect(slots(text)).toMatchObject({ callType: 'pstn' });
    expect(slots(text).organizer).toBeUndefined();
  });

  it('a call after the meeting stays a phone call from where the writer is', () => {
    expect(slots('我們是 Online。我在客戶那邊開會，等一下要撥一通市話，會走 ER 嗎？')).toMatchObject({ callType: 'pstn', location: 'internet' });
  });
});

describe('a meeting that is the call', () => {
  it.each([
    ['今天我在合作廠商那邊開會，會走 ER 嗎？', 'conference'],
    ['我們是 Online。我在公司開會，會議是主管開的，走 ER 嗎？', 'conference'],
    // The one called is in the meeting ("打給在總部開會的主管"): a one-to-one call.
    ['打給在總部開會的主管，我們是 Online，我在家，走哪？', 'peerToPeer'],
  ])('%s: %s', (text, callType) => expect(slots(text).callType).toBe(callType));
});
