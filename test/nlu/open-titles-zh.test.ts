// Chinese questions of round 59 (dev47) that named people and places outside any list: an organization named as ours
// whose name ends in a place's head ("我們加油站……在站裡") is ours when said again; a trade's title the lexicon does
// not know ("園藝員", "驗光師") is a person where the one called is named, so a CCE setup's phone lines do not make a
// Skype call to them a phone call; a person set aside by a pronoun ("先不管她") is no one in the call; two people joined
// by the enumeration comma ("組長、專員") before 都 are a pair, as with 和.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('our organization named by a place head is ours when its staff are there later', () => {
  it.each([
    ['我們加油站全部 Online。店員在站裡打 Skype 給在家的同事，店員這邊媒體走哪？', { location: 'customerNetwork', peer: 'internet' }],
    ['我們派出所都是 SfB Online，值班警員在所裡加入所長開的會議，媒體怎麼走？', { location: 'customerNetwork', callType: 'conference' }],
  ])('%s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });
  it('a station nobody named as ours stays public', () => {
    expect(slots('我們公司全部 Online，我在車站裡打給在公司的同事，媒體走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('a trade title the lexicon does not know names the one called', () => {
  it.each([
    '我們用 CCE 接外線，帳號都在 Online。我在辦公室打 Skype 給在苗圃用 4G 的園藝員，我這邊媒體走哪？',
    '我們用 CCE 接市話，帳號都在 Online。我在辦公室打 Skype 給在家用光纖的驗光師，我這邊媒體走哪？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' });
  });
});

describe('a person set aside by a pronoun is no one in the call', () => {
  it.each([
    '混合部署，我跟主任帳號都在地端。另一位專員在外面出差，先不管她。我在辦公室打給在會議室的主任，我這邊媒體走哪？',
    'Hybrid, my boss and I are both homed on-prem. A third colleague is travelling, ignore him. I am in the office and call my boss, who is in the warehouse. Which way does my media go?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'onPremises' });
  });
});

describe('two people joined by the enumeration comma before 都 are a pair', () => {
  it('the call keeps its type when the one called is described with an aside', () => {
    expect(slots('混合部署。組長、專員兩個帳號都在地端。組長在辦公室打給在倉庫（公司內網）的專員，組長這邊媒體走哪？')).toMatchObject({ homing: 'onPremises', callType: 'peerToPeer' });
  });
});
