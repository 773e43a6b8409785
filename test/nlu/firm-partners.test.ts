// Session 49 (a wrong answer in dev37): at a law firm "the deposition prep meeting is hosted by a partner on the on-prem
// pool" was answered as another company's meeting. A partner the writer counts among the firm's ("one of our
// partners", "a senior partner") or says a homing of right away is one of our people (firmPartners.ts); a partner
// company, "our partner Contoso" or a partner on their own servers stays another company. 合夥人 is already ours.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("a firm's partner who hosts is one of ours, hosted where the text homes them", () => {
  it.each([
    ["We're hybrid. The meeting is run by one of our partners, who is still on the on-prem pool. I'm on the on-prem pool too, in the office on the corp LAN. Path for my signaling and media?", 'onPremises'],
    ['Hybrid setup at our firm: the client review meeting is hosted by a partner homed on-prem; our trainee, also on-prem, joins from the office network. Signaling and media path?', 'onPremises'],
    ['Our practice runs hybrid Skype. The closing call is hosted by the managing partner, still on the on-premises pool, and I join from my desk on the LAN, homed on-prem. Where does my media go?', 'onPremises'],
    ['Hybrid. The settlement conference belongs to one of the partners (on-prem pool); the associate is on-prem too and in the office. Signaling and media path for the associate?', 'onPremises'],
    ['我們是混合部署。合夥人主持的會議，他帳號還在地端；我也在地端，在公司內網。訊號和媒體怎麼走？', 'onPremises'],
    ['我們事務所混合部署，今天的會是合夥人開的，他的帳號是 Online；我在家，也是 Online 帳號。訊號和媒體？', 'online'],
  ])('%s', (text, organizer) => {
    expect(slots(text).organizer).toBe(organizer);
  });
});

describe('once a partner is ours, every partner in the text is: the one called is the one homed', () => {
  it.each([
    'Our associates are homed Online now, but the partners are still on the on-prem pool. An associate rings a partner on Skype, both at the office. What path does the associate take?',
  ])('%s', (text) => {
    const said = slots(text);
    expect([said.homing, said.peer, said.peerHoming]).toEqual(['online', 'customerNetwork', 'onPremises']);
  });
});

describe('near misses: a partner company, a partner named, a partner on their own servers stays another company', () => {
  it.each([
    ["We're hybrid. The meeting is hosted by our partner Contoso on their own Skype server; I'm on-prem in the office. Path for my media?"],
    ['We are hybrid. The meeting is hosted by a partner on their own on-prem Skype servers; I am on-prem in the office. Path for my media?'],
    ["Hybrid here. The kickoff is on the partner's own on-prem Skype server; I'm homed on-prem and at my desk in the office. Signaling and media?"],
    ['我們是混合部署。合作夥伴公司在他們自己的 Skype 伺服器上主持會議；我在地端，在公司內網。媒體怎麼走？'],
  ])('%s', (text) => {
    expect(slots(text).organizer).toBe('otherCompany');
  });
});
