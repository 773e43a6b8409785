// "撥家長家裡電話", "打到客戶家中的電話": the phone of someone's home is a phone number, so the call is a PSTN call, not
// a call to that person's Skype (vocabulary: callType.pstn "家裡電話", "家中的電話", "宅電"…). Before, "家裡" was read
// as a place and "電話" as a call word, and the call became peer-to-peer with the other party's place asked back.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("a home's phone is a PSTN number", () => {
  it.each([
    'CCE 架構，老師在家沒開 VPN，用 Skype 撥學生家裡電話，路徑？',
    '我們是 Skype Online，業務在辦公室用 Skype 打到客戶家中的電話，這通走哪？',
    'Cloud Connector，護理師在院內用 Skype 撥病患的宅電，訊號怎麼走？',
  ])('%s', (text) => {
    expect(slots(text).callType).toBe('pstn');
  });

  it('being at home while calling a colleague stays a peer-to-peer call', () => {
    expect(slots('我們是 Skype Online，我在家裡打電話給同事，他在辦公室，路徑？').callType).toBe('peerToPeer');
  });
});
