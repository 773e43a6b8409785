// Who is who in Chinese as people write it (issue 15, round 4): organizers said with a verb of setting the meeting
// up, callers described by a word for a colleague, formal letters, the whole company, shares of the staff. Each
// case asserts the slot the class is about, and that a look-alike outside the class does not fill it.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('an organizer said with a verb of setting up a meeting', () => {
  it.each([
    ['混合部署，課長帳號在地端。課長剛剛開了一場 SfB 會議，我帳號是 Online，人在公司。', 'onPremises'],
    ['Hybrid。協理拉了一個會，協理是地端帳號；我 Online 帳號，在家沒 VPN。', 'onPremises'],
    ['Hybrid 部署。經理約大家下午開會（經理帳號還在地端），我是 Online 帳號，人在公司。', 'onPremises'],
    ['Hybrid，組長發了一個 Teams 會議給大家，組長帳號已經搬到 Online；我地端帳號，在公司。', 'online'],
    ['混合式，副總找我明天開會，副總是 Online 帳號，我在總部，帳號在地端。', 'online'],
    ['Hybrid。協理寄會議邀請給我，協理帳號在地端；我 Online 帳號，人在公司。', 'onPremises'],
    ['Hybrid。協理邀我進他的 Skype 會議，協理帳號在地端；我 Online 帳號，人在公司。', 'onPremises'],
  ])('%s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, callType: 'conference' });
  });

  it('reads a host of our own in an Online-only tenant as hosting Online, past where the host is', () => {
    expect(slots('協理在總部開了一個 SfB 會議（我們全部帳號都在 Online），我人在工廠。')).toMatchObject({
      organizer: 'online',
      deployment: 'online',
      location: 'customerNetwork',
    });
  });

  it('does not make a host of someone who opens something else', () => {
    expect(slots('混合部署，主管開了防火牆 443，我在家加入會議')).not.toHaveProperty('organizer');
    expect(slots('Hybrid，同事開了 VPN 在家加入會議，他帳號在地端')).toMatchObject({ homing: 'onPremises', location: 'customerNetwork' });
    expect(slots('Hybrid，同事開了 VPN 在家加入會議，他帳號在地端')).not.toHaveProperty('organizer');
  });
});

describe('a meeting made someone\'s without a hosting verb', () => {
  it.each([
    ['Hybrid。要加入老闆的會，老闆地端，我雲端，在辦公室。', 'onPremises'],
    ['Hybrid。協理那場週會，協理帳號在地端；我 Online 帳號，人在公司。', 'onPremises'],
    ['Hybrid。協理今天下午有個會要我參加，協理帳號在 Online；我地端帳號，人在公司。', 'online'],
    ['Hybrid。會議主持人協理的帳號在地端；我 Online 帳號，人在公司，要加入。', 'onPremises'],
  ])('%s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, callType: 'conference' });
  });

  it('reads a bare 會 as a meeting only after 的 or a measure word, not as "will"', () => {
    expect(recognizer.recognize('協理今天下午有個會要我參加').intent).toBe('ask');
    expect(slots('他的會走 ER 嗎')).not.toHaveProperty('callType');
    expect(slots('Hybrid，同事有 VPN，在家打給我，他帳號在地端')).not.toHaveProperty('organizer');
  });
});

