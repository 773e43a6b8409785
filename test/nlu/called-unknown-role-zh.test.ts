// A role word the lexicon does not know, right after a call word ("我打給調度", "撥給櫃台", "跟港務辦公室的調度（在公司
// 內網）通話"), was cut into single characters and was nobody: where it was said to be went to the writer, and the
// writer's place could go to it (a dev question answered wrongly after asking). Called and then said of (before it
// with 的, in an aside right after it, or by the same word again), it is the one called. Called with nothing said of
// it ("打給病人", "打電話給銀行"), it may be anyone outside on a phone: read as before.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('an unknown role word called, with where it is', () => {
  it.each([
    ['全部 Online。我在家打給調度，調度在公司。我的媒體走哪？', 'internet', 'customerNetwork'],
    ['全部 Online。我在公司撥給櫃台，櫃台今天在家。我這端走哪？', 'customerNetwork', 'internet'],
    ['全部 Online。我在家打給在公司的場務。我這端的訊號？', 'internet', 'customerNetwork'],
    ['全部 Online。我在總部打給押運（在家，沒連 VPN），我的路徑？', 'customerNetwork', 'internet'],
    ['全部 Online。我在飯店用 Skype 跟倉庫的理貨（在公司內網）一對一通話，我這邊怎麼走？', 'internet', 'customerNetwork'],
    ['全部 Online。我在家打給司儀，司儀在總部，司儀的媒體走哪？', 'customerNetwork', 'internet'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer, callType: 'peerToPeer' });
  });

  // Near misses: someone called with nothing said of them stays unplaced, and neither a pronoun nor the writer's verb
  // after a call word is a person.
  it.each([
    ['雲端連接器。我在公司打給病人，訊號走哪？', { location: 'customerNetwork' }],
    ['雲端連接器。我在公司打電話給銀行，訊號走哪？', { location: 'customerNetwork' }],
  ])('%s', (text, expected) => {
    const read = slots(text);
    expect(read).toMatchObject(expected);
    expect(read.peer).toBeUndefined();
    expect(read.callType).not.toBe('peerToPeer');
  });
});
