// Questions about these call flows that name no fact got "that doesn't look like a question about call flows" (the
// blind judge of convs8: "skype call path for us?" as a first message, "and for sarah?" and 「那對方呢？」 after a
// peer-to-peer answer, "is this still how it works today? he said something about teams"). A first message asking
// for a call's path starts the questions; asking about the other person of the call on screen shows that answer with
// their paths first; asking whether it still works so today gets what has changed since the article.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, MEETING_ANSWERED, startConversation } from './harness';
import { kindOf, pathsOf, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

describe.each([
  ['en', 'skype call path for us?'],
  ['en', 'what is the call flow for our skype meetings?'],
  ['en', 'how do our skype calls get routed?'],
  ['zh-TW', '我們的 Skype 通話路徑？'],
  ['zh-TW', 'Skype 會議的流量怎麼走？'],
] as const)('%s first message: %s', (locale: Locale, text) => {
  it('starts the questions: what kind of call', async () => {
    const conversation = startConversation({ recognizer, locale });
    const replies = await conversation.say(text);
    expect(saidIn(replies)).not.toContain(t(locale, 'cli.outOfScope'));
    expect(kindOf(replies.at(-1)!, locale)).toBe('question');
  });
});

describe.each([
  ['en', 'what is the path to the admin center?'],
  ['en', 'how do I reset the call park PIN?'],
  ['zh-TW', '管理中心的路徑在哪？'],
] as const)('%s near miss, first message: %s', (locale: Locale, text) => {
  it('is not a question about a call: no questions started', async () => {
    const conversation = startConversation({ recognizer, locale });
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).not.toBe('question');
  });
});

const P2P: Record<Locale, string> = {
  en: "1:1 call, me and Sarah, all online. I'm in the office, she's working from home. which paths?",
  'zh-TW': '全部都是線上，我在公司跟小美一對一通話，她在家，路徑怎麼走？',
};

describe.each([
  ['en', 'and for sarah?'],
  ['en', 'what about Sarah'],
  ['en', 'and for the other party?'],
  ['en', 'and her side?'],
  ['zh-TW', '那對方呢？'],
  ['zh-TW', '小美呢？'],
  ['zh-TW', '那她那邊呢'],
] as const)('%s after a peer-to-peer answer: %s', (locale: Locale, text) => {
  it("shows the same answer, the other party's paths first", async () => {
    const conversation = startConversation({ recognizer, locale });
    const [answer] = await conversation.say(P2P[locale]);
    expect(kindOf(answer, locale)).toBe('answer');
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    const card = replies.at(-1)!;
    expect(saidIn(replies)).not.toContain(t(locale, 'cli.outOfScope'));
    expect(kindOf(card, locale)).toBe('answer');
    expect(pathsOf(card, 'signaling')[0]).toMatch(new RegExp(`^${t(locale, 'parties.peer')}`));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

describe.each([
  ['en', 'and for sarah at the hotel?'],
  ['zh-TW', '那對方在飯店呢？'],
] as const)('%s near miss, a fact said with the other party: %s', (locale: Locale, text) => {
  it('is a what-if of theirs', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(P2P[locale]);
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario.peer).toBe('internet');
  });
});

describe.each([
  ['en', 'is this still how it works today? he said something about teams'],
  ['en', 'does it still work like this now that we are on Teams?'],
  ['zh-TW', '現在還是這樣運作嗎？我們已經改用 Teams 了'],
  ['zh-TW', '這些到今天還適用嗎'],
] as const)('%s after an answer: %s', (locale: Locale, text) => {
  it('gets what has changed since the article, nothing changed', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'sinceArticle.title'));
    expect(said).not.toContain(t(locale, 'cli.outOfScope'));
    expect(await conversation.session()).toEqual(before);
  });
});

describe.each([
  ['en', 'is this still how it works when she is at home?'],
  ['zh-TW', '如果她在家，還是這樣嗎？'],
] as const)('%s near miss after an answer: %s', (locale: Locale, text) => {
  it('is a question about the call, not about today', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(P2P[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'sinceArticle.title'));
  });
});

