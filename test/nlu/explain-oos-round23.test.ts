// Round 23 (nlu72): explain and out-of-scope questions in shapes dev18's writers used. The word "segment" with a
// segment beside it is that segment, with one named elsewhere the segments ("the network segments the ExpressRoute
// article refers to"); a question that points back ("what does that mean?") asks about the term named before, not
// the vendor or circuit that said it; a broadcast said never to use ExpressRoute is the broadcast; ExpressRoute's
// Chinese name holds "路由" but asks no path. Out of scope in the domain's words: outages, server upgrades and
// patches, SIP addresses, deleted accounts, dial-in numbers, Teams Direct Routing. The same words in a call
// question keep it a call question.
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

const explained = (text: string) => {
  const r = recognizer.recognize(text);
  return [r.intent, r.topic && topicId(r.topic)];
};

describe('explain questions read with their topic', () => {
  it.each([
    ['What are the network segments the Microsoft ExpressRoute call-flow article keeps referring to?', 'segments'],
    ['The diagram splits the path into four network pieces. What are they and who owns each one?', 'segments'],
    ['The call flow diagrams have four coloured zones across the top. What are they?', 'segments'],
    ['what is the ExpressRoute Microsoft network segment, as opposed to our own network?', 'microsoftNetwork'],
    ['what is the Internet segment?', 'internet'],
    ['ER 線路到底算誰管的？文件說有四個網段，微軟網路又是指哪一段？', 'segments'],
    ['每一段網路是誰在管的啊 講一下', 'segments'],
    ['每段網路各是誰負責？', 'segments'],
    ['Microsoft 網路區段跟ExpressRoute是同一件事嗎？', 'microsoftNetwork'],
    ["our network guy says ExpressRoute 'gives us QoS' - what does that actually mean for Skype calls?", 'qos'],
    ['廠商說我們的 client 在點對點通話前會用 ICE 去「試好幾條路」，這是什麼意思？', 'ice'],
    ['How is a Skype Meeting Broadcast different from a normal meeting? Someone said it never uses ExpressRoute, why?', 'broadcast'],
    ['為什麼廣播串流不能走 ExpressRoute？', 'broadcast'],
    ["What's a CDN got to do with Skype Meeting Broadcasts?", 'broadcast'],
    ['快速路由是什麼 跟 Azure 有關嗎？', 'expressRoute'],
    ['ExpressRoute 就是專線的意思嗎？是誰在維護那條線', 'expressRoute'],
    ['Could someone explain what Skype for Business Cloud Connector was for?', 'cloudConnector'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
});

describe('out of scope in the domain words: no slot, no call question', () => {
  it.each([
    'Teams Direct Routing: does media bypass work with our SBC?',
    "any outage in microsoft 365 today? my emails aren't going out",
    "we are moving the Lync 2013 pool's SQL back-end to a new cluster next weekend - what's the rollback plan?",
    'Cloud Connector 那幾台的 Windows Update 要怎麼排時間比較不會影響打電話？',
    '地端的 SfB Server 2015 要怎麼就地升級到 2019？',
    '混合式部署要怎麼設定共用 SIP 位址空間？',
    '商務用 Skype Online 的帳號刪掉了還救得回來嗎？',
    '同盟的外部公司一直加不到聯絡人，要去管理中心哪裡打開？',
    '會議邀請裡的撥入號碼要怎麼改成台灣的號碼？',
  ])('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).not.toBe('ask');
    expect(r.intent).not.toBe('explain');
    expect(r.slots).toEqual({});
  });
});

describe('the same words in a call question keep it a call question', () => {
  it.each([
    ['I am at home and call a colleague in the office, which segment does the media cross?', 'ask'],
    ['Which part of the call goes over ExpressRoute when I call a colleague from home?', 'ask'],
    ['我在家打給公司的同事，媒體會經過哪一段網路？', 'ask'],
    ['We are hybrid and I call a landline from the office through Cloud Connector. What path?', 'ask'],
    ['我們是混合式部署，我在家開 Skype 會議，媒體走哪？', 'ask'],
    ['I join a Skype Meeting Broadcast from home, does it go over ExpressRoute?', 'ask'],
  ])('%s', (text, intent) => {
    expect(recognizer.recognize(text).intent).toBe(intent);
  });
});
