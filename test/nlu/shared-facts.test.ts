// A fact said once for two people, or for a team and so for its member: "both the duty nurse and I are in the ward
// office" places both (the pair after "both", past words that describe the first); 「兩個隊員都在…」 is both (隊員 a
// person word); "Tomasz is in dispatch" after "the whole dispatch team moved Online" homes him with his team, as
// 「維修組的阿忠」 after 「整個維修組都搬到 Online」 does, and a team none of the people is in, or a site that went
// Online ("head office went Online"), homes nobody.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a place said once for both', () => {
  it.each([
    ['Online only. Both the duty nurse and I are in the ward office, I Skype her. Media path?'],
    ['We are on SfB Online. Both the night supervisor and me are at the depot on the LAN, I call him from Skype, which way does signaling go?'],
  ])('%s places both people', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' });
  });

  it.each([
    ['我們是 Online，兩個隊員都在隊部內網用 Skype 互打，訊號走哪？'],
    ['我們全部在 Online，兩個站員都在站長室的公司網路，用 Skype 互打，媒體怎麼走？'],
  ])('%s places both people', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

describe('a team\'s homing is its member\'s', () => {
  it('reads a member said by a copula after the name', () => {
    expect(slots('We run hybrid. The whole dispatch team moved Online last spring, the reception stays onprem. Tomasz is in dispatch; he is on our LAN and calls Dana at reception (LAN too) on Skype. Signaling path for Tomasz?')).toMatchObject({
      deployment: 'hybrid',
      homing: 'online',
      location: 'customerNetwork',
      callType: 'peerToPeer',
    });
  });

  it('reads a Chinese team named whole and its members named by it', () => {
    expect(slots('我們是 Hybrid：整個維修組都搬到 Online 了，倉管組還在地端。維修組的阿忠在廠區內網用 Skype 打給倉管組的小美（她也在內網），阿忠的訊號怎麼走？')).toMatchObject({
      deployment: 'hybrid',
      homing: 'online',
      peerHoming: 'onPremises',
      location: 'customerNetwork',
      callType: 'peerToPeer',
    });
  });

  it('homes nobody by a site that went Online', () => {
    expect(slots('We run hybrid: the plant crew stay on our on-prem pool, head office went Online. Two plant supervisors, both homed on-prem, both in the plant office on the LAN, call each other on Skype. Paths?')).toMatchObject({
      deployment: 'hybrid',
      homing: 'onPremises',
      peerHoming: 'onPremises',
      location: 'customerNetwork',
      peer: 'customerNetwork',
    });
  });

  it('homes nobody by a team none of the people is in', () => {
    const read = slots('我們是 Hybrid：整個維修組都搬到 Online 了，倉管組還在地端。維修組的阿忠在廠區內網用 Skype 打給品保的小美，阿忠的訊號怎麼走？');
    expect(read).toMatchObject({ deployment: 'hybrid', homing: 'online' });
    expect(read).not.toHaveProperty('peerHoming');
  });
});
