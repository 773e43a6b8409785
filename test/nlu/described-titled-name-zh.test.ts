// The one called described before 的 and then named by a title and a name: 「打給正在高鐵上用手機 4G 的主管 Andy」
// (og1zh-36). After a description and 的 the title is the one described, not someone's relation ("Kevin 的主管
// Andy", "Jorge's boss Frank"): the English reading of a Latin name after a title had taken 的 for a possessive
// whenever the description held a network ("用手機 4G"), and the peer's place was dropped and asked.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const DESCRIPTIONS: readonly (readonly [string, string])[] = [
  ['正在高鐵上用手機 4G 的', 'internet'],
  ['在家用家裡網路的', 'internet'],
  ['在飯店用飯店 Wi-Fi 的', 'internet'],
  ['在分公司接公司內網的', 'customerNetwork'],
];
const NAMED = ['主管 Andy', '經理 Ken', '同事 Amy'];

describe('a titled name after a description with a network', () => {
  it.each(DESCRIPTIONS.flatMap(([description, peer]) => NAMED.map((named) => [`全公司 SfB Online，我在${peer === 'internet' ? '公司內網' : '家沒連 VPN'}，打給${description}${named}，一對一。我這端的 signaling/media？`, peer] as const)))(
    '%s -> peer %s',
    (text, peer) => {
      expect(slots(text)).toMatchObject({ peer, callType: 'peerToPeer', deployment: 'online', location: peer === 'internet' ? 'customerNetwork' : 'internet' });
    },
  );
});

describe('near misses: someone\'s relation is still someone else', () => {
  it('reads no peer from a place said of someone\'s manager beside a call to another', () => {
    expect(slots('全公司 SfB Online，Kevin 的主管 Andy 在家。我在公司打給 Amy，一對一，走哪？')).not.toHaveProperty('peer');
    expect(slots("All Online. Kevin's boss Andy is at home. I'm in the office calling Amy, 1:1, path?")).not.toHaveProperty('peer');
  });

  it('still reads the one called through their relation', () => {
    expect(slots("All Online. I'm in the office calling Jorge's boss Frank, who is at home, 1:1. Path?")).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});
