// A title said as another organization's (「同盟組織的工程師」) is not the one of ours named by the same title before
// (「工程師 Howard」): read as the same person, Howard was the other party too, and his place was lost (zh41-25). Near
// misses: the bare title said again is still ours, another company's that may be on a phone leaves the other party
// asked, and English (which reads titles with articles) is checked to stay as it was.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string, locale: 'en' | 'zh-TW' = 'zh-TW') => recognizer.recognize(text, locale).slots;

describe("another organization's title is someone else", () => {
  it.each([
    '我們全 Online。工程師 Howard 在公司，跟同盟組織的工程師打 Skype 對等通話。Howard 的 signaling 走 ER 嗎？',
    '我們全 Online。研發處工程師 Howard 坐在公司，跟同盟組織（他們也是 Skype Online、人在他們公司網路）的工程師打 Skype 對等通話。Howard 的 signaling 走 ER 嗎？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'federated', callType: 'peerToPeer' });
  });
});

describe('near misses', () => {
  it('the bare title said again is ours, named before', () => {
    expect(slots('我們全 Online。工程師 Howard 在家，打給在總部的同事。工程師的 signaling 走 ER 嗎？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
  it("a customer's engineer may be on a phone: the other party is asked, Howard keeps his place", () => {
    const read = slots('我們全 Online。工程師 Howard 在公司，跟客戶的工程師打 Skype 對等通話。Howard 的 signaling 走 ER 嗎？');
    expect(read).toMatchObject({ location: 'customerNetwork' });
    expect(read.peer).toBeUndefined();
  });
  it('English: the engineer at a federated partner is the other party', () => {
    expect(slots("We're all Online. Howard, an engineer, is in the office and has a P2P call with an engineer at our federated partner. Howard's signaling?", 'en')).toMatchObject({ location: 'customerNetwork', peer: 'federated' });
  });
});
