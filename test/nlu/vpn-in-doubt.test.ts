// A VPN the writer is not sure of: guessed in Chinese (「可能有連 VPN 也可能沒有」「也許有掛公司 VPN」), or asked and
// answered with a doubt of its own (「有連 VPN 嗎？我也不確定」, "Am I on the VPN? Not sure."). Whether that client is in
// the company's network is then not known, whatever room is named: the place is asked for (slots.ts doubtedNetworks).
// Round 52's vague questions were answered with the room's network, or with the VPN as if it were on.
// A VPN said plainly stays, and so does one asked about with a path after it: the doubt is then the path's.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots as Record<string, string | undefined>;

describe('a VPN in doubt leaves the place asked', () => {
  it.each([
    '全 Online + ER。我今天在廠商那邊，可能有連 VPN 也可能沒有，等下要打給在公司的主管。我這端怎麼走？',
    '我們 SfB Online。我人在飯店，也許有掛公司 VPN，也許沒有，要打市話給客戶。',
    'CCE 環境。我在客戶端，說不定有連 VPN，要撥客戶的手機，路徑？',
    '全 Online。我在咖啡廳，有連 VPN 嗎？我也不確定。我要打給在辦公室的同事，我的路徑？',
    '在客戶那邊開會，VPN 有開嗎？不知道。全 Online，我打給在公司的經理。',
    "We're SfB Online. I'm at a client site. Am I on the VPN? Not sure. I call a colleague in the office. My path?",
    "SfB Online here. I'm at the hotel. Am I on VPN right now? Honestly not sure. I'm going to call a colleague in the office.",
  ])('%s', (text) => {
    expect(slots(text).location).toBeUndefined();
  });
});

describe('a VPN said plainly, or asked about with a path, stays', () => {
  it.each([
    ['customerNetwork', '全 Online + ER。我在家，有連公司 VPN。打給在辦公室的同事，會走 ER 嗎？'],
    ['customerNetwork', '全 Online + ER。我在家連 VPN，會走 ER 嗎？我不確定。我打給在辦公室的同事。'],
    ['customerNetwork', "We're SfB Online. I'm at home on the VPN, does my media go over ER? Not sure. I call a colleague in the office."],
    ['internet', '全 Online。我在飯店，沒有連 VPN，等一下可能要打給在公司的主管。'],
  ])('%s: %s', (location, text) => {
    expect(slots(text).location).toBe(location);
  });
});
