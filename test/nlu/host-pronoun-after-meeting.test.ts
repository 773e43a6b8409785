// Where a meeting's host is homed, said by a pronoun or a possessive right after the host and the meeting (issue 15,
// session 54's dev misses): the meeting a host sets up is no person ("Priya set up the review, she is on-prem": she is
// Priya, not "the review"); a product word between owner and account makes no call ("his Skype account is in the
// cloud": his account, not someone Skyped); a team's word before 的 and a meeting names the meeting, not someone a
// pronoun stands for (「財務處的月會是財務長召集的，他在地端」: 他 is the host).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const HOMINGS = [
  ['still homed on-prem', 'onPremises', 'homed Online', 'online'],
  ['on the on-prem pool', 'onPremises', 'an Online user', 'online'],
  ['homed Online', 'online', 'on the on-prem pool', 'onPremises'],
  ['in the cloud', 'online', 'homed on-prem', 'onPremises'],
] as const;
const HOSTS = [
  ['Priya', 'she'],
  ['Mr. Tan', 'he'],
  ['Grace', 'she'],
] as const;
const VERBS = ['set up', 'scheduled', 'organised', 'booked'];
const MEETINGS = ['the review', 'the sync', 'the kickoff'];

describe('a pronoun after the meeting a host sets up is the host', () => {
  const rows = HOMINGS.flatMap(([said, value, mine, myValue]) =>
    HOSTS.flatMap(([host, pronoun]) => VERBS.flatMap((verb) => MEETINGS.map((meeting) => [`We're hybrid. ${host} ${verb} ${meeting}, ${pronoun} is ${said}. I'm ${mine}, in the office. Path?`, value, myValue]))),
  );
  it.each(rows)('%s', (text, organizer, homing) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', organizer, homing });
  });
});

describe('the dean, she ...: a role word before a personal aside is still a person', () => {
  it.each(['the dean', 'the registrar'])('I call %s, she is at home', (who) => {
    expect(slots(`We're Online. I'm in the office and I Skype ${who}, she is at home. Path?`)).toMatchObject({ callType: 'peerToPeer', peer: 'internet' });
  });
});

describe('"his Skype account": the product the account is of, no one called', () => {
  const accounts = ['Skype account'];
  const rows = HOMINGS.flatMap(([said, value, mine, myValue]) =>
    accounts.flatMap((account) => [
      [`Hybrid. The budget review is set up by Tomasz, his ${account} is ${said.replace(/^still homed |^homed /, '')}. I'm ${mine}, at HQ. Route?`, value, myValue],
      [`Hybrid. The weekly sync was scheduled by our CFO, whose ${account} is ${said.replace(/^still homed |^homed /, '')}. I'm ${mine}, on the office LAN. Route?`, value, myValue],
    ]),
  );
  it.each(rows)('%s', (text, organizer, homing) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', organizer, homing });
  });
  it('someone Skyped is still called', () => {
    expect(slots("We're hybrid. I'm homed Online at HQ and I Skype Tomasz, his Skype account is on-prem. Path?")).toMatchObject({ callType: 'peerToPeer', peerHoming: 'onPremises' });
  });
});

describe('a team before 的 and its meeting is no one a pronoun stands for', () => {
  const TEAMS = ['財務處', '業務部', '品保課', '研發組'];
  const HOSTS_ZH = [
    ['財務長', '他'],
    ['經理', '她'],
    ['處長', '他'],
  ] as const;
  const SAID = [
    ['在地端 pool', 'onPremises', 'Online 帳號', 'online'],
    ['帳號還在地端', 'onPremises', 'Online 帳號', 'online'],
    ['帳號已經搬到 Online', 'online', '地端帳號', 'onPremises'],
  ] as const;
  const rows = TEAMS.flatMap((team) =>
    HOSTS_ZH.flatMap(([host, pronoun]) => SAID.map(([said, value, mine, myValue]) => [`混合式部署。${team}的月會是${host}召集的，${pronoun}${said}，我自己是${mine}，在公司。路徑？`, value, myValue])),
  );
  it.each(rows)('%s', (text, organizer, homing) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', organizer, homing });
  });
  it('a person before 的 and the meeting may still be whom the pronoun stands for', () => {
    expect(slots('混合式部署。主管的會議，他在地端 pool，我自己是 Online 帳號，在公司。路徑？')).toMatchObject({ organizer: 'onPremises', homing: 'online' });
  });
});