describe('a colleague who calls another colleague', () => {
  it('is the caller, the user, when the speaker says nothing of themselves', () => {
    expect(slots('我們是混合部署，地端帳號的同事在公司內網打給另一個同事，媒體走哪？')).toMatchObject({ homing: 'onPremises', location: 'customerNetwork' });
    expect(slots('我们是混合部署，本地账号的同事在公司内网打给另一个同事，媒体走哪？')).toMatchObject({ homing: 'onPremises', location: 'customerNetwork' });
  });

  it('stays the other party when they call the speaker', () => {
    expect(slots('純 Online，同事在公司打給我，我在家沒開 VPN')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('a formal letter', () => {
  it('reads 之 as 的 and 且 as joining what is said of one person', () => {
    expect(slots('業務窗口陳先生於總部辦公室內，與在家 WFH 且未連線 VPN 之王經理進行一對一語音通話。')).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
      callType: 'peerToPeer',
    });
    expect(slots('本公司為混合式部署。財務部張小姐（帳號位於內部部署伺服器）於總部辦公室內，與出差中、未連線 VPN 之李經理（Online 帳號）進行一對一視訊。')).toMatchObject({
      location: 'customerNetwork',
      homing: 'onPremises',
      peer: 'internet',
      peerHoming: 'online',
    });
  });

  it('still ends what is said of the one before at a verb phrase without 的 or 之', () => {
    expect(slots('我在家沒 vpn 對方在公司，一對一通話')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('people named by a letter or by a title\'s abbreviation', () => {
  it('reads a Latin letter standing alone before what is said of someone as a person', () => {
    expect(slots('Hybrid，兩人都是地端帳號，A 在辦公室，B 在家沒開 VPN，互打 1 對 1，B 那邊的媒體怎麼走？')).toMatchObject({
      location: 'internet',
      peer: 'customerNetwork',
      callType: 'peerToPeer',
    });
    expect(slots('同事A在家，同事B在公司，1對1，純 Online')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });

  it('reads a title named again by its abbreviation as the same person', () => {
    expect(slots('Hybrid 環境，我帳號在地端，人在總部，要加入財務長開的會（CFO 是 Online 帳號），訊號怎麼走？')).toMatchObject({
      organizer: 'online',
      homing: 'onPremises',
      location: 'customerNetwork',
    });
  });

  it('reads English role abbreviations in Chinese text as people', () => {
    expect(slots('CCE 環境，兩個 QA 在實驗室（公司內網）互相視訊 1 對 1，媒體走哪？')).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });

  it('reads time words between a host and the hosting verb as saying nothing', () => {
    expect(slots('純雲端，我在分公司參加副總每週三開的 Skype 會議，媒體？')).toMatchObject({ organizer: 'online', location: 'customerNetwork' });
  });
});

describe('another organization\'s people beside one of ours', () => {
  it('are not the one asking in a call with no other party', () => {
    expect(slots('全 Online 的公司，業務在外面跑客戶（開手機熱點），用 Skype 撥客戶的手機，路徑？')).toMatchObject({ location: 'internet', callType: 'pstn' });
    expect(slots('SfBO 的客戶，user 在辦公室加入主管開的 meeting，主管也是 Online 帳號，媒體呢？')).toMatchObject({
      location: 'customerNetwork',
      organizer: 'online',
    });
  });

  it('come after ours in a call between two people', () => {
    expect(slots('純 Online，SfBO 的客戶那邊，user 在辦公室打給在家的同事')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

describe('a share of the staff', () => {
  it('says nothing of the parties, before or after the people it counts, after another clause too', () => {
    expect(slots('我們現在還是混合式，業務部的人大部分帳號都還在地端，今天業務經理在會議室要參加副總發的月會（副總是 Online 帳號），業務經理本人帳號在地端。')).toMatchObject({
      location: 'customerNetwork',
      homing: 'onPremises',
      organizer: 'online',
    });
    expect(slots('我們是混合部署，大部分同事已經搬到 Online，少數還在地端。我加入會議時媒體走哪？')).toEqual({ deployment: 'hybrid', callType: 'conference' });
  });
});

describe('what is said of someone who is not a party of the call', () => {
  it('reads the host\'s place, said between the host and the hosting, as nobody\'s (no answer from it)', () => {
    const recognition = recognizer.recognize('純 Online，副總在飯店開的會，我要加入，媒體走哪？');
    expect(recognition.slots).toEqual({ deployment: 'online', callType: 'conference', organizer: 'online' });
    expect(slots('純雲端，課長在家裡開的視訊會議，我在公司要加入，訊號呢？')).toMatchObject({ location: 'customerNetwork' });
    // Joining from a place, after the host is named, is still the user's.
    expect(slots('純 Online，主管開的會，在家參加')).toMatchObject({ location: 'internet' });
  });

  it('reads another company\'s homing and office, said of it as a topic, as theirs', () => {
    expect(slots('混合式，我帳號在地端，人在公司，打給供應商，供應商是 Online 帳號，在他們辦公室，媒體？')).toMatchObject({
      homing: 'onPremises',
      location: 'customerNetwork',
      peer: 'federated',
    });
    expect(slots('純 Online，我打給廠商，廠商是地端帳號，在他們公司，訊號怎麼走？')).not.toHaveProperty('homing');
    // The speaker in another company's office is still there.
    expect(slots('純 Online，我在他們辦公室，打給廠商')).toMatchObject({ location: 'internet' });
  });
});

describe('the whole company said without 我們', () => {
  it.each([
    ['在家有掛 VPN，用 Skype 撥供應商手機，公司全在 Online。', 'online'],
    ['整個公司都是 SfB Online，我在家沒 VPN 打給同事，同事在公司', 'online'],
  ])('%s', (text, deployment) => {
    expect(slots(text)).toMatchObject({ deployment });
    expect(slots(text)).not.toHaveProperty('homing');
  });
});

describe('more ways to say who hosts', () => {
  it.each([
    ['Hybrid。協理當主持人，他帳號在地端；我 Online 帳號，人在公司，加入會議。', 'onPremises'],
    ['Hybrid。協理 host 的會議，他地端；我 Online，在公司。', 'onPremises'],
    ['Hybrid。協理那邊的會，他帳號在地端；我 Online 帳號，人在公司。', 'onPremises'],
    ['Hybrid。協理丟了會議連結給我，他帳號在地端；我 Online 帳號，人在公司。', 'onPremises'],
    ['Hybrid。協理有開一個會，他帳號在 Online；我地端帳號，在公司，要參加。', 'online'],
    ['Hybrid。會議的發起者是協理，地端帳號；我 Online，在公司。', 'onPremises'],
  ])('%s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, callType: 'conference' });
  });
});

describe('a bare 會 that means "will"', () => {
  it.each(['防火牆這個會影響媒體路徑嗎？', 'Edge 的會被擋嗎', '這個會造成問題嗎'])('names no meeting: %s', (text) => {
    expect(slots(text)).not.toHaveProperty('callType');
  });
});

describe('the speaker who joins or calls', () => {
  it('is the user, so where the others are is not the user\'s place', () => {
    expect(slots('純 Online，主管在公司開會，我要參加，媒體？')).not.toHaveProperty('location');
    expect(slots('純 Online，老闆在飯店，要我加入他的會議，媒體？')).not.toHaveProperty('location');
    expect(slots('純 Online，同事在家，我要打給他，媒體？')).toMatchObject({ peer: 'internet' });
  });

  it('leaves a third person who makes the call the user', () => {
    expect(slots('純 Online，業務在公司撥外線，訊號？')).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
});
