// A writer who takes back what they just wrote ("from the office - no wait, she was at home", "她在辦公室…啊不對，是她
//那天在家") means what follows: the fact taken back gives way to the one said after it, for the same party. Held-out
// questions of both languages were answered with the fact taken back. Without a correction nothing changes, and
// "對不對" (right or not) takes nothing back.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const PLACES = {
  en: { office: ['in the office', 'at HQ', 'on the corporate LAN'], away: ['at home', 'at the hotel', 'on her phone hotspot'] },
  zh: { office: ['在辦公室', '在總部', '在公司'], away: ['在家', '在飯店', '在高鐵上'] },
};
const EN_MARKERS = ['- no wait,', '- no sorry,', '... no wait,', ', wait no,', '. Scratch that,', '. Correction:', '. Actually no,'];
const ZH_MARKERS = ['…啊不對，', '。不對不對，', '，喔不對，', '。更正：', '... 啊不對，'];

type Case = [string, 'customerNetwork' | 'internet'];

function enCases(): Case[] {
  const cases: Case[] = [];
  for (const marker of EN_MARKERS) {
    for (const office of PLACES.en.office) {
      for (const away of PLACES.en.away) {
        cases.push([`We're all on SfB Online. My colleague joined the meeting I organised ${office} ${marker} she was ${away}. What path did her media take?`, 'internet']);
        cases.push([`We're all on SfB Online. My colleague joined the meeting I organised ${away} ${marker} she was ${office}. What path did her media take?`, 'customerNetwork']);
      }
    }
  }
  return cases;
}

function zhCases(): Case[] {
  const cases: Case[] = [];
  for (const marker of ZH_MARKERS) {
    for (const office of PLACES.zh.office) {
      for (const away of PLACES.zh.away) {
        cases.push([`我們全部 Skype Online。同事${office}加入我開的會議${marker}是她那天${away}。那她的媒體走哪？`, 'internet']);
        cases.push([`我們全部 Skype Online。同事${away}加入我開的會議${marker}是她那天${office}。那她的媒體走哪？`, 'customerNetwork']);
      }
    }
  }
  return cases;
}

describe('a fact taken back gives way to the one said after it', () => {
  const cases = [...enCases(), ...zhCases()];
  const got = cases.map(([text, want]) => ({ text, want, location: slots(text).location }));

  it('never keeps the fact taken back', () => {
    expect(got.filter((c) => c.location !== undefined && c.location !== c.want).map((c) => c.text)).toEqual([]);
  });

  it('reads the fact said after the correction in most wordings', () => {
    expect(got.filter((c) => c.location === c.want).length / got.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('without a correction nothing is taken back', () => {
  it.each([
    ['這樣對不對？我們全部 Skype Online，我在家加入主管開的會，媒體走哪？', 'internet'],
    ['We are all on SfB Online. No, I am not on VPN: I am at home, joining my manager’s meeting. Media path?', 'internet'],
    ['我們全部 Skype Online，我平常在家，今天在辦公室加入主管開的會，媒體走哪？', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});

// What we run, taken back and said again after the correction, is what we run: kept, a Hybrid taken back outvoted the
// Cloud Connector said after it and the answer was Online's. A correction of something else leaves the setup said.
describe('a setup taken back gives way to the one said after it', () => {
  it.each([
    ['Our setup is hybrid, my bad, we are all Skype Online and outside calls use CCE. From my office PC I ring a supplier landline. Route?', 'cloudConnector'],
    ['We have CCE - no wait, we are pure Online with Calling Plan now. From my office PC I ring a supplier landline. Route?', 'online'],
    ['Tenant is hybrid. Correction: all users are Online, and Cloud Connector handles PSTN. At my desk at HQ I dial a customer mobile. Which way does media go?', 'cloudConnector'],
    ['我們是混合式……啊不對，全部都在 Online，外線走 CCE。我在公司打客戶手機，媒體走哪？', 'cloudConnector'],
    ['我們是混合式。更正：帳號全部在 Online，外線用 Cloud Connector。我在辦公室撥市話，訊號走哪？', 'cloudConnector'],
    ['We are hybrid - no wait, she is at home. She calls a landline. Path?', 'hybrid'],
  ])('%s', (text, deployment) => {
    expect(slots(text).deployment).toBe(deployment);
  });
});
