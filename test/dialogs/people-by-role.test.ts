// People of a call between two people said by what they are ("the doctor", 「督導」), by "the other one", or by a
// name asked for, in the follow-ups after an answer or a question back. Found by session 53's blind conversations:
// "what about the planner?" and 「督導呢？」 were no questions of call flows; "the other one", 「另一位」 after a what-if
// that moved one of the two was asked whom it meant; 「如果 Kevin 在咖啡廳呢」 with Kevin named was not understood;
// after "signaling path for Nadia?" and a question back, "Omar, the other paralegal" was asked whom it meant.
// Near misses: "the other one" with no one moved is the other party; the one moved is not "the other one".
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import type { PartialScenario, Perspective } from '../../src/engine';
import { startConversation } from './harness';
import { kindOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const OPENINGS = {
  rolesEn: 'We are all on SfB Online. The nurse on the ward network rings the doctor, who is working from home, 1:1 call. Signaling path?',
  rolesZh: '我們全部都在 SfB Online，店長在門市跟在家的督導一對一通話，媒體走哪？',
  titlesZh: '全部都在 Online，王醫師在辦公室跟在家的護理師一對一通話，媒體怎麼走？',
  namesZh: '我們全部在 Online，Kevin 跟 Amy 一對一通話，兩人都在公司，媒體怎麼走？',
  writerEn: "We're all Online. I'm in the office on a 1:1 call with Sarah, who is also in the office. Media path?",
  // The other person opens a clause with their place, their call said far from them; the one asked for is the user.
  apartZh: '全部都在 Online，有 ER。組長在倉庫辦公室（公司網路），跟在客戶那邊用手機熱點的業務通話，是 Skype 一對一。業務的路徑？',
  // A caller out by a landline verb, said again with their department; the call then made one between two people.
  landlineZh: '全部都在 Online，有 ER。倉庫的理貨主管在辦公室撥市話給廠商，路徑？',
};

type Then = { perspective: Perspective } | { changed: PartialScenario };
const CASES: [Locale, keyof typeof OPENINGS, string[], Then][] = [
  // A role met in the opening, asked of.
  ['en', 'rolesEn', ['what about the doctor?'], { perspective: 'peer' }],
  ['en', 'rolesEn', ['and for the doctor herself?'], { perspective: 'peer' }],
  ['zh-TW', 'rolesZh', ['那督導那邊呢？'], { perspective: 'peer' }],
  ['zh-TW', 'rolesZh', ['督導呢？'], { perspective: 'peer' }],
  ['zh-TW', 'titlesZh', ['護理師呢？'], { perspective: 'peer' }],
  ['zh-TW', 'titlesZh', ['護理師呢？', '王醫師呢？'], { perspective: 'user' }],
  // Session 57's conversations: 「<title>的呢？」, 「<title>那邊呢」 were no question of call flows.
  ['zh-TW', 'apartZh', ['組長的呢？'], { perspective: 'peer' }],
  ['zh-TW', 'apartZh', ['那組長那邊呢'], { perspective: 'peer' }],
  ['zh-TW', 'landlineZh', ['那他跟也在辦公室的同事用 Skype 一對一通話呢？', '理貨主管那邊呢'], { perspective: 'user' }],
  // "The other one" after a what-if that moved one of the two: the one it did not move.
  ['en', 'rolesEn', ['what if the doctor were in the hospital office?', 'and the other nurse?'], { perspective: 'user' }],
  ['en', 'writerEn', ['what if Sarah were at home?', 'and the other one?'], { perspective: 'user' }],
  ['zh-TW', 'rolesZh', ['如果督導也進門市了？', '另一位呢？'], { perspective: 'user' }],
  ['zh-TW', 'namesZh', ['那如果 Amy 人在家呢？', '還在公司那位呢？'], { perspective: 'user' }],
  ['zh-TW', 'namesZh', ['如果 Kevin 在咖啡廳呢', '還在公司那位呢？'], { perspective: 'peer' }],
  ['zh-TW', 'namesZh', ['如果 Kevin 在咖啡廳呢', '另一個呢'], { perspective: 'peer' }],
  ['en', 'writerEn', ['and the other one?'], { perspective: 'peer' }],
  // A what-if of a role or a name met before: that person's fact.
  ['en', 'rolesEn', ['what if the doctor were in the hospital office?'], { changed: { peer: 'customerNetwork' } }],
  ['zh-TW', 'rolesZh', ['如果督導也進門市了？'], { changed: { peer: 'customerNetwork' } }],
  ['zh-TW', 'namesZh', ['如果 Kevin 在咖啡廳呢'], { changed: { location: 'internet' } }],
  ['zh-TW', 'namesZh', ['那如果 Amy 人在家呢？'], { changed: { peer: 'internet' } }],
];

describe.each(CASES)('%s: after %s, %j', (locale, opening, texts, then) => {
  it(JSON.stringify(then), async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(OPENINGS[opening]);
    expect(kindOf(card, locale)).toBe('answer');
    let replies = await conversation.say(texts[0]);
    const before = (await conversation.session()).scenario;
    for (const text of texts.slice(1)) replies = await conversation.say(text);
    const session = await conversation.session();
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.whichParty'));
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    if ('perspective' in then) {
      expect(session.perspective).toBe(then.perspective);
      expect(session.scenario).toEqual(before);
    } else {
      const start = startConversation({ recognizer, locale });
      await start.say(OPENINGS[opening]);
      expect(session.scenario).toEqual({ ...(await start.session()).scenario, ...then.changed });
    }
  });
});

// The person whose paths the opening asks for is the user: "she" answering the question back is them, and a name met
// after, said to be the other one, is the other party, the only one left ("and Mei?" may be someone else:
// callee-named.test.ts).
const ASKED_FOR: [Locale, string[], PartialScenario][] = [
  ['en', ['We are hybrid. Two paralegals in our office on a 1:1 call; signaling path for Nadia?', "she's homed on the on-prem pool", "And Omar, the other paralegal? He's homed Online."], { homing: 'onPremises', peerHoming: 'online' }],
  ['en', ['Hybrid deployment, two engineers both in the office on a P2P call. What is the media path for Lena?', 'Lena is on-prem', 'Marco, the other engineer, is homed Online'], { homing: 'onPremises', peerHoming: 'online' }],
  ['zh-TW', ['我們是混合部署，兩位助理都在辦公室一對一通話，小芳的訊號怎麼走？', '小芳在地端', '另一位 Omar 是 Online 的'], { homing: 'onPremises', peerHoming: 'online' }],
];

describe.each(ASKED_FOR)('%s: %j', (locale, texts, homings) => {
  it(`applies ${JSON.stringify(homings)}`, async () => {
    const conversation = startConversation({ recognizer, locale });
    let replies = await conversation.say(texts[0]);
    for (const text of texts.slice(1)) replies = await conversation.say(text);
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.whichParty'));
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject(homings);
  });
});

// Near miss: a place opening a clause of a two-person opening (「倉庫在工業區」) is no other party.
it('a place opening a clause is no one of the call', async () => {
  const conversation = startConversation({ recognizer, locale: 'zh-TW' });
  await conversation.say('全部都在 Online，有 ER。倉庫在工業區（公司網路），業務人在那裡，正在 Skype 一對一通話。業務的路徑？');
  expect(Object.keys((await conversation.session()).people ?? {})).not.toContain('倉庫');
});
