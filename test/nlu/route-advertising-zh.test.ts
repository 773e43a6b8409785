// 廣播 is also what a router does with its routes (BGP 把路由廣播進來): said of routes it is no Skype Meeting Broadcast.
// Found by a blind outside try: 「我先去看 BGP 有沒有把 … 的 route 廣播進來」 after a triage changed the call to a broadcast.
// A broadcast said as the call type stays one.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

describe('routes advertised (廣播) are not a broadcast', () => {
  it.each([
    '好，我再去確認核心路由器有沒有把微軟的 route 廣播進來',
    '是不是 BGP 廣播的前綴少了一段',
    '網路組說路由廣播有問題，要重新設定',
    '邊界路由器的廣播路由要怎麼看',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).slots.callType).toBeUndefined();
  });
});

describe('a broadcast said as the call type is still one', () => {
  it.each([
    '會議廣播的出席者都在家，串流走哪裡？',
    '下週的全員廣播，業務在外面用手機看',
    '這場廣播會議的主講人在公司',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).slots.callType).toBe('broadcast');
  });
});
