// The second of a pair said with a title and a name ("我跟會計小芬都是 on-prem 帳號"): title and name are one
// person, so what 都 says is said of the writer and that person, not of the named one alone.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a pair whose second is a title and a name', () => {
  it.each([
    ['我們是 hybrid，我跟會計小芬都是 on-prem 帳號，都在公司網路，我打給她，我的訊號走哪？'],
    ['我们是 hybrid，我和会计小芬都是 on-prem 账号，都在公司网络，我打给她，我的信令走哪？'],
    ['We are hybrid. Me and our storekeeper Dana are both homed on-prem, both on the office LAN. I call Dana, where does my signaling go?'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', peerHoming: 'onPremises', location: 'customerNetwork', peer: 'customerNetwork' });
  });
});
