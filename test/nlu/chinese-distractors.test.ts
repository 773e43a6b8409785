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
