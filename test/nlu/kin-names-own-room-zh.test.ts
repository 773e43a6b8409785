// Colleagues called by a family name and a kinship word ("陳姐", "張哥", "林叔"), and accounts said to be kept in our
// own server room (issue 15, round 26: zh39 asked back for two people's homing). The family name and the kinship word
// were two single characters and nobody, so what was said of each went to whoever was named before; "帳號都是放在
// 公司機房", "帳號放在自己機房" (words of keeping between the account and the room, or "自己" for the room's owner)
// were no one's homing, and "自己機房" read as another company's servers made an organizer out of it. Another
// company's own room ("他們自己機房") stays theirs.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const pairs = [['陳姐', '張哥'], ['林叔', '黃姊'], ['吳哥', '許姐'], ['劉伯', '蔡嫂']];
const rooms = ['放在自己機房那邊的', '都是放在公司機房的伺服器上', '放在自家機房', '都放在我們機房'];

describe('two colleagues by kinship names, both kept on our own servers, both in the office', () => {
  it.each(pairs.flatMap(([a, b], k) => [[`混合部署。財務的${a}跟${b}兩個人的帳號都${rooms[k].replace(/^都/, '')}，兩個人也都在公司裡面，互相用 Skype 打。會走到微軟那邊嗎？`]]))('%s', (text) =>
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'onPremises', deployment: 'hybrid', callType: 'peerToPeer' }));
});

describe('one kept on our own servers, calling the other homed Online', () => {
  it.each(pairs.map(([a, b], k) => [`混合部署。${a}的帳號${rooms[k]}，人在辦公室，打 Skype 給在家的${b}（Online 帳號），${a}的訊號走哪？`]))('%s', (text) =>
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', homing: 'onPremises', peerHoming: 'online', deployment: 'hybrid', callType: 'peerToPeer' }));
});

describe("another company's own room stays theirs", () => {
  it.each([
    ['全部 Online。我在公司加入廠商的會議，他們的會議開在他們自己機房，我的媒體走哪？'],
    ['我們全 Online，我在辦公室參加客戶辦的會，會議放在對方機房，會走 ER 嗎？'],
  ])('%s', (text) => expect(slots(text)).toMatchObject({ location: 'customerNetwork', organizer: 'otherCompany', callType: 'conference' }));
});