it('keeps a question on screen after "and for sarah?" asked before any answer', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  const [question] = await conversation.say('1:1 call, me and Sarah, all online');
  const replies = await conversation.say('and for sarah?');
  expect(questionOf(replies.at(-1)!).slot).toBe(questionOf(question).slot);
});

describe.each([
  ['en', 'and for sarah?', 'and for me?'],
  ['zh-TW', '那對方呢？', '那我呢？'],
] as const)('%s: %s, then %s', (locale: Locale, peer, writer) => {
  it("shows the writer's paths first again", async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(P2P[locale]);
    await conversation.say(peer);
    const card = (await conversation.say(writer)).at(-1)!;
    expect(pathsOf(card, 'signaling')[0]).toMatch(new RegExp(`^${t(locale, 'parties.user')}`));
  });
});

describe.each([
  ['en', 'and for Bob?'],
  ['zh-TW', '那阿明呢？'],
] as const)('%s near miss, someone never named: %s', (locale: Locale, text) => {
  it('is not taken for the other party', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(P2P[locale]);
    const replies = await conversation.say(text);
    const card = replies.at(-1)!;
    expect(kindOf(card, locale) === 'answer' && pathsOf(card, 'signaling')[0].startsWith(t(locale, 'parties.peer'))).toBe(false);
  });
});

describe.each([
  ["im in the office, she's wfh"],
  ["i'm in the office, she's wfh"],
])('the question asked first, then "1:1, me and Sarah. all online", then %s', (places) => {
  it('places the writer in the office and Sarah at home', async () => {
    const conversation = startConversation({ recognizer, locale: 'en' });
    await conversation.say('skype call path for us?');
    await conversation.say('1:1, me and Sarah. all online');
    const [card] = await conversation.say(places);
    expect(kindOf(card, 'en')).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

describe.each([
  ['en', 'and for sarah?', "why does my audio go up to the cloud at all if we're just talking to each other", 'why does her audio go up to the cloud?'],
] as const)('%s: the why after %s', (locale: Locale, peer, mine, hers) => {
  const whyOf = async (why: string) => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(P2P[locale]);
    await conversation.say(peer);
    return saidIn(await conversation.say(why));
  };

  it("gives the writer's reasons when they ask about their own paths", async () => {
    expect(await whyOf(mine)).not.toMatch(/The client is on the Internet/);
  });

  it("near miss: gives the other party's when asked of them", async () => {
    expect(await whyOf(hers)).toMatch(/The client is on the Internet/);
  });
});

// "So it doesn't matter who organizes it?" after a broadcast's answer (the blind judge of convs10, c10-16 t4: "out of
// scope"): for the attendees it does not, the stream takes the Internet; the broadcast is explained. After a
// meeting's answer the organizer decides where it is hosted: why the organizer matters.
const BROADCAST: Record<Locale, string> = {
  en: 'Skype Meeting Broadcast, all Online, everyone watches from the office: does it use ER?',
  'zh-TW': '下週全員大會用 Skype 會議廣播，我們全部是 Online，大家都在辦公室看，會走 ER 嗎？',
};

describe.each([
  ['en', "so it doesn't matter who organizes it?"],
  ['en', 'does it even matter who runs the broadcast?'],
  ['zh-TW', '所以主辦單位是誰都沒差？'],
  ['zh-TW', '那誰主辦的有差嗎'],
] as const)('%s after a broadcast answer: %s', (locale: Locale, text) => {
  it('explains the broadcast, nothing changed', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(BROADCAST[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'terms.broadcast.title'));
    expect(said).not.toContain(t(locale, 'cli.outOfScope'));
    expect((await conversation.session()).scenario).toEqual(before.scenario);
  });
});

describe.each([
  ['en', "so it doesn't matter who organizes it?"],
  ['zh-TW', '所以主辦單位是誰都沒差？'],
] as const)('%s after a meeting answer: %s', (locale: Locale, text) => {
  it('explains why the organizer matters', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEETING_ANSWERED[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'terms.organizer.title'));
  });
});
