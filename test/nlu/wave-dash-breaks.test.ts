// A chat's wave dash (～, 〜, ~) closes a clause as a comma does: "都是 online 帳號～主任在辦公室…" says the
// whole setup is Online, not the head's own account (read as one clause, the homing went to the person after it and
// the deployment was asked; round 60: zh82). Next to a digit it is a range or "about" and breaks nothing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a wave dash ends a clause', () => {
  it.each(['～', '〜', '~', '～～'])('Chinese, with %s', (dash) => {
    expect(slots(`農會都是 SfB online 帳號${dash}主任在辦公室，跟在外面用手機 4G 的司機一對一講，主任那邊走哪？`)).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
      deployment: 'online',
      callType: 'peerToPeer',
    });
  });
  it('English chat', () => {
    expect(slots('our whole shop is on Skype Online~ the supervisor at the office rings a courier who is on 4G. supervisor end?')).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
      deployment: 'online',
      callType: 'peerToPeer',
    });
  });
});

describe('next to a digit a wave dash is a range', () => {
  it('a time range keeps the clause whole', () => {
    expect(slots('會議 14:00～15:00，我們全部 Online，我在家加入經理開的會議，走哪？')).toMatchObject({
      location: 'internet',
      organizer: 'online',
      deployment: 'online',
      callType: 'conference',
    });
  });
});
