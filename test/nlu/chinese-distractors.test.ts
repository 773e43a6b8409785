// Places said beside the call in Chinese (issue 15, round 5, found by the distractor grid in test/nlu/grids/zh.ts):
// what is only heard or doubted, an earlier episode, where a machine stands, someone described beside the one who
// calls, where the host is. None of them is the user's place or homing; the user's own place still is.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('what the writer only heard or doubts', () => {
  it.each(['聽說他在家，不確定。我撥外線給客戶，媒體走哪？', '聽說對方好像在飯店，我也不確定。我撥外線給客戶，媒體走哪？'])('gives no place: %s', (text) => {
    expect(slots(text)).toEqual({ callType: 'pstn' });
  });

  it('keeps what is said for sure beside it', () => {
    expect(slots('聽說對方好像在飯店，我也不確定。我在公司打給同事，媒體走哪？')).toEqual({ location: 'customerNetwork', callType: 'peerToPeer' });
  });

  // 清楚 is a word of the lexicon (so 「外線有沒有走 CCE 我不清楚」 is not knowing): a call that sounds unclear
  // (「很不清楚」「聽不清楚」) is how it sounds, and doubts no place.
  it.each(['使用者說在家沒開 VPN 打電話給客戶手機很不清楚。我們 hybrid，她帳號在地端 pool。她那端的信令跟媒體？', '我在家沒連 VPN，打給客戶手機對方聽不清楚，我們 hybrid，我帳號在地端，媒體走哪？'])('is not a call that sounds unclear: %s', (text) => {
    expect(slots(text).location).toBe('internet');
  });

  it('doubts only its own clause when it names what is not known', () => {
    expect(slots('hybrid，我在公司，會議是誰開的不知道，我帳號在 Online，路徑？')).toMatchObject({ location: 'customerNetwork', homing: 'online' });
  });
});

describe('an earlier episode', () => {
  it('gives way to the call a later clause sets now, even unsaid', () => {
    expect(slots('上週在家的時候沒問題，這週我撥外線給客戶，媒體走哪？')).toEqual({ callType: 'pstn' });
    expect(slots('之前出差在飯店也遇過，這次我在公司撥外線，媒體走哪？')).toEqual({ location: 'customerNetwork', callType: 'pstn' });
  });

  it('stays when it is the call asked about', () => {
    expect(slots('我上週在家撥外線給客戶，媒體走哪？')).toMatchObject({ location: 'internet', callType: 'pstn' });
  });
});

