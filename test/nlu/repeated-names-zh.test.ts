// Chinese given names written twice in one message (issue 15, round 26: zh40 asked back when a what-if moved someone
// named only by a given name): "會計的淑華平常在辦公室……如果淑華在家呢？". The name, cut into single characters, was
// nobody, so the supposed place went to the writer or to no one, and a pronoun after it could pick another person.
// Two name characters (locales/vocabulary/names.zh-TW.json) written twice are one person; a repeated place's name
// made of other characters stays a place.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const names = ['淑華', '雅婷', '俊傑', '宜蓁', '冠宇', '欣怡', '柏翰', '詩涵'];
const titles = ['會計', '採購', '行政', '業務'];
const asks = ['她的媒體會怎麼走？', '這樣訊號跟媒體怎麼走？', ''];

describe('a what-if that moves someone named only by a given name said before', () => {
  it.each(names.flatMap((name, k) => [
    [`我們用 CCE 打外線，帳號都在 Online。${titles[k % titles.length]}的${name}平常在辦公室撥電話都正常，主管問我：如果${name}在家撥同一個號碼呢？${asks[k % asks.length]}`, 'internet'],
    [`外線走 Cloud Connector，大家帳號在 Online。${name}平常在家撥外線都很順，老闆想知道：要是${name}在總部撥同一支號碼呢？`, 'customerNetwork'],
  ]))('%s -> %s', (text, location) => expect(slots(text)).toMatchObject({ location, deployment: 'cloudConnector', callType: 'pstn' }));
});

describe('someone named twice by a given name, with the writer as the other party', () => {
  it.each(names.map((name) => [`混合部署，我的帳號在地端，${name}的帳號已經搬到 Online。我們兩個都在公司，一對一通話時，${name}那邊的訊號走哪？`]))('%s', (text) =>
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', homing: 'online', peer: 'customerNetwork', peerHoming: 'onPremises', deployment: 'hybrid', callType: 'peerToPeer' }));
});

describe('a place named twice in other characters stays a place', () => {
  it.each([
    ['全部 Online。我在越南廠辦公室打給在家的同事，越南廠的網路有接 ER，我的媒體走哪？', 'customerNetwork', 'internet'],
    ['全部 Online。我在新竹廠區打 Skype 給在飯店的主管，新竹那邊有 ER，我的訊號走哪？', 'customerNetwork', 'internet'],
  ])('%s -> %s / %s', (text, location, peer) => expect(slots(text)).toMatchObject({ location, peer, callType: 'peerToPeer' }));
});
