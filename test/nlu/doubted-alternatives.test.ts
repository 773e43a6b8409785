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

// Class-traps A (traps-zh-36): a way of calling offered against another the writer has not chosen says no call type
// ("haven't decided whether to Skype her or ring her mobile"), and a denied "directly" of a call ("還沒決定要不要
// 直接打給她") says nothing of the firewall. A call made one way, with a doubt of where the other party is, keeps it.
describe('a way of calling offered as one of two unchosen says no call type', () => {
  it.each([
    "Hybrid, I'm homed on-prem and at my desk. Haven't decided yet whether to ping Marta on Skype or just ring her mobile.",
    "We're Online with Cloud Connector, I'm at home. I can't say yet if I'll dial the supplier's landline or set up a Skype meeting with them.",
    "All Online, in the office. Not sure if I'll call Jun on his cell or do a Skype call with him.",
    '混合式，我在公司，帳號在地端。還不確定要用 Skype 找小美，還是直接撥她的市話。',
    '我們是 CCE，我在家。不知道要撥客戶的市話還是開一場 Skype 會議跟他們談。',
    '全 Online，我在辦公室，要找阿凱，還沒決定是撥手機給他或是 Skype 他。',
  ])('%s', (text) => {
    expect(slots(text).callType).toBeUndefined();
    expect(slots(text).firewall).toBeUndefined();
  });
});

describe('a call made one way keeps its call type beside a doubt of something else', () => {
  it.each([
    ['peerToPeer', "Hybrid, on-prem homed, in the office. I'll Skype Marta, not sure if she's at home or in the office."],
    ['pstn', "We're Online, I'm at home. I'm dialing the supplier's landline; no idea whether they're in today or not."],
    ['peerToPeer', '混合式，我在公司，帳號在地端。我要 Skype 小美，不確定她在家還是在公司。'],
    ['pstn', '全 Online，我在辦公室打阿凱的手機，不知道他今天有沒有進公司。'],
    ['pstn', "Not sure if our Skype is plain Online or hybrid. I'm in the office calling a customer's landline."],
    ['pstn', '還搞不清楚我們的 Skype 是純 Online 還是混合式。我在公司撥外線到客戶市話。'],
  ])('%s: %s', (value, text) => {
    expect(slots(text).callType).toBe(value);
  });
});

// Class-traps A (traps-en-39): the writer says they do not know what our setup is ("I don't know what our setup
// is", 「不知道我們現在是哪種部署」): what a colleague or an old document said of it is not said for sure
// (src/nlu/doubtedSetup.ts). A doubt of something else, or of a setup not said to be ours, leaves ours.
describe('our setup doubted as such says no deployment', () => {
  it.each([
    "I'm at HQ calling a customer's landline. My colleague at the Sydney site mentioned something about a Cloud Connector box there, but I don't know what our setup is.",
    "I'm in the office calling a supplier's landline. Someone in the Perth branch said they run Cloud Connector, but I don't know what kind of deployment we have.",
    "The old runbook says Cloud Connector, but I'm not sure which deployment we're on today. I'm at home dialing a mobile number.",
    '舊文件寫的是 hybrid，不過我不知道我們現在是哪種部署。我在家打手機給客戶。',
    '聽說總部用 CCE，可是我不確定我們分公司是哪一種架構。我在辦公室打市話。',
  ])('%s', (text) => {
    expect(slots(text).deployment).toBeUndefined();
    expect(slots(text).callType).toBe('pstn');
  });

  it.each([
    ['hybrid', "We're hybrid. I don't know what ICE is. I'm at home calling a landline."],
    ['hybrid', "We're hybrid; I don't know which deployment the partner runs. I'm at home calling a landline."],
    ['cloudConnector', "We're CCE; not sure what their setup is at the vendor. I'm at home calling the vendor's landline."],
    ['cloudConnector', '我們是 CCE，不知道對方公司是什麼架構。我在家打市話給他們。'],
    ['hybrid', '我們是混合式部署，我不知道 ICE 是什麼。我在家打市話。'],
  ])('%s stays: %s', (deployment, text) => {
    expect(slots(text).deployment).toBe(deployment);
  });
});
