// Who is who: the user, the other party of a call, the organizer of a conference.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the two parties of a call', () => {
  it.each([
    ['an online user calls an on-prem coworker', { homing: 'online', peerHoming: 'onPremises' }],
    ['線上使用者打給內部部署的同事', { homing: 'online', peerHoming: 'onPremises' }],
    ['an on-prem user calls an online user', { homing: 'onPremises', peerHoming: 'online' }],
    ['a user at home calls a user in the office', { location: 'internet', peer: 'customerNetwork' }],
    ['I call an on-prem user from the hotel', { location: 'internet', peerHoming: 'onPremises' }],
    ['the other user is on-prem, I am online', { homing: 'online', peerHoming: 'onPremises' }],
    ['P2P, one user online and the other on-prem', { homing: 'online', peerHoming: 'onPremises' }],
    ['一位位於線上、一位位於內部部署的使用者對等通話', { homing: 'online', peerHoming: 'onPremises' }],
  ])('%s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });

  it('reads "my colleague at home" as the other party', () => {
    expect(slots('my colleague at home')).toEqual({ peer: 'internet' });
    expect(slots('同事在家')).toEqual({ peer: 'internet' });
  });

  it('gives a place said of both parties to both', () => {
    expect(slots('both users are in the office')).toEqual({ location: 'customerNetwork', peer: 'customerNetwork' });
    expect(slots('two remote users call each other')).toMatchObject({ location: 'internet', peer: 'internet' });
    expect(slots('兩個使用者都在網際網路上')).toEqual({ location: 'internet', peer: 'internet' });
  });

  it('puts another company on the other side of a call', () => {
    expect(slots('an on-prem user in the office calls a federated partner')).toEqual({
      homing: 'onPremises',
      location: 'customerNetwork',
      peer: 'federated',
      callType: 'peerToPeer',
      deployment: 'hybrid',
    });
  });

  it('reads "from" as where the caller is and "to" as where the callee is', () => {
    expect(slots('P2P call from the office to home')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
    expect(slots('my colleague calls me from home')).toMatchObject({ peer: 'internet' });
  });
});

describe('the organizer of a conference', () => {
  it.each([
    ['a meeting organized by another company on their own servers', 'otherCompany'],
    ['由其他公司在他們自己的伺服器上主持的會議', 'otherCompany'],
    ['I join a meeting hosted by our on-prem users', 'onPremises'],
    ['我加入由內部部署使用者主持的會議', 'onPremises'],
    ['the organizer is online', 'online'],
    ['召集人位於線上', 'online'],
    ['an online meeting', 'online'],
    ['the meeting is hosted in the cloud', 'online'],
    ['在我們的資料中心主持', 'onPremises'],
    ["federated meeting hosted on Skype Online by the other company", 'online'],
  ])('%s -> %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ callType: 'conference', organizer });
  });

  it('keeps the participant apart from the organizer', () => {
    expect(slots('an on-prem user at home joins a meeting scheduled by an online user')).toEqual({
      homing: 'onPremises',
      location: 'internet',
      callType: 'conference',
      organizer: 'online',
      deployment: 'hybrid',
    });
  });

  it('does not give the organizer a place in the call', () => {
    expect(slots('Join conference scheduled by an Online user, from your network, user homed on-premises')).toMatchObject({
      location: 'customerNetwork',
      homing: 'onPremises',
      organizer: 'online',
    });
  });
});
