// A question about one of two people in the office on a Hybrid call ("where does her signaling go?"): once her own
// homing is said, her paths are answered, though the other's homing is not known. The card shows no path of the
// other party and says, in the reader's language, that theirs depend on where they are homed; told that afterwards,
// the other's paths are added.
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import { startConversation } from './harness';
import { allText, kindOf, pathsOf, questionOf } from './cardReading';

const recognizer = createRecognizer();
const SHOW_DIAGRAM: Record<Locale, string> = { en: 'can I see the diagram?', 'zh-TW': '有路徑圖嗎？' };

interface Case {
  question: string;
  ownHoming: string;
  /** Her paths once her homing is said. */
  signaling: 'local' | 'expressRoute';
  otherHoming: string;
}

const CASES: [Locale, Case][] = [
  ['en', { question: "Hybrid with ExpressRoute. Grace rings Ivan over Skype, both at their desks on our LAN. Where does Grace's signaling go?", ownHoming: "she's homed on our on-prem pool", signaling: 'local', otherHoming: 'the other one, Ivan, is homed Online' }],
  ['en', { question: 'Hybrid SfB + ER. Our pharmacist calls the lab tech peer to peer, both on the corporate network in the building. Signaling and media for the pharmacist?', ownHoming: 'she is an Office 365 account', signaling: 'expressRoute', otherHoming: 'the lab tech is on-prem' }],
  ['zh-TW', { question: '混合式部署，有 ExpressRoute。會計小芬在公司內網用 Skype 打給同樣在公司的出納，小芬的訊號走哪裡？', ownHoming: '她的帳號在地端', signaling: 'local', otherHoming: '出納是線上使用者' }],
  ['zh-TW', { question: '我們是混合式，有 ER。主任跟護理師都在院內網路一對一通話，主任的路徑？', ownHoming: '主任是線上帳號', signaling: 'expressRoute', otherHoming: '護理師是地端使用者' }],
  // A title the vocabulary has no word for, who calls and whose traffic is then asked, is the one asked about.
  ['en', { question: "Hybrid deployment with ER. Our luthier Skypes the bookkeeper, both at their desks on the office network. Where does the luthier's signaling go?", ownHoming: "she's on our on-prem pool", signaling: 'local', otherHoming: 'the bookkeeper is homed Online' }],
  ['en', { question: "Hybrid SfB + ExpressRoute. The choreographer calls the stage manager peer to peer, both on our corporate LAN. What about the choreographer's media and signaling?", ownHoming: "he's an Office 365 account", signaling: 'expressRoute', otherHoming: 'the stage manager is on-prem' }],
  ['zh-TW', { question: '混合式部署，有 ExpressRoute。調酒師在店裡辦公室用 Skype 打給店長，兩人都在公司網路。調酒師的訊號怎麼走？', ownHoming: '她的帳號在地端', signaling: 'local', otherHoming: '店長是線上帳號' }],
  ['zh-TW', { question: '我們是混合式，有 ER。總鋪師在廚房辦公室打 Skype 給採購，都在內網，總鋪師的路徑？', ownHoming: '他是線上帳號', signaling: 'expressRoute', otherHoming: '採購是地端使用者' }],
];

describe.each(CASES)('%s: a question about one party of a call in the office', (locale, c) => {
  it("asks her homing, answers her paths without the other's, and says what theirs depend on", async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(c.question);
    expect(kindOf(first, locale)).toBe('question');
    expect(questionOf(first).slot).toBe('homing');
    const [card] = await conversation.say(c.ownHoming);
    expect(kindOf(card, locale)).toBe('answer');
    const signaling = pathsOf(card, 'signaling');
    expect(signaling).toEqual([`${t(locale, 'parties.user')}: ${t(locale, `paths.${c.signaling}`)}`]);
    // No leg of the other party: the media shown is hers alone too.
    expect(pathsOf(card, 'media').every((line) => line.startsWith(`${t(locale, 'parties.user')}:`))).toBe(true);
    expect(allText(card)).toContain(t(locale, 'focus.otherPartyDependsOn', { slots: t(locale, 'slots.peerHoming.label') }));
  });

  it('asked for the diagram, says it waits for what the other party depends on, and draws none', async () => {
    const conversation = startConversation({ recognizer, locale, publicBaseUrl: 'https://advisor.example' });
    await conversation.say(c.question);
    await conversation.say(c.ownHoming);
    const replies = await conversation.say(SHOW_DIAGRAM[locale]);
    expect(allText(replies[0])).toContain(t(locale, 'dialog.diagram.otherPartyUnknown', { slots: t(locale, 'slots.peerHoming.label') }));
    expect(allText(replies[0])).not.toContain(t(locale, 'dialog.diagram.shown'));
    expect(JSON.stringify(replies)).not.toMatch(/\/diagram\//);
  });

  it("adds the other party's paths once their homing is said", async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(c.question);
    await conversation.say(c.ownHoming);
    const [card] = await conversation.say(c.otherHoming);
    expect(kindOf(card, locale)).toBe('answer');
    expect(pathsOf(card, 'signaling').join(' ')).toContain(t(locale, 'parties.peer'));
  });
});

// A question about the call, not one person's side of it, asks about both: the other's homing is still asked.
describe.each([
  ['en', 'Hybrid with ExpressRoute. Grace rings Ivan over Skype, both at their desks on our LAN. Which way does the call go?', "Grace is homed on our on-prem pool"],
  ['zh-TW', '混合式部署，有 ExpressRoute。會計小芬在公司內網用 Skype 打給同樣在公司的出納，這通電話怎麼走？', '小芬的帳號在地端'],
] as [Locale, string, string][])('%s: a question about the whole call', (locale, question, ownHoming) => {
  it("asks the other party's homing too", async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(question);
    const [card] = await conversation.say(ownHoming);
    expect(kindOf(card, locale)).toBe('question');
    expect(questionOf(card).slot).toBe('peerHoming');
  });
});
