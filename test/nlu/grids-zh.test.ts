// Chinese probe grids (issue 15, round 5): whole spaces of generated sentences, each knowing the slots it states.
// Floors hold recall a little under what the recognizer reaches; wrong readings stay at exactly 0.
import { createRecognizer } from '../../src/nlu';
import { describeHeldGrids } from './grids/grid';
import { alwaysGrid, callTypeGrid, calleeHomingGrid, homingGrid, organizerWordsGrid, shareHomingGrid, locationGrid, organizerGrid, peerGrid, typoGrid, vpnGrid } from './grids/zh';
import { destinationGrid, fieldGrid, forwardGrid, homingOfWhomGrid, hostsPlaceGrid, letterCompanyGrid, locationVoicesGrid, minutesHostGrid, officialLetterGrid, oneSpeakerGrid, ownCompanyGrid, withPlaceGrid } from './grids/zh-layouts';

const recognizer = createRecognizer();

describeHeldGrids('the %s grid', recognizer, [
  { name: 'location', build: locationGrid, floor: 0.92 },
  { name: 'homing', build: homingGrid, floor: 0.98 },
  { name: 'organizer', build: organizerGrid, floor: 0.98 },
  { name: 'vpn', build: vpnGrid, floor: 0.98 },
  { name: 'peer', build: peerGrid, floor: 0.95 },
  { name: 'typos', build: typoGrid, floor: 0.98 },
  { name: 'always (我都在)', build: alwaysGrid, floor: 0.98 },
  { name: 'organizer in other words (開會的人, 邀請是 X 寄的, X 的會議連結)', build: organizerWordsGrid, floor: 0.97 },
  { name: 'a share homed somewhere (大部分人都, 只剩 IT 還在地端)', build: shareHomingGrid, floor: 0.98 },
  { name: 'the one called homed, said before them (打給還在地端 pool 的阿明)', build: calleeHomingGrid, floor: 0.96 },
  { name: 'call types in other words (外撥, 總機轉接, 三方通話, 線上活動)', build: callTypeGrid, floor: 0.9 },
  { name: 'letter companies (A 公司的窗口)', build: letterCompanyGrid, floor: 0.9 },
  { name: 'own company (我們是 A 公司)', build: ownCompanyGrid, floor: 0.9 },
  { name: 'forwarded mail (寄件者)', build: forwardGrid, floor: 0.9 },
  { name: 'ticket fields, minutes, bullets', build: fieldGrid, floor: 0.9 },
  { name: 'one speaker (人都在)', build: oneSpeakerGrid, floor: 0.9 },
  { name: 'homing of whom (還沒遷移)', build: homingOfWhomGrid, floor: 0.9 },
  { name: 'official letters (本院, 擬請廠商)', build: officialLetterGrid, floor: 0.9 },
  { name: 'where traffic goes (回到總部機房)', build: destinationGrid, floor: 0.9 },
  { name: 'with a place and a person (與同棟 5 樓同仁), voice input', build: withPlaceGrid, floor: 0.9 },
  { name: 'minutes host field (召集人：品保處經理（…）)', build: minutesHostGrid, floor: 0.88 },
  { name: "the host's place, 自己 after an aside", build: hostsPlaceGrid, floor: 0.9 },
  { name: "the user's place in round 8's voices", build: locationVoicesGrid, floor: 0.9 },
], ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType']);

describe('a VPN denied with its owner between (round 6 zh11: a wrong answer)', () => {
  it.each([
    ['學生在校外租屋處（沒連學校 VPN）看學校的會議廣播，串流走哪？', 'internet'],
    ['我在家沒連公司的 VPN，打外線，媒體走哪？', 'internet'],
    ['我在家，公司 VPN 沒開，打外線，媒體走哪？', 'internet'],
    ['我在家，公司 VPN 有開，打外線，媒體走哪？', 'customerNetwork'],
    ['我在家有連公司的 VPN，打外線，媒體走哪？', 'customerNetwork'],
  ])('%s -> %s', (text, location) => {
    expect(recognizer.recognize(text).slots.location).toBe(location);
  });
});

describe("a partner's own Skype for Business Online is theirs, not our deployment (round 7 zh14 class)", () => {
  const partners = ['合作夥伴', '供應商', '對方'];
  const products = ['用自己的 Skype for Business Online', '用他們自己的 SfB Online', '用對方自己的 Skype for Business Online'];
  it.each(partners.flatMap((who) => products.map((product) => `${who}${product}。我在公司跟他們的窗口一對一，媒體走哪？`)))('%s', (text) => {
    expect(recognizer.recognize(text).slots.deployment).toBeUndefined();
  });
  it('our own product is still ours', () => {
    expect(recognizer.recognize('我們用的是 Skype for Business Online，我在公司打外線，媒體走哪').slots.deployment).toBe('online');
  });
});

describe('a manufacturer (原廠) or a company on its own SfB Online is another company: a 1:1 with it is federated, never our network', () => {
  const companies = ['原廠', '日本原廠', '國外原廠的工程師', '供應商（他們用自己的 Skype for Business Online）', '合作廠商（他們有自己的租用戶）'];
  const frames = [
    (who: string) => `混合式部署，我的帳號在地端，我在辦公室，跟${who}一對一通話，媒體走哪？`,
    (who: string) => `我們是純 Online。我在公司跟${who} 1:1 視訊，訊號走哪？`,
  ];
  it.each(companies.flatMap((who) => frames.map((frame) => frame(who))))('%s', (text) => {
    expect(recognizer.recognize(text).slots.peer).toBe('federated');
  });

  it('one who is always in our office ("人都在") beside such a company does not make the company our network', () => {
    const slots = recognizer.recognize(
      '混合式部署。我的帳號在機房的 SfB Server 上，通話時人都在台南廠的辦公室。我跟德國原廠（他們用自己的 SfB Online）1:1 通話，媒體走哪？',
    ).slots;
    expect(slots.peer).not.toBe('customerNetwork');
  });
});
