// 「提報人在自己座位上，一對一通話的對象今天居家上班」 (class-places cp-97, wrong after asking) gave the reporter the home
// of the one they talk to: "對象" after a call said by its type and "的" ("一對一通話的對象", "一對一視訊的對象") is the one
// called, as after "通話的對象" already, so the place before it stays the writer's (or the ticket's reporter's).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the counterpart of a call said by its type is the one called', () => {
  it.each([
    ['全部 Online。提報人在自己座位上，一對一通話的對象今天居家上班。提報人的訊號走哪？', 'customerNetwork', 'internet'],
    ['全部 Online。報修人在公司，一對一視訊的對象在家。媒體怎麼走？', 'customerNetwork', 'internet'],
    ['全部 Online。叫修人在飯店，1對1通話的對象在總部，訊號走哪？', 'internet', 'customerNetwork'],
  ] as const)('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer, callType: 'peerToPeer' });
  });
});

describe('near misses: unchanged readings', () => {
  it('通話的對象 (a call word) was already the one called', () => {
    expect(slots('提報人在辦公室，視訊通話的對象在飯店。')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
  it('the writer named: 我在辦公室，一對一通話的對象在家', () => {
    expect(slots('我在辦公室，一對一通話的對象在家。')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
  it('English: the person they are calling is the other party', () => {
    expect(slots("The user is at the office; the person they're calling 1:1 is working from home. All Online.")).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});