describe('where a machine stands', () => {
  it.each(['伺服器在總部機房，我撥外線給客戶，媒體走哪？', 'Edge 在 DMZ，我撥外線給客戶，媒體走哪？', 'SfB Server 放在台北機房，我撥外線給客戶，媒體走哪？'])('is nobody\'s place or homing: %s', (text) => {
    expect(slots(text)).toEqual({ callType: 'pstn' });
  });

  // Round 30 (dev27): a pasted incident whose environment line said "外線經由機房內的 CCE 出去" had the server room read
  // as where the user was, outvoting "家用光世代，未連 VPN", and got a wrong answer. A place said of the machine after it
  // ("機房內的 CCE", "總部機房那台 CCE", "機房的 CCE 設備") is where the machine stands.
  it.each([
    ['環境：全公司 Online 帳號，外線經由機房內的 CCE 出去 / 來源 IP：家用光世代，未連 VPN / 撥打手機，訊號走哪？', 'internet'],
    ['外線經由機房內的 CCE 出去，我撥手機給客戶，媒體走哪？', undefined],
    ['總部機房那台 CCE 負責外線，我在飯店撥手機，媒體走哪？', 'internet'],
    ['機房的 CCE 設備負責撥外線，我撥手機給客戶，媒體走哪？', undefined],
  ])('is where the machine stands, said before it: %s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });

  it.each(['我在機房裡打給客戶手機，我們是 CCE，媒體走哪？', '我人在總部機房，外線走 CCE，撥手機給客戶，媒體走哪？'])('stays the place of a person in the server room: %s', (text) => {
    expect(slots(text).location).toBe('customerNetwork');
  });
});

describe('someone described beside the one who calls', () => {
  it.each([
    ['老闆今天在家，使用者撥外線給客戶，媒體走哪？', { callType: 'pstn' }],
    ['老闆今天在家，我撥外線給客戶，媒體走哪？', { callType: 'pstn' }],
    ['老闆今天在家，我在公司打給同事，媒體走哪？', { location: 'customerNetwork', callType: 'peerToPeer' }],
  ])('is nobody in the call: %s', (text, expected) => {
    expect(slots(text)).toEqual(expected);
  });

  it('is the other party when called, also through a pronoun', () => {
    expect(slots('主管在家，我在公司打給他，媒體走哪？')).toEqual({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
    expect(slots('使用者在家，他打給在公司的同事，媒體走哪？')).toEqual({ location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' });
  });
});

describe('the host of a meeting', () => {
  it('is who 他 stands for in 他的會議, and where they are is nobody\'s place', () => {
    expect(slots('hybrid，主管帳號在地端，我在家加入他的會議，媒體走哪？')).toMatchObject({ location: 'internet', organizer: 'onPremises' });
    expect(slots('純雲端，老闆在機場，叫我加入他開的會，訊號走哪？')).not.toHaveProperty('location');
  });

  it('is not named by holding a meeting somewhere', () => {
    expect(slots('我在總公司開會議，媒體走哪？')).toEqual({ location: 'customerNetwork', callType: 'conference' });
  });
});

describe('a call to another company\'s switchboard', () => {
  it('is a PSTN call, not a federated other party', () => {
    expect(slots('我在家打到客戶公司總機，媒體走哪？')).toEqual({ location: 'internet', callType: 'pstn' });
  });
});

describe('a place asked about, a rhetorical 不是…嗎, another time of the day, a floor (round 9)', () => {
  it('only asks with 是不是 / 在不在: the place said for sure stays, the asked one is nobody\'s', () => {
    expect(slots('純 Online，我今天在辦公室打客戶的手機，聲音是不是在公司裡面走？')).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
    expect(slots('純 Online，我今天在家打客戶的手機，聲音是不是在公司裡面走？')).toMatchObject({ location: 'internet', callType: 'pstn' });
    expect(slots('hybrid 的會議是不是都開在地端？')).not.toHaveProperty('organizer');
    expect(slots('純 Online。主管在不在公司？主管要撥外線給客戶，媒體走哪？')).not.toHaveProperty('location');
  });

  it('reads 不是…了嗎 as said, a plain 不是 as denied', () => {
    expect(slots('我們電話不是換成雲端連接器了嗎，我在辦公室打外線，媒體走哪？')).toMatchObject({ deployment: 'cloudConnector' });
    expect(slots('我們電話不是雲端連接器，我在辦公室打外線，媒體走哪？')).not.toHaveProperty('deployment', 'cloudConnector');
  });

  it('gives way from another time of the day to now, unless it times the call', () => {
    expect(slots('純 Online。小陳剛剛在家，現在已經到辦公室了。他要撥外線給客戶，媒體走哪？')).toMatchObject({ location: 'customerNetwork' });
    expect(slots('純 Online。主管早上在家，現在人在總部座位上，要撥外線給客戶，媒體走哪？')).toMatchObject({ location: 'customerNetwork' });
    expect(slots('純 Online。我在家沒開 VPN，剛剛打給在總部會議室的 Vivian，一對一，媒體走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });

  it('keeps a floor between a place and the person it describes', () => {
    expect(slots('純 Online。我在家沒開 VPN，要打給在總部 8 樓的 Nina，一對一，媒體走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
    expect(slots('純 Online。我在家沒開 VPN，要打給在總部 12F 的 Nina，一對一，媒體走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });

  it('leaves the other attendees\' place to them', () => {
    expect(slots('純 Online。我在高鐵上，要加入主管開的會，其他與會者都在總部，媒體走哪？')).toMatchObject({ location: 'internet' });
  });
});
