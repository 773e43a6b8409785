// Round 41 (dev38) classes. (1) "broadcast" naming the trade of a van, crew or engineer ("outside broadcast van", "OB
// truck", "broadcast engineer") is no Skype Meeting Broadcast: the call is what the rest says. (2) Another company's
// office, desk or main line ("a client's office number", "the supplier's switchboard") is a phone number dialled, not
// the place "client's office". (3) An outsider calling in from a mobile or landline (「客戶用手機打進來」) is a PSTN
// call, and so is an outsider's own phone dialled (「撥旅客手機」). (4) A role named in full and later by its team's
// name (「客服人員 ... 客服這端」) is one person.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a broadcast trade is no meeting broadcast', () => {
  it.each([
    'Our OB truck parks at the stadium with no link to the office; the producer uses his phone hotspot to join a Skype meeting. Online tenant. Paths?',
    'The broadcast engineer is at home on his own wifi and joins a Skype meeting. We are Skype for Business Online only. Which way does the media go?',
    'A satellite truck crew member, tethered to her mobile, joins our weekly Skype meeting. Cloud-only tenant. Signaling and media?',
    'Online only. Our broadcast journalist is at home on her broadband and calls a colleague in the office over Skype. Path for her?',
  ])('%s', (text) => {
    expect(slots(text).callType).not.toBe('broadcast');
  });

  it.each([
    '我們的轉播車沒有連回公司網路，導播用手機熱點參加製作會議。我們是純 Online。路徑？',
    '轉播工程師在家用自己的網路參加 Skype 會議，我們是純 Online，媒體走哪？',
    '衛星轉播車上的攝影師用手機熱點加入每週的 Skype 會議。我們是純 Online。訊號跟媒體？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', deployment: 'online', callType: 'conference' });
  });

  it.each(['我們是純 Online，我在家主持 Skype 會議廣播，路徑？', '轉播小組今天用 Skype 會議廣播做全員大會直播，觀眾在家收看，路徑？'])(
    'near miss, still a broadcast: %s',
    (text) => {
      expect(slots(text).callType).toBe('broadcast');
    },
  );

  it('reads the meeting a broadcast-van crew joins as a meeting', () => {
    expect(slots('We are Online only. The outside broadcast van has no network link; the reporter tethers to his phone and joins the editorial meeting. Paths?')).toEqual({
      location: 'internet',
      deployment: 'online',
      callType: 'conference',
    });
  });

  it.each([
    'We are Online only. I present a Skype Meeting Broadcast from home. Which path does it take?',
    'Our broadcast team runs the town hall as a Skype Meeting Broadcast; attendees watch from home. Path?',
    'How does a meeting broadcast reach viewers at home?',
  ])('near miss, still a broadcast: %s', (text) => {
    expect(slots(text).callType).toBe('broadcast');
  });
});

describe("another company's office line is a phone number", () => {
  it.each([
    "a customer's office number",
    "the supplier's main line",
    "a vendor's switchboard",
    "the client's desk phone",
    "a partner's office line",
  ])('Online tenant, at home without VPN, I dial %s. Media path?', (callee) => {
    expect(slots(`Online tenant, at home without VPN, I dial ${callee}. Media path?`)).toEqual({ deployment: 'online', callType: 'pstn', location: 'internet' });
  });

  it.each([
    "Online tenant. I'm at a client's office on their guest wifi and call a colleague over Skype. Path?",
    "Online only. Working from the customer's office today, I Skype my manager back at HQ. Media path?",
  ])("near miss: being at a client's office is a place, not a number: %s", (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', callType: 'peerToPeer' });
  });
});

describe('an outsider calling in from a phone is a PSTN call', () => {
  it.each([
    '我們是純 Online。我在公司座位上，接民眾用手機打進來的電話，媒體怎麼走？',
    '我們是純 Online。我在公司座位上，接病患家屬用市話打來的電話，媒體怎麼走？',
    '我們是純 Online。我在公司座位上，有客人用手機打過來，媒體怎麼走？',
  ])('%s', (text) => {
    expect(slots(text)).toEqual({ deployment: 'online', callType: 'pstn', location: 'customerNetwork' });
  });

  it.each([
    '我們是純 Online。我在公司座位上，同事用手機的 Skype 打進來，媒體怎麼走？',
    '我們是純 Online。我在公司座位上，同事用手機 Skype 打給我，媒體怎麼走？',
  ])('near miss: a colleague on Skype from a phone is no PSTN call: %s', (text) => {
    expect(slots(text).callType).not.toBe('pstn');
  });
});

describe("an outsider's own phone dialled is a PSTN call", () => {
  it.each(['旅客手機', '住戶的市話', '病人手機', '會員的手機', '供應商手機'])('我們是純 Online。我在辦公室撥%s，媒體走哪？', (callee) => {
    expect(slots(`我們是純 Online。我在辦公室撥${callee}，媒體走哪？`)).toEqual({ deployment: 'online', callType: 'pstn', location: 'customerNetwork' });
  });

  it('near miss: a colleague on Skype is no phone call', () => {
    expect(slots('我們是純 Online。我在辦公室用 Skype 跟同事一對一，媒體走哪？').callType).toBe('peerToPeer');
  });
});

describe("a role named later by its team's name is the same person", () => {
  it.each([
    ['行政人員', '行政'],
    ['地勤人員', '地勤'],
    ['客服專員', '客服'],
    ['業務同仁', '業務'],
    ['客服人員', '客服'],
  ])('%s ... %s這端', (full, short) => {
    expect(slots(`${full}帳號在地端，在辦公室接客戶的電話。我們是混合式部署。${short}這端的訊號跟媒體？`)).toEqual({
      location: 'customerNetwork',
      homing: 'onPremises',
      deployment: 'hybrid',
      callType: 'pstn',
    });
  });

  it('near miss: a deputy is someone else', () => {
    expect(slots('組長帳號在地端，在辦公室。副組長在家用 Skype 打給組長。我們是混合式部署。副組長這端的訊號跟媒體？')).not.toMatchObject({ location: 'customerNetwork' });
  });
});
