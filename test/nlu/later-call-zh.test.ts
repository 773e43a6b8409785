// "先開完週會，然後打市話給客戶", "回公司開會，順便撥手機給廠商": of two calls told in turn, the one after the sequence
// word ("然後", "之後", "接著", "順便") is the one asked about, as after English "then" (slots.ts laterCall). Before,
// the meeting and the phone call together left the call type unknown, or the meeting alone was answered.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the call after the sequence word is the one asked about', () => {
  it.each([
    ['全公司 Skype Online。我早上在公司開完部門會議，然後用 Skype 打市話給客戶，這通走哪？', 'pstn'],
    ['混合部署，我帳號在地端。今天回分公司開會，順便用筆電 Skype 撥手機給水電師傅，這通電話走 ER 嗎？', 'pstn'],
    ['全公司 Online。我在辦公室先撥外線給廠商，接著跟同事 Amy 一對一視訊，她也在公司，這通視訊走哪？', 'peerToPeer'],
  ])('%s', (text, callType) => {
    expect(slots(text).callType).toBe(callType);
  });

  it('with nothing told after it, both stay and the call type is asked', () => {
    expect(slots('全公司 Online。我在辦公室開會時撥外線給廠商，走哪？').callType).toBeUndefined();
  });
});

// "我在客戶那邊開會，等一下要用 Skype 撥一通市話": "等一下", "待會" (in a moment) put the call after the meeting the
// writer is in, as "然後" does; before, the meeting and the call together left the call type to a federated guess.
describe('the call in a moment is the one asked about', () => {
  it.each([
    ['我現在在客戶那邊開會，等一下要用 Skype 撥一通市話回公司總機，公司全 Online，這通走哪？', 'pstn'],
    ['我在分公司開會，待會要用 Skype 打市話給我們的廠商，全公司 Online，走 ER 嗎？', 'pstn'],
    ['我在家，剛剛撥了客戶的市話，等一下要加入主管開的會，全公司 Online，這場會議走哪？', 'conference'],
  ])('%s', (text, callType) => {
    expect(slots(text).callType).toBe(callType);
  });

  it('"等一下" that waits for nothing after it leaves both calls named', () => {
    expect(slots('全公司 Online。我在辦公室開會時撥外線給客戶，等一下，這通走哪？').callType).toBeUndefined();
  });
});
