// Values the writer offers without knowing which holds ("no idea if she's in or at home", "whether it's Cloud
// Connector or Phone System I can't say", 「不確定她在公司還是在外面」「他有沒有被搬過去我不知道」) are not said: the
// advisor asks (src/nlu/doubtedAlternatives.ts). Round 51's vague questions were answered with one of the two values.
// A doubt that offers no value ("not sure why"), one of another clause, or a settled fact beside it stays.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots as Record<string, string | undefined>;

describe('values offered under a doubt are not said', () => {
  it.each([
    ['peer', "We're on SfB Online and I'm in the office. I'll ring Tomas on Skype at 3, no idea if he's coming in today or working from home."],
    ['peer', "All Online here, I'm at my desk. Calling Ines 1:1 later, but honestly I can't tell whether she's still at home or already on her way in."],
    ['peer', "Skype Online tenant, I'm in the office. Calling Bram, not sure if he's at the Ghent office or off sick today."],
    ['peer', "We're Online, I'm at my desk. Calling Sven, who's either at the hotel or out with a client, I have no idea which."],
    ['location', "We're all Online, joining my manager's meeting. Whether I'll be at home or back at my desk by then I don't know."],
    ['organizer', "We're Online, I'm at my desk joining a webinar a customer sent. No clue whether they host it on their own servers or in Office 365."],
    ['homing', "Hybrid org. I'm in the office calling a landline; not sure if my account is on-prem or Online."],
    ['peer', '我們全 Online，我在公司，下午要打一對一給阿豪，不確定他在家還是在分公司。'],
    ['peer', '全部 Skype Online，我在座位上。等等要打給小芬，不知道她今天在公司還是去客戶那邊跑業務。'],
    ['peer', '全 Online，我在公司打給小安，她是在家還是在高鐵上我也說不準。'],
    ['location', '我們全 Online，要加入主管開的會，我也不確定那時候會在家還是已經進辦公室了。'],
    ['organizer', '我們是 Online，我在公司參加客戶寄來的會議，搞不清楚他們是用自己的伺服器還是 Office 365 開的。'],
    ['homing', '混合式，我在公司打市話，我的帳號是地端還是線上我不清楚。'],
  ])('%s: %s', (slot, text) => {
    expect(slots(text)[slot]).toBeUndefined();
  });
});

describe('a doubt that offers no value, or offers it of something else, leaves the facts said', () => {
  it.each([
    ['peer', 'internet', "Skype Online. Not sure why, but Lena is working from home today. I'm in the office calling her."],
    ['peer', 'internet', "We're Online, I'm at the office calling Paolo. I don't know if it matters, but he's at home today."],
    ['location', 'customerNetwork', "We're Online. I'm in the office calling Kim, who's at home. Not sure whether ICE or TURN is used."],
    ['location', 'customerNetwork', "All Online. I'm in the office; not sure if the media goes over ExpressRoute or the internet when I call Ana at home."],
    ['peer', 'internet', "We're Online and I'm in the office. I wasn't sure if Jo was at home or in, but she just confirmed: she's at home."],
    ['peer', 'internet', '全 Online。不知道為什麼她今天在家上班，我在公司打給她。'],
    ['location', 'customerNetwork', '我們全 Online，我在公司打給在家的同事，不確定要用桌機還是筆電打。'],
    ['location', 'internet', '我在家，不確定 ICE 還是 TURN 會用到。全 Online，打給在公司的同事。'],
    ['location', 'customerNetwork', '不確定我們是 Online 還是混合式…會計部的小陳在辦公室用 Skype 打給隔壁的同事。'],
  ])('%s stays %s: %s', (slot, value, text) => {
    expect(slots(text)[slot]).toBe(value);
  });
});
