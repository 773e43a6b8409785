// 「發話端在公司，受話端在家 … P2P 通話發話端的媒體？」 gave neither place: 發話端 and 受話端 (the calling and the
// answering end) were no words for the call's two sides, and 「通話受話端的媒體」 read the 受話端 right after 通話 as
// someone new being called, not the 受話端 described. Each side's place goes to the asked person (location) or the
// other party (peer) by which side the question asks about; the caller when it names none. English said it already
// ("caller side", "the called party"); these hold it.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('words for the calling and the answering side', () => {
  it.each([
    ['混合式，發話端在公司，受話端在家，兩個帳號都在地端，P2P 通話發話端的媒體？', 'customerNetwork', 'internet'],
    ['混合式，發話端在公司，受話端在家，兩個帳號都在地端，P2P 通話受話端的媒體？', 'internet', 'customerNetwork'],
    ['混合式，撥號方在家，被叫端在公司，兩邊都在地端，一對一通話，被叫端的訊號跟媒體怎麼走？', 'customerNetwork', 'internet'],
    ['混合式，主叫方在家，接聽端在公司，兩邊都在地端，點對點通話，主叫方的媒體？', 'internet', 'customerNetwork'],
    ['純 Online，撥出方在公司，接聽方在家，點對點，接聽方的媒體走哪？', 'internet', 'customerNetwork'],
    ['純 Online，來電者在家，被叫方在公司，P2P，被叫方的訊號和媒體？', 'customerNetwork', 'internet'],
    ['Hybrid, caller side at home, callee side in the office, both on-prem, P2P call. Media for the callee side?', 'customerNetwork', 'internet'],
    ['Online only. The calling party is in the office and the called party is at home, P2P; the called party\'s media?', 'internet', 'customerNetwork'],
    ['Online only. The calling party is at home and the called party is in the office, P2P; the calling party\'s signaling?', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });

  // Near misses: with no side asked about, the user is the caller; 通話 before the one called by name is still a call.
  it.each([
    ['混合式，發話端在公司，受話端在家，兩個帳號都在地端，P2P 通話的媒體？', 'customerNetwork', 'internet'],
    ['Hybrid, both on-prem. I\'m at home calling a colleague in the office. Caller side signaling and media?', 'internet', 'customerNetwork'],
    ['純 Online，我在家，跟在公司的同事通話，媒體走哪？', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });
});
