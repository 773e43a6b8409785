// An aside after a side word naming another organization (「Northwind 那邊（同盟組織、他們也 Online）的窗口」) is about
// whose side it is: it was nobody's, and the federated other party was asked (pl1zh-37). Near misses: the side word
// with no aside says nothing of federation, and English "on Northwind's side (federated)" reads the same.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string, locale: 'en' | 'zh-TW' = 'zh-TW') => recognizer.recognize(text, locale).slots;

describe("an aside after 那邊 naming another organization is that side's", () => {
  it.each([
    '全部 SfB Online。我在 HQ 的會議室，跟 Northwind 那邊（同盟組織、他們也 Online）的窗口一對一，我這邊走哪？',
    '全部 SfB Online。我在總部，跟 Fabrikam 那邊（同盟組織）的工程師 P2P，我這邊走哪？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'federated', callType: 'peerToPeer' });
  });
  it('English: on their side (federated)', () => {
    expect(slots("All SfB Online. I'm in a HQ meeting room, 1:1 with the contact on Northwind's side (federated, also Online). My path?", 'en')).toMatchObject({ location: 'customerNetwork', peer: 'federated' });
  });
});

describe('near misses', () => {
  it('the side word alone says nothing of federation: the other party is asked', () => {
    const read = slots('全部 SfB Online。我在 HQ 的會議室，跟 Northwind 那邊的窗口一對一，我這邊走哪？');
    expect(read).toMatchObject({ location: 'customerNetwork' });
    expect(read.peer).toBeUndefined();
  });
  it('a place in an aside after a side word is not read by this rule: left to be asked', () => {
    const read = slots('全部 SfB Online。我這邊（在家，沒連 VPN）打給在總部的同事，我這邊走哪？');
    expect(read).toMatchObject({ peer: 'customerNetwork' });
    expect(read.location).toBeUndefined();
  });
});
