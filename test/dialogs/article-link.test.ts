// "Link pls", "send me the link to that example", 「這個範例的連結？」: the outside try (convs5) got "not understood",
// "out of scope" or the answer again. The answer on screen gets its links into the article in the reader's
// language: where it comes from, and each example flow at its anchor (the heading's where the article uses the
// anchor twice, the article's own anchor said beside it); with no answer, the article itself, and the question on
// screen stays. Nothing of the session changes. A network link ("the ER link is down") is no request for one.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { linkRequest } from '../../dialogs/followUpWords';
import { ANSWERED, QUESTION, startConversation } from './harness';
import { allText, kindOf, questionOf } from './cardReading';

const recognizer = createRecognizer();
const ARTICLE: Record<Locale, string> = {
  en: 'https://learn.microsoft.com/en-us/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute',
  'zh-TW': 'https://learn.microsoft.com/zh-tw/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute',
};
/** An on-premises organizer's conference joined from the office: the example whose anchor the article uses twice. */
const HYBRID_CONFERENCE: Record<Locale, string> = {
  en: 'Hybrid, I am homed on-premises and join a meeting organized by an on-premises user, from the office. Which paths?',
  'zh-TW': '混合式部署，我位於內部部署，在辦公室加入內部部署使用者召集的會議，路徑怎麼走？',
};

describe.each([
  ['en', 'link pls'],
  ['en', 'can you send me the link to that example?'],
  ['en', 'link to the article?'],
  ['en', 'where can I read this in the docs? url please'],
  ['zh-TW', '給我連結'],
  ['zh-TW', '這個範例的連結？'],
  ['zh-TW', '可以給我文章的網址嗎'],
  // The article itself asked for, no "link" said (convs18's blind judge: "not understood").
  ['en', 'send me the article'],
  ['en', 'can you share the doc please'],
  ['zh-TW', '把文章傳給我'],
  ['zh-TW', '給我原文'],
] as const)('%s: %s after an answer', (locale, text) => {
  it('gives the answer source and example links, and changes nothing', async () => {
    const conversation = startConversation({ recognizer, locale });
    expect(kindOf((await conversation.say(ANSWERED[locale]))[0], locale)).toBe('answer');
    const before = await conversation.session();
    const replies = await conversation.say(text);
    expect(replies).toHaveLength(1);
    const said = allText(replies[0]);
    expect(said).toContain(t(locale, 'links.title'));
    // Online table, row 7, and its example (the Online conference, linkable at bk_Figure3).
    expect(said).toContain(`${ARTICLE[locale]}#bk_Figure3`);
    expect(said).toContain(`${ARTICLE[locale]}#call-flows-for-skype-for-business-online`);
    expect(await conversation.session()).toEqual(before);
  });
});

it.each(['en', 'zh-TW'] as const)('%s: an example whose anchor the article uses twice is linked by its heading, its anchor said', async (locale) => {
  const conversation = startConversation({ recognizer, locale });
  expect(kindOf((await conversation.say(HYBRID_CONFERENCE[locale]))[0], locale)).toBe('answer');
  const [card] = await conversation.say(locale === 'en' ? 'send me the link' : '給我範例的連結');
  const said = allText(card);
  expect(said).toContain(`${ARTICLE[locale]}#joining-a-conference-hosted-by-on-premises-user-in-hybrid-deployment`);
  expect(said).toContain('bk_Figure3');
  expect(said).not.toContain('#bk_Figure3');
});

it.each(['en', 'zh-TW'] as const)('%s: with a question on screen, the article, and the question again', async (locale) => {
  const conversation = startConversation({ recognizer, locale });
  const [question] = await conversation.say(QUESTION[locale]);
  const replies = await conversation.say(locale === 'en' ? 'link?' : '文章連結？');
  expect(allText(replies[0])).toContain(ARTICLE[locale]);
  expect(questionOf(replies.at(-1)!).slot).toBe(questionOf(question).slot);
});

