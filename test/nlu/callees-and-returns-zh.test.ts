// Chinese openings whose call or place was said but not read (session 57): the one called named by a title of a
// care home, a newsroom or an ensemble (團長, 個管師, 營養師: no person word the vocabulary had, so "打 Skype 給…" named
// nobody and the call type was asked), and a place gone back to ("回補習班打", "如果回診所打呢"), which is the writer's own
// workplace when the place could be anyone's (a home is the Internet; a friend's place stays someone else's).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a title after the call word is the one called: a call between two', () => {
  it.each([
    ['團長', '用 Skype 打給'],
    ['副團長', '打給'],
    ['個管師', '打 Skype 給'],
    ['個案管理師', '視訊給'],
    ['社工', '打 Skype 給'],
    ['營養師', '打給'],
    ['治療師', '用 Skype 打給'],
    ['照服員', '打給'],
    ['照服督導', '打 Skype 給'],
    ['副總編', '打給'],
  ])('%s (%s)', (title, call) => {
    expect(slots(`全部都是 Online。我在辦公室${call}在家的${title}，我這端怎麼走？`)).toMatchObject({ callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' });
  });
});

describe('a place gone back to, that could be anyone\'s, is our own', () => {
  it.each([
    '全部 Online。我回補習班打給在家的同事，我這端走哪？',
    '全部 Online。等一下我回診所再打給在家的同事，我這端走哪？',
    '全部 Online。我回到安親班後打給在家的同事，我這端走哪？',
  ])('%s', (text) => expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' }));

  it.each([
    // Home is the Internet, gone back to or not.
    ['全部 Online。我回老家打給在公司的同事，我這端走哪？', 'internet'],
    // Someone else's place stays theirs.
    ['全部 Online。我回朋友的工作室打給在公司的同事，我這端走哪？', 'internet'],
  ])('%s -> %s', (text, location) => expect(slots(text)).toMatchObject({ location }));

  it.each([
    '全部 Online。我回覆在家的同事，我這端走哪？',
    '全部 Online。我在補習班打給在家的同事，我這端走哪？',
    // 回 after a verb is the direction of what is done, not where the writer is.
    '全部 Online。我撥電話回診所，我這端走哪？',
    '全部 Online。我的訊號會不會繞回補習班？',
  ])(
    '%s: no going back, no place of ours',
    (text) => expect(slots(text).location).toBeUndefined(),
  );
});
