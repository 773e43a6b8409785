// "A 在總部，B 在家，兩人 P2P。我在 A 這邊 capture 到 RTP …": the writer said to be at someone's end (我在 X 這邊/那端)
// watches the call from there, so X is the one asked about. Before, a letter after 在 was no person and the writer's end
// went unread: the first one named was taken by default, and "我在 B 那端" gave A's place (a wrong answer).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const CALL = '純 Online。A 在總部，B 在家，兩人 P2P。';
const NAMED = '純 Online。小王在總部，小李在家，兩人 P2P。';

describe("'我在 X 這邊' is X's end of the call", () => {
  it.each([
    [`${CALL}我在 A 這邊抓封包，media 走哪？`, 'customerNetwork', 'internet'],
    [`${CALL}我在 B 那端抓封包，media 走哪？`, 'internet', 'customerNetwork'],
    [`${CALL}我人在 B 那端抓封包，media 走哪？`, 'internet', 'customerNetwork'],
    [`${NAMED}我人在小李那邊抓封包，media 走哪？`, 'internet', 'customerNetwork'],
    [`${NAMED}我在小王這邊錄到封包，media 走哪？`, 'customerNetwork', 'internet'],
    // The dev question: the letter is said again after the writer's end ("跟 B 連"), and a firewall blocks direct.
    ['環境：SfB Online only，有 ER。A 在總部（內網），B 在家（外網），兩人 P2P 語音。我在 A 這邊 capture 到 RTP 往 ER 送到微軟的 Edge，而不是直接跟 B 連，這樣正常嗎？我們防火牆是擋 client 對 client 直連的。', 'customerNetwork', 'internet'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });

  // Near misses: someone else at an end is not the writer, and the writer beside someone says no end.
  it.each([
    [`${CALL}Tom 在 B 那端抓封包，media 走哪？`],
    [`${CALL}我跟 B 在同一邊，media 走哪？`],
  ])('%s: not read as B asked about', (text) => {
    expect(slots(text).location).not.toBe('internet');
  });

  it('an English writer at one end is not read as the other end', () => {
    const got = slots("Online only. Ana is at HQ, Bo is at home, they're on a P2P call. I'm capturing on Bo's end: where does media go?");
    expect(got.location).not.toBe('customerNetwork');
  });
});