// convs5: 「給我上一個（主管在地端那個）的連結」 after a what-if: the answer before it, not the one on screen.
it.each([
  ['en', 'what if the organizer is an Online user?', 'can I have the link for the previous one?'],
  ['zh-TW', '那如果召集人是線上的使用者呢？', '給我上一個的連結'],
  // The earlier answer described by its facts (read as facts of the call).
  ['en', 'what if the organizer is an Online user?', 'link for the previous one please, the one where the organizer was on-prem'],
  ['zh-TW', '那如果召集人是線上的使用者呢？', '給我上一個（主管在地端那個）的連結'],
] as const)('%s: the links of the answer before the what-if', async (locale, whatIf, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(HYBRID_CONFERENCE[locale]);
  expect((await conversation.session()).scenario.organizer).toBe('onPremises');
  await conversation.say(whatIf);
  const before = await conversation.session();
  expect(before.scenario.organizer).toBe('online');
  const said = allText((await conversation.say(text))[0]);
  expect(said).toContain(`${ARTICLE[locale]}#joining-a-conference-hosted-by-on-premises-user-in-hybrid-deployment`);
  expect(said).not.toContain(`${ARTICLE[locale]}#bk_Figure3`);
  expect(await conversation.session()).toEqual(before);
});

it.each([
  ['en', 'link to the previous answer?'],
  ['zh-TW', '上一個答案的連結'],
] as const)('%s: no answer before this one, %s gives this one', async (locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(ANSWERED[locale]);
  expect(allText((await conversation.say(text))[0])).toContain(`${ARTICLE[locale]}#bk_Figure3`);
});

describe('what asks for an earlier answer', () => {
  it.each(['link for the previous one', 'the earlier answer, link pls', '給我上一個的連結', '前一個答案的網址'])('%s', (text) =>
    expect(linkRequest(text)).toBe('earlier'));
  it.each(['link pls', 'send me the link to this example', '這個範例的連結？', '給我連結'])('not %s', (text) => expect(linkRequest(text)).toBe('shown'));
});

describe('what asks for a link', () => {
  it.each([
    'link pls',
    'Link?',
    'send me the link for the broadcast part',
    'can you share the url',
    'got a link for that?',
    '給我連結',
    '這個範例的連結？',
    '給我中文版的文章連結',
    '有文章網址嗎',
    'link',
    'ok thanks, can you give me the link to the hybrid conference example so I can paste it in the ticket for the network team',
  ])('%s', (text) => expect(linkRequest(text)).toBeDefined());
  it.each([
    'what if the ER link is down?',
    'the WAN link between the buildings is congested',
    'our internet link is slow, why does media go over it?',
    'why does the link matter?',
    'is the link between the offices part of our network?',
    'ER 線路的連結斷了怎麼辦',
    '用戶端會連結到線上 Edge 嗎',
    '如果專線連結中斷呢',
    // A fresh writer's hostile set (round 30): a question about federation with a trace pasted after it got the links
    // card. A link traffic is said to travel on is a network link, whatever word comes before it.
    '<@U0A1B2C3D4> *quick q* :thinking_face: does federation w/ Skype consumer go over ExpressRoute?? we see traffic on the wrong link\n```\ntracert sip.contoso.com\n  1    <1 ms    <1 ms    <1 ms  10.0.0.1\n```\n<https://docs.microsoft.com/en-us/skypeforbusiness|the docs> say something but I can\'t read',
    // Pasted card or Block Kit JSON names "url" as a key: many words, no request.
    '{"type": "AdaptiveCard", "body": [{"type": "TextBlock", "text": "Where does media go for PSTN calls?"}, {"type": "Image", "url": "https://example.com/a.png"}], "actions": [{"type": "Action.OpenUrl", "title": "Open", "url": "https://example.com"}]}',
    'media goes over the backup link instead of ER, where do I check?',
    'I clicked on the link in the invite and joined from home, which way does media go?',
    '流量跑在錯的 link 上，要去哪裡查？',
    // A fresh writer's hostile set (hostile10): a link turned down got the links card.
    "also what's the target latency edge to edge. one way. need the number not a link",
    '還有網路邊緣到微軟網路邊緣的延遲目標是多少？單程。我要數字不要連結',
    "just give me the path, I don't need a link",
    // What the article says is asked, not the article.
    'what does the article say about ER?',
    'send me the paths the article gives for a PSTN call from home',
    '文章怎麼說？',
    '給我文章裡的路徑說明',
  ])('not %s', (text) => expect(linkRequest(text)).toBeUndefined());
});
