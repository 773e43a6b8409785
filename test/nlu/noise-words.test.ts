// Words that look like ours inside something else. Found by a hostile outside try (a fresh writer's odd inputs):
// 「話說回來，CRL 撤銷清單檢查…」 was read as "change the last answer" (撤銷, revoke, is also "undo"), and a pasted link to
// the article ("…/optimizing-your-network/call-flow-using-expressroute") put the user on our network.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

describe('a certificate revocation list (撤銷清單) is not an undo', () => {
  it.each([
    '話說回來，CRL 撤銷清單檢查是不是一定走網際網路？',
    '哈哈 測試 ！！！ 話說回來，CRL 撤銷清單檢查是不是一定走網際網路？ 呵呵',
    '撤銷清單的檢查會走 ER 嗎',
    '撤銷清單 (CRL) 走哪裡？',
  ])('%s', (text) => {
    expect(recognizer.recognize(text)).toMatchObject({ intent: 'explain', topic: { kind: 'internetOnly' } });
  });

  it.each(['撤銷', '撤銷剛才的答案', '我要撤銷上一個答案'])('undo said as such stays one: %s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('back');
  });
});

describe('a web address is not words of the question', () => {
  it.each([
    'https://learn.microsoft.com/en-us/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute',
    'see https://learn.microsoft.com/en-us/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute',
    '文章在這 https://learn.microsoft.com/zh-tw/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute',
    'www.example.com/home/office/internal-network',
  ])('reads no fact from %s', (text) => {
    expect(recognizer.recognize(text).slots).toEqual({});
  });

  it('reads the question around it', () => {
    const r = recognizer.recognize(
      'per https://learn.microsoft.com/en-us/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute, does media for an Online user at home in a conference go over ER?',
    );
    expect(r.slots).toMatchObject({ location: 'internet', callType: 'conference' });
  });

  it('keeps a server name that is no link ("sip.online.lync.com")', () => {
    expect(recognizer.recognize('the client talks to sip.online.lync.com over 443').intent).not.toBe('back');
  });
});

// 「平板連不上飯店 wifi，一直轉圈圈」: a device whose screen only spins is a problem of the device, as a black screen is;
// the place it names is no call's. A call said to spin still asks its way.
describe('a device that keeps spinning is a problem of the device', () => {
  it.each(['櫃檯的筆電連不上公司 wifi，畫面一直轉圈圈怎麼辦', '清潔組的手機在飯店 wifi 下一直轉圈，要怎麼處理'])('%s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('none');
  });

  it('a call whose screen spins still asks its way', () => {
    expect(recognizer.recognize('我在家用 Skype 打給客戶手機，畫面一直轉圈圈，媒體走哪？')).toMatchObject({ intent: 'ask', slots: { location: 'internet', callType: 'pstn' } });
  });
});
