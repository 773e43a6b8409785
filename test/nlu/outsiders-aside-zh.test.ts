// "合作夥伴公司（同盟，他們也是 Online 使用者）的人": an aside right after another organization, in which "they" are
// said to be users of something, is about that organization's people, whom the words after the aside name. Read as
// two people (the pronoun with its "使用者", and "的人"), the other party was two and nobody: asked back. Now one
// other party, federated. English said so already ("at Contoso (federated; they are Skype Online users too)").
// Near misses: an aside saying where they are still places them; so does a pronoun's aside after one of ours.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const peer = (text: string) => recognizer.recognize(text).slots.peer;

describe('a pronoun in an aside after another organization is its people, the one other party', () => {
  it.each([
    ['我們全 Online，我在辦公室跟合作夥伴公司（他們也是 Online 使用者）的人一對一通話，路徑怎麼走？'],
    ['全 Online。在公司跟同盟廠商（他們也是 SfB Online 使用者）的工程師 P2P，會走 ER 嗎？'],
    ['明年全部搬到 Online 以後，我們在辦公室跟夥伴公司（同盟，她們都是線上使用者）的窗口一對一，路徑會怎麼走？'],
    ['混合部署，我帳號在地端，在公司跟夥伴公司（有同盟，他們是地端使用者）的窗口一對一通話，路徑？'],
    ["We're all Online. From the office I call an engineer at our partner company (federated, they are Online users too) 1:1. Which path?"],
    ["SfB Online here. At my desk I Skype a buyer at Contoso (federated; they are Skype Online users too). Does it use ER?"],
  ])('%s', (text) => {
    expect(peer(text)).toBe('federated');
  });

  it.each([
    ['我們全 Online，我在公司跟客戶（他們在外面跑）的採購一對一，路徑？', 'internet'],
    ['我們全 Online，我在公司跟同事（他在家）一對一，路徑？', 'internet'],
  ])('near miss: %s', (text, place) => {
    expect(peer(text)).toBe(place);
  });
});
