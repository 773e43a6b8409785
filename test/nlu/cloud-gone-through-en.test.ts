// Round 48's blind English: an on-prem writer asking whether the call leaves through the Microsoft cloud was given a
// homing in the cloud, a wrong answer. The cloud a call goes through, asked with a
// verb of going, is where traffic goes, like the Internet it goes out on ("does it go out on the internet?").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the cloud gone through is no one’s homing', () => {
  it.each(['go out through the Microsoft cloud', 'go through the cloud', "go via Microsoft's cloud", 'go out over the Microsoft cloud'])('does the call %s?', (way) => {
    expect(slots(`Hybrid, my account is on our own on-prem servers. When I ring a client's fixed line from my office desk, does the call ${way}?`)).toMatchObject({
      deployment: 'hybrid',
      callType: 'pstn',
      location: 'customerNetwork',
      homing: 'onPremises',
    });
  });

  it('a homing said in the cloud still counts', () => {
    expect(slots("Hybrid. My account was moved to the cloud. When I ring a client's fixed line from my office desk, does the call go over ExpressRoute?")).toMatchObject({ homing: 'online' });
  });
});
