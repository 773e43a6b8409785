// Whose servers, tenant or rooms the text speaks of: another organization's own servers host its meetings
// (otherCompany), its tenant makes its people federated, and a meeting of another company with nothing said of
// where it is hosted leaves the organizer to ask.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('another organization\'s servers, tenant and meetings', () => {
  it.each([
    'online-only tenant. engineer in the bldg 2 lab joining a meeting hosted on Contoso\'s own on-prem SfB servers. path?',
    'Online-only tenant. Internal client on the WAN joining a conf hosted on a third party\'s on-prem Lync/SfB pool in their datacenter.',
    'We run Cloud Connector Edition. Our user in the Singapore office joins a meeting that Fabrikam hosts on their own on-premises Skype servers.',
    '我们是纯 Online，我在公司里参加合作方的会议，他们的会议是托管在他们自己机房的 Skype Server 上',
    '採購部同仁在總部參加供應商（B 公司）主辦的會議，該會議架在 B 公司自家機房的地端商務用 Skype Server 上。本公司為純雲端。',
  ])('reads a meeting on another company\'s own servers as hosted by them: %s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'otherCompany', location: 'customerNetwork' });
  });

  it('keeps our own servers ours', () => {
    expect(slots('Hybrid. I join a meeting hosted on our own on-prem servers from the office.')).toMatchObject({ organizer: 'onPremises' });
    expect(slots('混合式，我在公司參加我們自己機房的 Skype Server 上開的會')).toMatchObject({ organizer: 'onPremises' });
  });

  it('leaves the organizer of another company\'s meeting to ask when nothing says where it is hosted', () => {
    expect(slots('we\'re sfb online. joining a vendor\'s meeting from the office. path?')).not.toHaveProperty('organizer');
    expect(slots('關係企業但不同租用戶，他們開的會我要參加，人在總部，走哪？')).not.toHaveProperty('organizer');
    expect(slots('a partner\'s meeting, they\'re on Skype Online, I join from home')).toMatchObject({ organizer: 'online' });
  });

  it.each([
    ['純雲端。我在總部，要跟關係企業（不同租用戶）的人一對一，他在他們辦公室，走哪？', 'customerNetwork'],
    ['全雲端。在新竹廠打給外部合作夥伴，他們那邊有自己的 SfB 租用戶、人也在他們辦公室，1 對 1，訊號呢？', 'customerNetwork'],
    ['我們是 Skype Online。我在公司，要跟上游廠商的窗口視訊一對一，他們也是用商務用 Skype（他們自己的租用戶），人在他們公司。', 'customerNetwork'],
  ])('reads another tenant\'s people as federated, wherever they sit: %s', (text, location) => {
    expect(slots(text)).toMatchObject({ peer: 'federated', location, callType: 'peerToPeer' });
  });
});

describe('who hosts, when another company is named beside our own organizer', () => {
  it('reads "供應商檢討會" as what the meeting is about, not who hosts it', () => {
    expect(slots('早安，我們是混合式。採購部的佩君（帳號五月已經移到 Online）要參加營運長召開的供應商檢討會，營運長帳號還在地端。佩君人在林口廠。')).toMatchObject({
      organizer: 'onPremises',
      homing: 'online',
      location: 'customerNetwork',
    });
    expect(slots('混合式部署，林工程師帳號在 Online，今天在新竹廠區，加入由採購經理（帳號在地端）召集的供應商檢討會')).toMatchObject({ organizer: 'onPremises' });
  });

  it('asks who hosts when another company\'s meeting and an on-premises organizer could both be meant', () => {
    expect(slots('Hybrid. I join the supplier\'s meeting from the office; the organizer is on-prem.')).not.toHaveProperty('organizer');
  });

  it('reads a company named by its proper name ("力拓公司辦的會議", "立訊公司的窗口") as another company, not "我們是一間貿易公司"', () => {
    expect(slots('我們全 Online。要參加力拓公司辦的會議，他們是自己機房架的 Lync Server。我在總部座位上。')).toMatchObject({ organizer: 'otherCompany' });
    expect(slots('我們是一間 80 人左右的貿易公司，全部搬上 Skype Online。我在家裡（沒開 VPN）打給坐在公司裡的業務主管，1對1')).toMatchObject({
      peer: 'customerNetwork',
    });
  });

  it('asks where the other party is when a company word and a place of ours disagree about them', () => {
    const found = slots('我帳號還在機房那台 Skype Server 上，同事的已經搬到雲端了，我們兩個都在公司。我打給他一對一，我這邊的訊號跟媒體會跑出公司嗎？');
    expect(found.peer).not.toBe('federated');
  });
});

