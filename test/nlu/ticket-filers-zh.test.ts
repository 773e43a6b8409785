// Who files or handles a ticket is not the other party of a call (issue 15, round 25: zh38 answered a vague ticket as
// a call between its applicant and its user). "申請人：資訊室 小王 / 受影響使用者：林經理 / ...": the applicant files
// for the user the ticket names, and "受影響使用者" only labels the field that names him; with Skype and media said,
// two people had made a call between two out of a ticket that names no call. The call stays unknown: asked, not
// guessed. A call the ticket does describe is still read.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const filers = ['申請人：資訊室 小王', '填單人：總務 阿芬', '處理客服：阿志', '承辦人：IT 小李', '客服人員：Kelly'];
const users = ['受影響使用者：林經理', '使用者：業務 Kevin', '來電者：張協理'];
const troubles = ['Skype 聲音很卡', 'Skype 通話一直斷線', '視訊畫面延遲'];

describe('a ticket naming who files it and its user, and no call', () => {
  it.each(filers.flatMap((filer, k) => users.map((user, u) => [`[REQ-${k}${u}] ${filer} / ${user} / 地點：高雄辦公室（公司網路）/ 描述：${troubles[(k + u) % troubles.length]} / 環境：SfB Online / 請問他的媒體走哪`])))('%s', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ location: 'customerNetwork', deployment: 'online' });
    expect(read.callType).toBeUndefined();
    expect(read.peer).toBeUndefined();
  });
});

describe('a call the ticket describes is still read', () => {
  it.each(filers.map((filer) => [`${filer} / 受影響使用者：林經理 / 地點：總部（公司網路）/ 描述：林經理用 Skype 打給在家的同事，聲音很卡 / 環境：全 Online / 林經理的媒體走哪？`]))('%s', (text) =>
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', deployment: 'online', callType: 'peerToPeer' }));
});
