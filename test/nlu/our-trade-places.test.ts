// Round 39 (a wrong answer in dev36): 「我們飯店集團用 SfB Online 搭 CCE…櫃台…撥房客的手機」 was answered for a user at
// a hotel, on the Internet: a trade named with 集團 or 業 is what the company is, not where anyone is
// (words.zh-TW.json). And a workplace said by its one-character short name, 「在台裡」 (a broadcaster's own building,
// read as 臺 + 裡: a wrong answer in dev35), is ours (concepts.zh-TW.json place.customerNetwork).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a trade the company is in is not a place', () => {
  it.each([
    '我們是酒店集團，用 SfB Online 搭 Cloud Connector。櫃台人員用 Skype 撥外線給客人，訊號跟媒體走哪？',
    '我們旅館業的 IT 都在 Skype Online 上，加 CCE。訂房組撥客人的手機，訊號媒體走哪？',
    '飯店集團總部這邊是 SfB Online 搭 CCE，房務部打客人的手機時訊號媒體走哪？',
  ])('%s', (text) => {
    expect(slots(text).location).not.toBe('internet');
  });
  it('in English, a hotel chain is the company', () => {
    expect(slots("We're a hotel chain on SfB Online with Cloud Connector Edition. The front desk agent, on the property network, dials a guest's mobile. Paths?").location).toBe('customerNetwork');
  });
});

describe('near misses: a hotel someone is at is the Internet', () => {
  it.each([
    '我們用 SfB Online 搭 CCE。我出差住在飯店，用 Skype 撥客戶手機，訊號媒體走哪？',
    '我們用 SfB Online 搭 CCE。我出差住飯店，連的是館內網路，用 Skype 撥客戶手機，訊號媒體走哪？',
    // A building's own network said by a guest (session 52: read as ours once 館內網路 was, for a hotel's staff).
    '純 Online。我住民宿，用的是館內有線網路，打給在公司的同事，媒體走哪？',
    'CCE 環境。同事出差住旅館，連館內網路撥外線，他的訊號走哪？',
    '純 Online。我人在酒店大廳，用 Skype 打給在公司的同事，我這端走哪？',
  ])('%s', (text) => {
    expect(slots(text).location).toBe('internet');
  });
  it("in English, I'm at a hotel", () => {
    expect(slots('SfB Online plus CCE. I am at a hotel and dial a mobile number. Paths?').location).toBe('internet');
  });
});

describe('a broadcaster\'s own building by its short name is ours', () => {
  it.each([
    ['純 Online 的電視台。我人在台裡，用 Skype 打給也在台裡的同事，訊號媒體走哪？', 'customerNetwork', 'customerNetwork'],
    ['純 Online。我在高鐵站用 Skype 打給台裡的同事，我這端訊號媒體走哪？', 'internet', 'customerNetwork'],
    ['我們電視台是純 Online，導播在臺內用 Skype 打給在家的同事，導播的訊號媒體走哪？', 'customerNetwork', 'internet'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });
});

describe('near misses: away from the building', () => {
  it.each([
    ['純 Online。主持人不在台裡，今天在家，用 Skype 打給在公司的同事，主持人的訊號和媒體走哪？', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});
