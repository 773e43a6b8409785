// Explain and out-of-scope shapes of round 25, in inputs written for this test: meeting-room and desk-phone hardware,
// a server's local admin account, a client's error codes, ExpressRoute service keys, number porting, client features
// and which server version to install are out of scope, however many words of the domain they name; so is asking
// what the term's SLA or price is. A term asked about in a later sentence that names it again, "是在做什麼的", "到底"
// between the term and the question, a quoted caveat asked about in the clause after it, and "A 跟 B 是同一個東西嗎"
// are explain questions about the right topic. The same words around a call and a question about its path keep it a
// call question.
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

const explained = (text: string) => {
  const r = recognizer.recognize(text);
  return [r.intent, r.topic && topicId(r.topic)];
};

describe('hardware, admin accounts, error codes, service keys, porting, client features: out of scope', () => {
  it.each([
    'The video conferencing unit in boardroom B shows a black screen again, who can fix it?',
    '三樓會議室的視訊設備遙控器壞了，可以換一支嗎',
    '會議室那台觸控面板一直當掉，Teams 會議開不起來',
    'I forgot the local admin password on our Edge server, how do I reset it?',
    '前端伺服器的管理員密碼過期了怎麼辦',
    'VPN client keeps showing error code 691 at home, is my password wrong?',
    '在家用 VPN 一直出現錯誤代碼 720 怎麼辦',
    'Where do I find the service key for our ExpressRoute circuit?',
    'ExpressRoute 的服務金鑰要去哪裡找',
    'Can we port our main office numbers to Skype Online?',
    'How long does porting a number to Calling Plan take?',
    '公司的總機號碼可以移到 Skype Online 嗎',
    'Does Skype Online support whiteboard in meetings?',
    'Skype Online 會議有白板功能嗎？',
    'The Polycom phone in the boardroom has no dial tone',
    '會議室的話機沒有撥號音',
    '前端伺服器要裝在哪一版的 Windows Server 上？',
  ])('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});

describe("a term's SLA or price asked: out of scope; the term asked in another sentence: explained", () => {
  it.each(['What is the ExpressRoute SLA?', "What's the price of ExpressRoute Premium?"])('%s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('none');
  });
  it.each([
    ['What is ExpressRoute? And what does it cost?', 'expressRoute'],
    ['ExpressRoute 是什麼？要授權嗎', 'expressRoute'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
});

describe('the term asked about later, 是在做什麼的, 到底, a quoted caveat, A 跟 B 是同一個東西嗎', () => {
  it.each([
    ['The article keeps mentioning the Edge server in every figure. So what does the Edge server do?', 'edgeServer'],
    ['文章一直提到 ICE，說它會試很多條路，所以 ICE 到底是在做什麼的？', 'ice'],
    ['前端伺服器是在做什麼的', 'frontEnd'],
    ['這個 Cloud Connector 到底是做什麼用的', 'cloudConnector'],
    ['廠商說要注意「非對稱路由」。那是什麼？', 'asymmetricRouting'],
    ['Our vendor warned us about "asymmetric routing". Can you explain that in plain words?', 'asymmetricRouting'],
    ['Is the Microsoft network and ExpressRoute the same thing?', 'microsoftNetwork'],
    ['ICE 跟 Edge Server 是同一個東西嗎', 'ice'],
    ['想請教 Cloud Connector 是在做啥', 'cloudConnector'],
    ['CCE 是拿來做什麼', 'cloudConnector'],
    ['Cloud Connector 在我們撥外線的時候扮演什麼角色？', 'cloudConnector'],
    ['Edge 在外部使用者加入會議時負責什麼？', 'edgeServer'],
    ['QoS vs bandwidth, are they the same thing?', 'qos'],
    ['QoS 跟頻寬有什麼不同？開了 QoS 網路就會變快嗎？', 'qos'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
});

describe("a number away from the figure's word names no example", () => {
  it.each([
    ['explain figure 2', 'other'],
    ['範例 5 的 Edge 是什麼', 'edgeServer'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
  it('two boxes drawn in a figure are no figure 2', () => {
    const r = recognizer.recognize('圖上 ExpressRoute 為什麼畫成兩塊？');
    expect(r.topic?.kind).not.toBe('example');
  });
});

describe('the same words in a call question keep it one', () => {
  it.each([
    '我們加了 ExpressRoute，我在公司打給在家的同事，會不會有非對稱路由的問題？媒體走哪？我們是 Online',
    'We are Online. I am at home calling a coworker in the office from my handset: how does the media go?',
    '我們是 Online，我在家用話機打給公司的同事，媒體走哪？',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('ask');
  });
});