describe("people's own servers, whatever word names them (round 4)", () => {
  it.each([
    "a meeting run by the main contractor on the contractor's own on-prem SfB servers",
    "the audit firm's monthly call, hosted by the auditors on the auditors' own on-premises Lync servers",
    'a review hosted by the consultants on their own Skype Server on-prem',
  ])('%s is another company on its own servers', (meeting) => {
    expect(recognizer.recognize(`SfB Online only. Our finance team joins ${meeting}, from the Leeds office. Which paths?`).slots).toEqual({
      deployment: 'online',
      callType: 'conference',
      location: 'customerNetwork',
      organizer: 'otherCompany',
    });
  });

  it('keeps our own servers ours', () => {
    expect(recognizer.recognize('Hybrid. I join a meeting my manager hosts on our own on-prem pool, from the office. Media?').slots).toMatchObject({ organizer: 'onPremises' });
  });
});

describe('servers said to be internal to their owner', () => {
  it.each([
    '混合式，處長帳號在地端，人在公司，要加入客戶用他們自己內部 Skype Server 辦的會',
    '混合式，處長帳號在地端，人在公司，要加入客戶用他們內部的 Skype Server 辦的會',
    "Hybrid, my account is on-prem and I'm in the office, joining a meeting the vendor hosts on their own internal Skype servers",
  ])('are still the owner\'s: %s', (text) => {
    expect(recognizer.recognize(text).slots).toMatchObject({ organizer: 'otherCompany', homing: 'onPremises', location: 'customerNetwork' });
  });

  it('keeps ours ours', () => {
    expect(recognizer.recognize('混合式，處長帳號在地端，人在公司，要加入我們內部的 Skype Server 上開的會').slots).toMatchObject({ organizer: 'onPremises' });
  });
});

describe('where a machine stands is nobody\'s place (round 7: a vague question was answered)', () => {
  // Not yet: "appliance" and "gateway" as plain words (their word keys are stems, which the machine words are not
  // written as; "the PSTN gateway", a phrase of the vocabulary, is caught).
  const machines = ['the Cloud Connector box', 'our CCE box', 'the SBC', 'the pool', 'the Edge Server', 'the servers'];
  const standing = ['is in our server room', 'lives in the comms cupboard at HQ', 'sits in the data centre', 'is housed in the office basement'];
  it.each(machines.flatMap((machine) => standing.map((where) => `Cloud Connector here. ${machine} ${where}. Our agents ring customers' landlines. Which way does the audio go?`)))(
    '%s',
    (text) => {
      expect(recognizer.recognize(text).slots.location).toBeUndefined();
    },
  );

  it.each([
    "Hybrid, I'm on the on-prem pool at my desk. Calling someone 1:1. Where does the media go?",
    'Cloud Connector here. The box is in the server room and I am in the office too, ringing a landline.',
  ])('a person said with a machine keeps their place: %s', (text) => {
    expect(recognizer.recognize(text).slots.location).toBe('customerNetwork');
  });
});

// "Björn, who is in Tailspin's office" put the other party in our network: a room of a name that is nobody in the
// call may be another company's or a colleague's, so where the one in it is stays unsaid (the advisor asks).
describe("a room of a name that is nobody in the call says no place", () => {
  const companies = ['Tailspin', 'Northwind', 'Contoso', 'Priya', 'Kenji'];
  const rooms = ['office', 'HQ', 'meeting room', 'building'];
  it.each(companies.flatMap((owner) => rooms.map((room) => `All Online. I'm at home and call Björn, who is in ${owner}'s ${room}. Which path does my media take?`)))('%s', (text) => {
    const slots = recognizer.recognize(text, 'en').slots;
    expect([slots.location, slots.peer, slots.callType]).toEqual(['internet', undefined, 'peerToPeer']);
  });
  it.each([
    "All Online. I'm in the office and call Björn, who is at a customer's office. Which path does my media take?",
    "All Online. I'm at home and call my colleague in the office. Which path does my media take?",
  ])('%s', (text) => {
    expect(recognizer.recognize(text, 'en').slots.peer).toBeDefined();
  });
});
