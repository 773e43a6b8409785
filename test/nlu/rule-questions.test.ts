// A rule asked as a yes or no question, of nobody in particular (round 33's theme): "does a federated call ever go over
// ExpressRoute?", 「會議是不是都在發起人帳號所在的地方託管？」 are answered with the rule's card, never with a question
// back about where "you" are. The same words said of someone (the writer, a named person, a person by title, someone
// placed somewhere) ask about that call; a broadcast's row answers the rule as it answers a case; a question about
// something else (licences) stays out of scope. Inputs written for this test, not taken from the blind sets.
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

const read = (text: string) => {
  const r = recognizer.recognize(text);
  return { intent: r.intent, topic: r.topic && topicId(r.topic) };
};

describe('a rule asked yes or no, of nobody: the rule is explained', () => {
  it.each([
    ['is a meeting always hosted where its organizer is homed?', 'organizer'],
    ['so meetings always follow the organizer?', 'organizer'],
    ['Does a federated call ever go over ExpressRoute?', 'federation'],
    ['does federation always go over the internet, or can it use ER?', 'federation'],
    ['Are federated calls never on ExpressRoute?', 'federation'],
    ['Do Hybrid meetings organized by an on-prem user always stay on the on-prem pool?', 'hybrid'],
    ["Does an Online user's signaling always go to the cloud, even in a hybrid deployment?", 'homing'],
    ['會議是不是都在發起人帳號所在的地方託管？', 'organizer'],
    ['同盟通話會不會走 ExpressRoute？', 'federation'],
    ['跟同盟公司的通話一定走網際網路嗎？', 'federation'],
    ['混合式部署裡，地端使用者開的會議是不是都留在地端 pool？', 'hybrid'],
  ])('%s', (text, topic) => {
    expect(read(text)).toEqual({ intent: 'explain', topic });
  });
});

describe('the same words said of someone: a question about that call', () => {
  it.each([
    "does my call always go over ER when I'm at home?",
    "Does the CFO's meeting always stay on-prem?",
    'Does Ana\'s federated call ever go over ExpressRoute?',
    'is the meeting my boss organized always hosted on-prem?',
    '我在家的時候會議是不是都走網際網路？',
    'Ana 跟同盟公司的通話會不會走 ExpressRoute？',
    '主管開的會議是不是都在地端？',
  ])('%s', (text) => {
    expect(read(text).intent).toBe('ask');
  });
});

describe('neither a rule of someone else nor a rule at all', () => {
  it('a broadcast: its row answers the rule as a case', () => {
    expect(read('For a broadcast, does the stream to attendees ever use expressroute?').intent).toBe('ask');
  });
  it('no word of every time: a case, asked back', () => {
    expect(read('Does a conference go over ExpressRoute?').intent).toBe('ask');
  });
  it.each([
    '如果要用 Cloud Connector Edition 打 PSTN，每個使用者要買什麼授權？一定要 E5 嗎？',
    "any outage in microsoft 365 today? my emails aren't going out",
  ])('something else asked: %s', (text) => {
    expect(read(text).intent).toBe('none');
  });
});

describe('"i.e." is no writer', () => {
  it('the rule restated after "i.e." still names nobody', () => {
    const r = recognizer.recognize("Do meetings stay on the on-prem pool? i.e. if an on-prem user schedules it, is the conference always on our servers?");
    expect(r.intent).toBe('explain');
  });
});

describe('what a term is, asked as "is it just ...": 「是不是就是」', () => {
  it.each([
    ['CCE 是不是就是放在我們機房的伺服器？', 'cloudConnector'],
    ['混合式部署是不是就是一半的人在雲端、一半在地端？', 'hybrid'],
  ])('%s', (text, topic) => {
    expect(read(text)).toEqual({ intent: 'explain', topic });
  });
  it('said of someone, a question about them: 「Ana 是不是就是在地端 pool 的那位？她在家打給我」', () => {
    expect(read('Ana 是不是就是在地端 pool 的那位？她在家打給我，媒體走哪？').intent).toBe('ask');
  });
});

// Round 34 (dev31 en50-61, zh50-61): why a rule holds, asked of nobody, even when the rule is not the article's
// ("why would federated calls never use ExpressRoute?": in an Online deployment they do) gets the rule's card, which
// says what the article says. Who told the writer, or the writer asking, is in no call. The principles asked as a whole
// are the principles. Inputs written for this test.
describe('why a rule holds, asked of nobody: the rule is explained', () => {
  it.each([
    ["Why would federated calls never use ExpressRoute? My manager claimed that and I'd like the reasoning.", 'federation'],
    ['Why do federated calls always go over the Internet? A colleague told me so.', 'federation'],
    ['how come meetings always follow the organizer? I want to understand it.', 'organizer'],
    ['為什麼同盟通話永遠不走 ExpressRoute？我主管說的，我想知道原因。', 'federation'],
    ['為什麼會議一定在召集人那邊託管？', 'organizer'],
    ['walk me through the principles', 'principles'],
    ['summarize the rules for when ExpressRoute is used', 'principles'],
    ['整理一下原則', 'principles'],
    ['什麼時候會走 ExpressRoute，規則幫我總結', 'principles'],
  ])('%s', (text, topic) => {
    expect(read(text)).toEqual({ intent: 'explain', topic });
  });
});

describe('a why about a call someone made, or the rules of a call told in full: that call', () => {
  it.each([
    "I'm at home, homed online. Why does my media never use ExpressRoute?",
    "We're Online and I'm in the office calling a federated partner. Why would that call never use ExpressRoute?",
    'Why does media go over ExpressRoute when I join from the office? We\'re Online.',
    "what are the rules for my call from home? I'm homed online, we're hybrid, calling a colleague in the office",
    '我在公司跟同盟公司通話，為什麼永遠不走 ExpressRoute？我們是 Online。',
    '我在家，線上使用者，為什麼我的會議媒體一定走網際網路？',
  ])('%s', (text) => {
    expect(read(text).intent).toBe('ask');
  });
});
