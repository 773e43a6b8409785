// Which clauses may speak for the call's user: a place said of someone else, alone in their own clause, is theirs.
// Two classes that gave the writer another person's place, and answered when the question should have been asked:
// - 都 after one other person alone ("我同事今天都在辦公室", "財務部的小陳這禮拜都在家"): 都 says all of them, or
//   always, not "both of us"; in a call with no other party (a number dialled, a meeting) it was read as both parties'
//   place and so the writer's. A pair or the writer ("我跟同事都在", "我們都在", "Eric 和我都在") still shares it; so
//   does one who may be the other party of a call between two people, and one the call is about (the caller asked for).
// - The host's place in a clause of their own ("My manager is at HQ today. I'm joining the review she hosts",
//   "處長在總部。我要參加處長主持的會議"): a host has no place in the call, and the place fell to the writer by
//   default. A clause going on to what someone does there ("經理在總部開會，我在家加入") is not this.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('都 after one other person alone is theirs, not the writer\'s', () => {
  it.each([
    ['全 Online。我帳號在線上，我主管今天都在辦公室開會。我等一下要撥客戶的市話，訊號跟媒體怎麼走？', 'pstn'],
    ['我們是 Hybrid，我是地端帳號。財務部的小陳這禮拜都在家，我要用 Skype 打外線給銀行，我這通走哪？', 'pstn'],
    ['混合式部署，我的帳號在 Online。阿凱整個下午都在公司，我要加入主管召集的會議，我的訊號跟媒體？', 'conference'],
    ['全部 Skype Online。隔壁的 Amy 也都在家上班，我要撥手機給廠商，這通會走 ER 嗎？', 'pstn'],
    ["All Online. My teammates are all in the office today. I'm dialling a customer's landline. Which way does my media go?", 'pstn'],
  ])('%s', (text, callType) => {
    const said = slots(text);
    expect(said.callType).toBe(callType);
    expect(said.location).toBeUndefined();
  });
});

describe('near misses: 都 after the writer, a pair, or one the call is about, still says where they are', () => {
  it.each([
    ['全 Online。我們今天都在辦公室，我要撥客戶市話，訊號跟媒體怎麼走？', 'customerNetwork'],
    ['全 Online。我跟同事都在辦公室，我要撥客戶市話，訊號跟媒體怎麼走？', 'customerNetwork'],
    ['全 Online。Eric 和我都在家，我要撥客戶市話，我的路徑？', 'internet'],
    ['全 Online。我人都在公司，我要撥客戶市話，我的路徑？', 'customerNetwork'],
    ['全 Online。我在公司，同事都在辦公室，我要撥客戶市話，訊號跟媒體怎麼走？', 'customerNetwork'],
    ['全 Online。小林都在家，他要撥客戶市話，他的路徑？', 'internet'],
    ['全 Online。小林今天都在家，小林要加入主管開的會，小林的路徑？', 'internet'],
    ["We're all Online. Dana and I are both at HQ today. I'm dialling a customer's landline. My path?", 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });

  it.each([
    ['全 Online。我打給同事，同事都在辦公室，一對一，我這邊走哪？'],
    ['全 Online。我跟同事都在辦公室，Skype 一對一，訊號走哪？'],
  ])('a call between two people: %s', (text) => {
    const said = slots(text);
    expect(said.location).toBe('customerNetwork');
    expect(said.peer).toBe('customerNetwork');
  });
});

describe("the host's place, said in a clause of their own, is nobody's in the call", () => {
  it.each([
    ["Hybrid, I'm homed on-prem. My manager is at HQ today. I'm joining the finance review she hosts. My path?"],
    ["We're all Online. Priya is in the Leeds office. I'll join the stand-up she runs. Which way does my media go?"],
    ["All Online. The CFO is at home this week. I'm joining the budget call he set up. Signaling and media for me?"],
    ['我們 Hybrid，我是地端帳號。處長在總部。我下午要參加處長主持的會議，我的訊號跟媒體？'],
    ['全 Online。經理今天在家。等一下我要加入經理開的會，我這端走哪？'],
  ])('%s', (text) => {
    const said = slots(text);
    expect(said.callType).toBe('conference');
    expect(said.location).toBeUndefined();
  });

  it.each([
    ["Hybrid, I'm homed on-prem. I'm at HQ today. I'm joining the finance review my manager hosts. My path?", 'customerNetwork'],
    ['全 Online。我今天在家。等一下我要加入經理開的會，我這端走哪？', 'internet'],
    ['全 Online。經理在總部開會，我在家加入，我這端走哪？', 'internet'],
    ['本行皆為 Skype Online。同事於分行簡報室（有線網路）參加由本行同事召集的線上會議，路徑為何？', 'customerNetwork'],
  ])('near miss, the writer\'s own place: %s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});
