// Chinese questions whose writer names our organization (round 56, dev46): "我們圖書館", "阮機場" is the organization,
// not where anyone is, and its staff at that site later ("我在圖書館裡") are in our network; an organization the
// vocabulary does not know, named as ours in the opening ("我們是長照機構"), is our network when its staff say they are
// in it ("在機構裡") or on its network ("團裡的網路"); a family meeting (家庭會議) is no home; an account opened in
// Office 365 is homed Online. Each grid asserts the reading and the look-alikes that must keep theirs.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a site named as our organization is no place of the writer', () => {
  it.each([
    '我們全市圖書館都用 Skype Online。我在總館的辦公室加入館長開的會議，媒體走哪？',
    '我們美術館都是 SfB Online，我在行政辦公室加入策展人開的會議，訊號怎麼走？',
    '我們的博物館全部 Online，我人在辦公室，加入主任開的會議，媒體呢？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', deployment: 'online', callType: 'conference' });
  });
});

describe('being at our own site later is being in our network', () => {
  it.each([
    ['我們飯店都是 Skype Online。我在飯店裡加入經理開的會議，媒體走哪？', { location: 'customerNetwork' }],
    ['阮機場全部 Online，我人在機場打給在家的同事，媒體走哪？', { location: 'customerNetwork', peer: 'internet' }],
    ['我們圖書館全部 Online，館員在圖書館裡打給在家的讀者，媒體走哪？', { location: 'customerNetwork', peer: 'internet' }],
  ])('%s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });
});

describe('a site nobody said is ours stays public', () => {
  it.each([
    '我們全部 Online，我在圖書館加入主管開的會議，媒體走哪？',
    '我們公司全部 Online，我人在機場打給在公司的同事，媒體走哪？',
    '我們家都用 Skype，我們全部 Online，我在家加入主管開的會議',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet' });
  });
});

describe('a family meeting is no home', () => {
  it.each([
    '我們全部 Online。我在辦公室加入社工開的家庭會議，媒體走哪？',
    '混合部署，我的帳號在 Online，主任（地端帳號）開了家庭會議，我在醫院辦公室（院內網路）加入。',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'conference' });
  });
  it('a family meeting said alone leaves the place unsaid', () => {
    expect(slots('我們全部 Online。我要加入主任開的家庭會議，媒體走哪？').location).toBeUndefined();
  });
  it('a home network is still the Internet', () => {
    expect(slots('我們全部 Online。我在家庭網路上加入主任開的會議')).toMatchObject({ location: 'internet' });
  });
});

describe('an organization named as ours in the opening is the network its staff say they are in later', () => {
  it.each([
    ['我們是長照機構，全部 Online。我在機構裡加入主任開的會議，媒體走哪？', { location: 'customerNetwork', callType: 'conference' }],
    ['我是社區中心的資訊，我們全部 Online。我在中心裡打給在家的同事，媒體走哪？', { location: 'customerNetwork', peer: 'internet' }],
    ['我們合唱團是 Online+CCE，我在練唱室用團裡的網路加入團長開的會，媒體走 ER 嗎', { location: 'customerNetwork', deployment: 'cloudConnector' }],
    ['劇團帳號都在 SfB Online。我在後台（劇團自己的網路）加入導演開的 Skype 會議，媒體怎麼走？', { location: 'customerNetwork', deployment: 'online' }],
  ])('%s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });
  it.each([
    '我們全部 Online。我在金融機構裡打給在家的同事，媒體走哪？',
    '我們全部 Online。我在中心裡打給在家的同事，媒體走哪？',
  ])('a place of that kind nobody named as ours stays unread: %s', (text) => {
    expect(slots(text).location).toBeUndefined();
  });
});

describe('an account opened in Office 365 is homed Online', () => {
  it.each(['開在 Office 365', '開在 O365', '是開在 Microsoft 365'])('帳號%s', (said) => {
    expect(slots(`混合部署。小王帳號${said}，老陳的帳號在地端，兩人都在公司內網。小王打給老陳，小王的訊號走哪？`)).toMatchObject({ homing: 'online', peerHoming: 'onPremises' });
  });
});

describe('a firm that opens the text with its setup is ours', () => {
  it.each([
    ['事務所是 SfB Online，我在事務所裡要加入合夥律師開的會議，媒體走哪？', { location: 'customerNetwork', organizer: 'online' }],
    ['事務所全部 Online。我在事務所要加入主任開的會議，媒體走哪？', { location: 'customerNetwork', organizer: 'online' }],
    ['事務所是 SfB Online，我在客戶公司打給在事務所的同事，媒體走哪？', { location: 'internet', peer: 'customerNetwork' }],
  ])('%s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });
  it('a firm said later is still another company', () => {
    expect(slots('我們全部 Online。我在辦公室打給會計師事務所的人，媒體走哪？')).toMatchObject({ peer: 'federated' });
  });
});

describe('a Cantonese boss who sets up a meeting hosts it', () => {
  it.each([
    '我哋全部 Online。我要加入老細 set 嘅會議，我喺辦公室，媒體點行？',
    '我們全部 Online。我要加入老闆 set 好的會議，我在辦公室，媒體走哪？',
    '公司全部 Online。老細 set 咗個會，我喺公司加入，媒體走邊度？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'online', location: 'customerNetwork', callType: 'conference' });
  });
});
