// Whose an account is, in shapes that lost a homing (studied en25-12, en26-10, own6-zh-30): an account right after a
// person ("both me and my manager account is on the on-prem server") is theirs, no one new; a user given as an example
// ("when an on-prem user (e.g. me) calls ...") is the writer, and the period of "e.g." ends no sentence; someone's own
// account ("業務經理自己的帳號也在地端") is where they are homed, never another company's own servers.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const HOMINGS = [
  ['on-premises Skype for Business Server', 'onPremises', 'Online', 'online'],
  ['on-prem pool', 'onPremises', 'cloud', 'online'],
  ['old on-premises server', 'onPremises', 'Online', 'online'],
] as const;
const PEOPLE = [
  ['my manager', 'him'],
  ['my boss', 'her'],
  ['my colleague', 'him'],
] as const;

describe('an account right after a person is theirs', () => {
  it.each(HOMINGS.flatMap(([server, value]) => PEOPLE.map(([who, them]) => [`In our company both me and ${who} account is on the ${server} (it is hybrid environment). We both are in the Tokyo office. When I call ${them} by Skype one to one, which route is used?`, value])))('%s', (text, homing) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork', homing, peerHoming: homing });
  });
  it.each(HOMINGS.flatMap(([server, value, other, otherValue]) => PEOPLE.map(([who, them]) => [`Hybrid. ${who.replace('my', 'My')} account is on the ${server}, mine is ${other}. I call ${them}, both in the office. My path?`, value, otherValue])))('%s', (text, peerHoming, homing) => {
    expect(slots(text)).toMatchObject({ homing, peerHoming, callType: 'peerToPeer' });
  });
});

describe('a user given as an example is the writer', () => {
  const pairs = [
    ['on-prem homed', 'onPremises', 'Online-homed', 'online'],
    ['Online-homed', 'online', 'on-prem homed', 'onPremises'],
  ] as const;
  it.each(pairs.flatMap(([mine, value, theirs, theirValue]) => ['(e.g. me)', '(eg me)', '(e.g. me!)'].map((aside) => [`Quick one - in our hybrid environment, when an ${mine} user ${aside} calls an ${theirs} user one-to-one, both of us in the Abuja office, does MY traffic use ExpressRoute?`, value, theirValue])))('%s', (text, homing, peerHoming) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork', homing, peerHoming });
  });
  it('negative: another person given as the example is not the writer', () => {
    expect(slots('Hybrid. When an on-prem user (e.g. Tom) calls an Online user (e.g. me), both in the office, what is my path?')).toMatchObject({ homing: 'online', peerHoming: 'onPremises' });
  });
});

describe("someone's own account is where they are homed", () => {
  const hosts = [
    ['副總', 'Online 帳號', 'online'],
    ['協理', '地端帳號', 'onPremises'],
  ] as const;
  const own = [
    ['自己的帳號也在地端', 'onPremises'],
    ['自己的帳號是 Online', 'online'],
  ] as const;
  it.each(hosts.flatMap(([host, account, value]) => own.map(([said, homing]) => [`混合式。今天業務經理在總部會議室要加入${host}開的月會（${host}是${account}），業務經理${said}。業務經理的媒體怎麼走？`, value, homing])))('%s', (text, organizer, homing) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', organizer, homing });
  });
  it.each(['客戶自己的 Skype Server 是地端', '廠商用他們自己的地端 Skype Server'])('negative: another company\'s own servers still host: %s', (said) => {
    expect(slots(`我們是 Online。我在公司參加會議，${said}開的。我的路徑？`)).toMatchObject({ organizer: 'otherCompany' });
  });
});
