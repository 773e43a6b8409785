// Who a place or homing belongs to when the text names more people than a call has, or names them in ways a weak
// rule could misread: such a slot is left empty (the advisor asks) rather than filled for the wrong person.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('places of people who are not a party', () => {
  it('leaves the place empty when a meeting has several people described and nothing says which is asked about', () => {
    expect(slots('董事會的會議是秘書（Online 帳號）開的，我們是純 Skype Online。董事們有人在公司、有人在外面。流量怎麼走？')).not.toHaveProperty('location');
    expect(slots('Online only. In the board meeting some directors are in the office and some are at home. Path?')).not.toHaveProperty('location');
  });

  it('still takes the place of the only person described, or of the speaker among several', () => {
    expect(slots('純 Online，同事在公司參加主管開的會')).toMatchObject({ location: 'customerNetwork', organizer: 'online' });
    expect(slots('純 Online，老闆在家、我在公司，參加週會')).toMatchObject({ location: 'customerNetwork' });
  });

  it('reads another organization\'s place as where someone else is, and as no place before a phone number', () => {
    expect(slots('純 Online，業務在客戶那邊連客戶的 guest Wi-Fi 撥市話')).toMatchObject({ location: 'internet', callType: 'pstn' });
    expect(slots('SfB Online. Sales rep at a client site, on the client\'s guest Wi-Fi (no VPN), calls a mobile number.')).toMatchObject({
      location: 'internet',
      callType: 'pstn',
    });
    expect(slots('業務在新竹分公司用 Skype 打 PSTN 到客戶家市話，我們純 Online')).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
    expect(slots('純 Online，我在客戶的會議室打給同事，同事在家')).toMatchObject({ location: 'internet', peer: 'internet' });
  });

  it('reads "人在X" as where the person just described is, not someone new', () => {
    expect(slots('混合式，同事帳號在地端，人在飯店，要加入 Online 使用者開的會')).toMatchObject({ homing: 'onPremises', location: 'internet', organizer: 'online' });
    expect(slots('假設組織者是地端帳號，參加者也是地端帳號、人在公司，我們是混合式')).toMatchObject({ homing: 'onPremises', location: 'customerNetwork', organizer: 'onPremises' });
  });

  it('reads a video or voice word right after someone as the call with them, not their side of it', () => {
    expect(slots('純 Online。我在公司，要跟上游廠商的窗口視訊一對一，人在他們公司')).toMatchObject({ location: 'customerNetwork', peer: 'federated' });
  });
});

describe('people by name', () => {
  it.each([
    [
      'Hybrid. Grace is at home with no VPN and homed on-prem. Joel is in the Ortigas office, homed Online, and he calls her on Skype. Path for Joel?',
      { homing: 'online', location: 'customerNetwork', peer: 'internet', peerHoming: 'onPremises', callType: 'peerToPeer' },
    ],
    [
      'Hybrid. Rhea is on hotel Wi-Fi in Cebu (no VPN) and calls Mr. Tan on Skype. Mr. Tan is in the Singapore office. Rhea is homed Online while Mr. Tan is still on the on-prem pool. Path for Rhea?',
      { homing: 'online', location: 'internet', peer: 'customerNetwork', peerHoming: 'onPremises' },
    ],
    [
      'Hybrid. Our user Ramesh (on-prem homed) is at his desk in the Hyderabad office and calls his manager Mr. Gupta, also on-prem homed, who is at home without VPN. Kindly advise the path for Ramesh.',
      { homing: 'onPremises', location: 'customerNetwork', peer: 'internet', peerHoming: 'onPremises' },
    ],
  ])('follows named people across clauses and sentences: %s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });

  it('takes the person a question is asked for by name as the user, whoever is named first', () => {
    expect(slots('Hybrid. Grace is at home, homed on-prem. Joel is in the office, homed Online. Joel calls Grace. Path for Grace?')).toMatchObject({
      homing: 'onPremises',
      location: 'internet',
      peer: 'customerNetwork',
      peerHoming: 'online',
    });
  });

  it('does not take places, organizations, products or a capital at the start of a sentence for people', () => {
    // "Manila", "Austin", "Yealink", "Surface Pro 7", "Kindly": no second person, so the place is the user's.
    expect(slots('Online only. User in the Manila office calls a colleague at home. Path?')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
    expect(slots('Hybrid. Engineer in the lab (on corp LAN) testing outbound calls to a mobile number with a Yealink T58A. He is homed on-prem. Path?')).toMatchObject({
      location: 'customerNetwork',
      homing: 'onPremises',
      callType: 'pstn',
    });
    expect(slots('Online only. The engineer from the Austin office calls someone from Woodgrove Bank (federated). Kindly advise the Austin engineer\'s path.')).toMatchObject({
      location: 'customerNetwork',
      peer: 'federated',
    });
  });

  it('leaves a place in an aside after the call\'s circumstances to nobody when two people could own it', () => {
    expect(slots('CCE setup. User Mr. Bautista in the lab is calling Mr. Tan and the call drops after 30 seconds (Surface Pro 7, wired dock).')).not.toHaveProperty('peer');
  });
});

describe('who a word stands for', () => {
  it('reads "使用者自己這端" as the user\'s side, not the speaker\'s', () => {
    expect(slots('假設我們是 hybrid，使用者帳號在地端，人在家裡沒開 VPN，打一對一給在公司的同事（同事也是地端帳號），使用者自己這端的訊號跟媒體走哪？')).toMatchObject({
      homing: 'onPremises',
      location: 'internet',
      peer: 'customerNetwork',
      peerHoming: 'onPremises',
    });
  });

  it('reads a space between Chinese words as the end of a clause, as people type without punctuation', () => {
    expect(slots('我們是純Online 我在公司打一對一給別人 媒體會走ER嗎')).toMatchObject({ location: 'customerNetwork' });
    expect(slots('我們是純Online 我在公司打一對一給別人 媒體會走ER嗎')).not.toHaveProperty('peer');
  });
});

describe('organizers and deployments in other words', () => {
  it('follows an organizer named again by a shorter title, and their homing said apart', () => {
    expect(slots('我們是混合式部署，我的帳號在內部部署。今天在公司參加行銷處長的 meeting，處長的帳號在 Online。')).toMatchObject({
      homing: 'onPremises',
      organizer: 'online',
      location: 'customerNetwork',
    });
    expect(slots('我们公司是纯 Skype for Business Online，我在办公室内网参加老板发起的视频会议，老板账号也在 Online。')).toMatchObject({ organizer: 'online' });
  });

  it('reads who hosts from a relative clause ("主持會議的經理", "the manager who set up the meeting")', () => {
    expect(slots('混合式，我跟主持會議的經理都是 Online 帳號，我在辦公室')).toMatchObject({ homing: 'online', organizer: 'online' });
    expect(slots('Hybrid. The manager who set up the meeting is homed on-prem; I join from the office, homed online.')).toMatchObject({
      organizer: 'onPremises',
      homing: 'online',
    });
  });

  it('reads Cloud Connector named with Online as Cloud Connector, and half-cloud words as Hybrid', () => {
    expect(slots('有 CCE 的 Online 租戶，人在高雄分公司，撥 0800')).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' });
    expect(slots('CCE 環境（帳號全 Online），我在公司跟 federated 的供應商 1:1')).toMatchObject({ deployment: 'cloudConnector', peer: 'federated' });
    expect(slots('我在公司參加會議，我們好像是半雲端的架構')).toMatchObject({ deployment: 'hybrid' });
  });
});

describe('Chinese names and place names', () => {
  it('reads a proper name before a place word as part of the place, not words between a person and where they are', () => {
    expect(slots('混合式。財務長帳號還在地端，明天他在板橋辦公室召開預算會議；我人在台中分公司，帳號已經搬到 Online。')).toMatchObject({
      organizer: 'onPremises',
      location: 'customerNetwork',
      homing: 'online',
    });
  });

  it('reads 小X and 阿X as one person, whose department and path are said around the name', () => {
    expect(slots('混合部署。會計部的小琪帳號在地端，在高鐵上用手機熱點，打給在台中辦公室的阿哲（Online 帳號）。小琪的路徑？')).toMatchObject({
      homing: 'onPremises',
      location: 'internet',
      peer: 'customerNetwork',
      peerHoming: 'online',
    });
  });
});

describe('who someone is, said in more words', () => {
  it('links "我是這次全公司直播的講者" and "Mr. Lim (...) will be a presenter" to who they are', () => {
    expect(slots('我是這次全公司直播的講者，會在總部三樓的錄影室上線，我的影像會不會走 ER？')).toMatchObject({ location: 'customerNetwork', callType: 'broadcast' });
    expect(slots('We are hybrid. Mr. Lim (still homed on-prem) will be a presenter in the Skype Meeting Broadcast, presenting from his office. Kindly advise his path.')).toMatchObject({
      location: 'customerNetwork',
      homing: 'onPremises',
    });
    expect(slots("I'm one of the presenters for the Skype Meeting Broadcast next week, presenting from the HQ studio on the LAN.")).toMatchObject({ location: 'customerNetwork' });
  });

  it('gives a relative clause to who it follows ("rings Tom, who is working from his flat")', () => {
    expect(slots('Online only. Fiona is in the Glasgow office and rings Tom, who is working from his flat with no VPN. Fiona\'s path?')).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
    });
  });

  it('reads "our user" in a ticket as the user named before', () => {
    expect(slots('Hybrid. User (homed on-prem, at HQ on LAN) is on a Skype call with a contact from Adatum Corp, a federated partner with its own tenant. Kindly advise the path for our user.')).toMatchObject({
      homing: 'onPremises',
      location: 'customerNetwork',
      peer: 'federated',
    });
  });
});

describe('names said more than once, titles and family names', () => {
  it('takes a name said of a person once as that person everywhere, and "his account" as his', () => {
    expect(slots("Hybrid. Kenji from procurement (his account was migrated to SfB Online in May) is dialing into the review that our COO set up. The COO is still on the on-prem pool. Kenji's at the Rotterdam site on the wired network.")).toMatchObject({
      homing: 'online',
      organizer: 'onPremises',
      location: 'customerNetwork',
    });
  });

  it('reads who will host or chair past a relative clause', () => {
    expect(slots('Hybrid. Our Chief Operating Officer, whose account still lives on our Skype for Business Server pool, will chair the steering committee. I attend from our Frankfurt branch; my account moved to Skype for Business Online.')).toMatchObject({
      organizer: 'onPremises',
      homing: 'online',
      location: 'customerNetwork',
    });
  });

  it('reads a family name before a title, and 老X, as one person', () => {
    expect(slots('混合部署。王醫師（地端帳號）在高雄出差住飯店，VPN 斷了，打給在台北院區的李護理長（Online 帳號）。王醫師的路徑？')).toMatchObject({
      homing: 'onPremises',
      location: 'internet',
      peer: 'customerNetwork',
      peerHoming: 'online',
    });
    expect(slots('Hybrid。阿德（Online 帳號）在台北分行，打給同一間分行的老吳，老吳是地端帳號。阿德的訊號？')).toMatchObject({
      homing: 'online',
      peerHoming: 'onPremises',
      callType: 'peerToPeer',
    });
  });
});

describe('pronouns and extra people that could be anyone', () => {
  it('reads nothing into a pronoun that could be either of two people (the one called, or who leads the sentence)', () => {
    const found = slots('同事晚上在家要跟還在公司加班的主管打一對一語音，如果他沒開 VPN 的話，他那邊的訊號和媒體走哪？我們是 SfB Online only。');
    expect(found).not.toHaveProperty('peer', 'internet');
    expect(recognizer.recognize('同事晚上在家要跟還在公司加班的主管打一對一語音，如果他沒開 VPN 的話，他那邊的訊號和媒體走哪？').perspective).toBeUndefined();
  });

  it('still follows a pronoun to the one who leads its sentence, and a title\'s gender', () => {
    expect(slots('Hybrid. Grace is at home, homed on-prem. Joel is in the office, homed Online, and he calls her. Path for Joel?')).toMatchObject({
      location: 'customerNetwork',
      homing: 'online',
    });
    expect(slots('Online only. Priya calls Mr. Tan on Skype. She is at home without VPN; he is in the office. Path for Priya?')).toMatchObject({
      location: 'internet',
      peer: 'customerNetwork',
    });
  });

  it('leaves the other party\'s place empty when more people than a call has are described', () => {
    expect(slots('Online only. I am at HQ. My colleague at home and the CFO in the Madrid office talk to me on a 1:1. Path?')).not.toHaveProperty('peer');
  });
});

describe('round 3: organizers, bodies and titles said in everyday Chinese', () => {
  it('reads "X 那邊約的會" and "X 那場會" as X\'s meeting', () => {
    expect(slots('混合部署，處長那邊排的會，處長帳號還在地端，我也是地端帳號，人在辦公室。路徑？')).toMatchObject({
      callType: 'conference',
      organizer: 'onPremises',
      homing: 'onPremises',
      location: 'customerNetwork',
    });
    expect(slots('純 Online，課長那場會議我在高鐵上用手機熱點參加，訊號走哪？')).toMatchObject({
      callType: 'conference',
      organizer: 'online',
      location: 'internet',
    });
  });

  it('reads a department or title before a person as that person ("品保部陳經理發的會議")', () => {
    expect(slots('品保部陳經理發的會議邀請（他是地端帳號），我們 hybrid，我帳號在 Online，人在桃園廠。媒體？')).toMatchObject({
      organizer: 'onPremises',
      homing: 'online',
      location: 'customerNetwork',
    });
    expect(slots('Online 環境，我在家沒開 VPN，用筆電打給在公司的財務部主管，一對一。路徑？')).toMatchObject({
      location: 'internet',
      peer: 'customerNetwork',
    });
  });

  it('reads "我人不在公司" as the speaker, not someone else', () => {
    expect(slots('我們 Online。我人不在公司，在客戶那邊出差，沒連 VPN，要撥外線給廠商的市話。路徑？')).toMatchObject({
      callType: 'pstn',
      location: 'internet',
    });
  });

  it('reads what is said of an account past adverbs ("我的帳號已經移到", "帳號也在本地") as its homing', () => {
    expect(slots('混合式。會議是主任發起的，主任帳號在地端，我的帳號早就移到 Online 了。我在家沒連 VPN，路徑？')).toMatchObject({
      organizer: 'onPremises',
      homing: 'online',
    });
    expect(slots('我们是混合部署，会议是经理发起的，经理账号在本地服务器上，我的账号也在本地。我在办公室，路径？')).toMatchObject({
      organizer: 'onPremises',
      homing: 'onPremises',
      location: 'customerNetwork',
    });
  });

  it('reads another company\'s servers hosting a meeting, however named ("由對方公司的伺服器主辦", "他們自己的 Skype for Business 伺服器")', () => {
    expect(slots('Hybrid。這場會由廠商的伺服器主辦，我是地端帳號，在辦公室。媒體？')).toMatchObject({ organizer: 'otherCompany' });
  });

  it('reads "全都是線上使用者" about us as an Online deployment', () => {
    expect(slots('我們全都是線上使用者，我在家，跟在公司的同事一對一通話，媒體？')).toMatchObject({ deployment: 'online' });
  });

  it('reads a mobile or landline that is called as a phone call ("打給外面的供應商手機"), and one used as a client as nothing', () => {
    expect(slots('在公司打給外面的廠商手機，我們純 Online，訊號走哪？')).toMatchObject({ callType: 'pstn', location: 'customerNetwork' });
    expect(slots('純 Online，我在家用手機打 Skype 給在公司的同事，媒體？')).toMatchObject({ callType: 'peerToPeer' });
  });
});

describe('round 3: titles, our own organization and places of schools, hospitals and banks', () => {
  it('reads titles the vocabulary now holds (教授, 助教, 行員) and "本校" as us', () => {
    expect(slots('本校是混合式。講師帳號在 Online，今天在家沒連 VPN，要參加李教授開的會，李教授帳號還在地端。講師的路徑？')).toMatchObject({
      deployment: 'hybrid',
      homing: 'online',
      location: 'internet',
      organizer: 'onPremises',
    });
  });

  it('reads a department before a building ("行政大樓") as the place, not a person', () => {
    expect(slots('純 Online。我在行政大樓，用 Skype 一對一打給在家的同事，他沒連 VPN。我的媒體？')).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
    });
  });

  it('does not take "其他人" (the rest of the organization) as the one a pronoun stands for, or as the other party', () => {
    const found = slots('Hybrid。陳課長在家但有連 VPN，我在辦公室，我們兩個都是 Online 帳號，公司其他人還在地端。我一對一打給他，我這邊的媒體？');
    expect(found).toMatchObject({ peer: 'customerNetwork', peerHoming: 'online', homing: 'online' });
  });

  it('reads "上雲" as homed Online', () => {
    expect(slots('hybrid。組長已經上雲了，在客戶那邊用訪客 Wi-Fi，要加入處長（地端帳號）開的會。組長的媒體？')).toMatchObject({
      homing: 'online',
      location: 'internet',
      organizer: 'onPremises',
    });
  });

  it('does not read telephony set-up words as a phone call when the text says it is not one', () => {
    expect(slots('We have Cloud Connector Edition for the telephony, all users in Skype Online. Ana calls me in Skype, not a phone call; we both sit in the Lima office. Audio path?')).not.toHaveProperty('callType', 'pstn');
    expect(slots("Online tenant with Calling Plans. A user in the office dials a supplier's cell. Media?")).toMatchObject({ callType: 'pstn' });
  });
});

describe('round 3: reflexives and the other party on the move', () => {
  it('reads "自己" after a verb as the one its clause is about, not the speaker', () => {
    expect(slots('混合部署，地端帳號的同仁在宿舍用自己手機分享上網（沒連 VPN），打給在廠區的同事（也是地端帳號）。同仁這端的媒體？')).toMatchObject({
      location: 'internet',
      peer: 'customerNetwork',
      homing: 'onPremises',
      peerHoming: 'onPremises',
    });
  });

  it('reads "對方去X出差" and "對方住飯店" as where the other party is, not a place the other party owns', () => {
    expect(slots('hybrid，兩個都是地端帳號；我在高雄辦公室，對方去日本出差住飯店沒掛 VPN。1:1，我這邊的媒體？')).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
    });
  });
});

describe('round 3: terse and non-native English', () => {
  it('reads a place that goes on from the one before it as the same person\'s ("from her desk at HQ")', () => {
    expect(slots('Online only. Our VP will join the budget review that our finance lead Ms. Adeyemi set up, from his desk at HQ. Media path?')).toMatchObject({
      location: 'customerNetwork',
      organizer: 'online',
    });
  });

  it('reads "sfbo homed" and "migrated to sfbo" as homed Online', () => {
    expect(slots('hybrid. user (sfbo homed) at home no vpn calls a colleague, also on-prem homed, in the office. path for the user?')).toMatchObject({
      homing: 'online',
      peerHoming: 'onPremises',
    });
    expect(slots('hybrid deployment, these two were both migrated to sfbo. both at HQ, p2p call. paths?')).toMatchObject({
      homing: 'online',
      peerHoming: 'online',
    });
  });

  it('reads a department head as a person and "Tanaka-san" as a name', () => {
    expect(slots('Our company is hybrid. Tanaka-san is Online homed and in the Osaka office. He joins a meeting of our department head, who is on-prem. Paths for Tanaka-san?')).toMatchObject({
      homing: 'online',
      location: 'customerNetwork',
      organizer: 'onPremises',
    });
  });
});

describe('round 3: who presents a broadcast', () => {
  it('follows "講者是業務副總" to the title after a department, and "當...主講人" (acts as) to who acts', () => {
    expect(slots('Skype 會議廣播，主講人是研發處長，人在機場用手機熱點（沒 VPN），主講人的媒體？')).toMatchObject({ callType: 'broadcast', location: 'internet' });
    expect(slots('校長在行政大樓的會議室當 Skype 會議廣播的主講人，他的訊號走 ER 嗎？')).toMatchObject({ callType: 'broadcast', location: 'customerNetwork' });
  });
});

describe('round 3: everyone, offices of a title, and which server', () => {
  it('reads "使用者都在 Online" as everyone, so the one described after is the user', () => {
    expect(slots('我們是 CCE，使用者都在 Online，同仁在飯店沒開 VPN，用 Skype 撥市話，會走 ER 嗎？')).toMatchObject({
      deployment: 'cloudConnector',
      callType: 'pstn',
      location: 'internet',
    });
  });

  it('reads "處長室召開的會議" as the 處長\'s meeting', () => {
    expect(slots('本校是 CCE，帳號都在雲端。老師在研究室加入處長室召開的會議，處長也是 Online 帳號。路徑？')).toMatchObject({
      organizer: 'online',
      location: 'customerNetwork',
    });
  });

  it('reads a place right before a server as which server, not where someone is', () => {
    expect(slots('混合式。主任帳號在校內 Skype Server，人在機場，要參加召集人是 Online 帳號的會議。主任的路徑？')).toMatchObject({
      homing: 'onPremises',
      location: 'internet',
      organizer: 'online',
    });
  });
});

describe('round 3: terse openings and contrasts', () => {
  it('reads "online." opening a question as the deployment, and "w/o VPN" as without', () => {
    expect(slots('online. the budget sync Maria runs, me at an airport lounge. media path?')).toMatchObject({ deployment: 'online', organizer: 'online', location: 'internet' });
    expect(slots('online. she is at home.')).not.toHaveProperty('deployment');
    expect(slots('Online only, user at home w/o VPN dials a landline. Signaling?')).toMatchObject({ location: 'internet', callType: 'pstn' });
  });

  it('reads the network said after "but" as outweighing the room ("在辦公室但是用手機熱點")', () => {
    expect(slots('我人在總部但是用手機熱點上網，我們 Online，打給在家的同事，媒體？')).toMatchObject({ location: 'internet', peer: 'internet' });
  });
});

describe('round 3: what someone does at a place, and their body after a time word', () => {
  it('reads a place, then what is done there, then "的" and a person as that person\'s place ("在家休假的同事")', () => {
    expect(slots('純 Online，我在辦公室，跟在家休假的同事一對一視訊，同事沒開 VPN。我的媒體？')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });

  it('reads "人" after a person and a time word as that person ("科長今天人不在局裡")', () => {
    expect(slots('本局混合式。科長帳號在地端，今天人不在局裡，在家沒連 VPN，要參加處長發起的會議，處長是 Online 帳號。科長的媒體？')).toMatchObject({
      homing: 'onPremises',
      location: 'internet',
      organizer: 'online',
    });
  });
});

describe('round 3: English role nouns the vocabulary does not know', () => {
  it('reads a noun before "who", or called and then placed, as a person', () => {
    expect(slots('Online only. I am at home, no VPN, and I video call the provost who is in his office on campus. My media?')).toMatchObject({
      callType: 'peerToPeer',
      location: 'internet',
      peer: 'customerNetwork',
    });
    expect(slots('Hybrid. I am homed online and at HQ; I ring a machinist on the shop floor who is still on the on-prem pool. My path?')).toMatchObject({
      callType: 'peerToPeer',
      homing: 'online',
      peer: 'customerNetwork',
      peerHoming: 'onPremises',
    });
  });
});

describe('round 3: a title character after a person word', () => {
  it('reads "稽核員" as one person word, not "員出差" as a place', () => {
    expect(slots('全 Online。稽核員出差住旅館，用旅館 Wi-Fi，沒連 VPN，跟在總部的主管一對一通話。稽核員的媒體？')).toMatchObject({
      location: 'internet',
      peer: 'customerNetwork',
    });
  });
});

describe('round 3: accounts, both parties placed, and another organization\'s rooms', () => {
  it('reads "對方地端帳號" as the other party\'s homing, not another company\'s servers, and two people placed together as a call between them', () => {
    expect(slots('hybrid / 我 online 帳號 / 對方地端帳號 / 都在高雄廠內網 / 訊號跟媒體？')).toMatchObject({
      callType: 'peerToPeer',
      homing: 'online',
      peerHoming: 'onPremises',
      location: 'customerNetwork',
      peer: 'customerNetwork',
    });
  });

  it('reads a place named by the other organization\'s people ("客戶那邊的採購") as theirs when the other party is federated', () => {
    expect(slots('我們是 CCE（帳號全部 Online）。業務在機場用機場 Wi-Fi，跟客戶那邊的窗口 P2P，客戶是 federated 的外部組織。業務這端的路徑？')).toMatchObject({
      location: 'internet',
      peer: 'federated',
    });
  });
});

describe('round 3: the ways a question offers, and another company\'s on-premises servers', () => {
  it('reads a place offered as a way for the traffic ("還是直接出外網") as nobody\'s', () => {
    expect(slots('純 online，我在新竹辦公室，SfB 打給在家 WFH 的業務（他沒連 VPN），我這端的 media 會走 ER 還是直接出外網？')).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
    });
  });

  it('reads "地端" said of a meeting another company\'s servers host as those servers', () => {
    expect(slots('全雲端 SfB。會計在台南辦公室要加入廠商的會議，那場是廠商用他們自己機房的 SfB Server（地端）開的。會計這邊的媒體？')).toMatchObject({
      organizer: 'otherCompany',
      location: 'customerNetwork',
    });
  });
});

describe('round 3: phone calls to someone, meetings sent, and "外部" as a word that describes', () => {
  it('reads the one a phone call reaches as called ("打外線回局裡總機"), so the caller is the user', () => {
    expect(slots('Online 環境，承辦人在機場用 Skype 打外線回局裡總機，媒體會經過 ExpressRoute 嗎？')).toMatchObject({ callType: 'pstn', location: 'internet' });
  });

  it('reads "X 發了一個會議" as X\'s meeting and "signaling 會不會上雲" as no homing', () => {
    expect(slots('本院混合式。組長帳號在地端，我的帳號也在地端。組長發了一個會議，我在行政大樓加入。訊號會不會上雲？')).toMatchObject({
      organizer: 'onPremises',
      homing: 'onPremises',
      location: 'customerNetwork',
    });
  });

  it('reads "外部" before what it describes as no place ("跟外部合作的保險公司業務")', () => {
    expect(slots('我們是 CCE，使用者都在 Online。行員在櫃檯跟外部合作的保險公司業務一對一視訊，保險公司有自己的租用戶、有同盟。媒體？')).toMatchObject({
      location: 'customerNetwork',
      peer: 'federated',
    });
  });
});

describe('round 3: a ticket\'s labelled lines', () => {
  it('reads "User: <name>" as the user being that person', () => {
    expect(slots('REQ-1204\nUser: Ingrid Falk (homed on-prem, hybrid deployment)\nLocation: hotel, not on VPN\nMeeting: organized by an Online-homed colleague\nPlease advise the media path.')).toMatchObject({
      homing: 'onPremises',
      location: 'internet',
      organizer: 'online',
    });
  });
});

describe('round 3: what the writer says they do not know', () => {
  it('leaves the place out when the writer does not know the network ("不知道他連的是什麼網路", "not sure which network")', () => {
    expect(slots('CCE，業務人在客戶工廠，用 SfB 撥客戶的市話，不知道他連的是什麼網路，會走 ER 嗎？')).not.toHaveProperty('location');
    expect(slots("Online only. She's at a client site and I'm not sure which network she is on; she dials a landline. Signaling?")).not.toHaveProperty('location');
    expect(slots('CCE，業務在客戶工廠，用客戶的訪客 Wi-Fi，撥客戶的市話，會走 ER 嗎？')).toMatchObject({ location: 'internet' });
  });
});

describe('round 3: where a meeting is held', () => {
  it('reads "會議開在地端機房", "週會開在雲端" and "the meeting lives on our on-prem pool" as where the meeting is hosted', () => {
    expect(slots('混合式，會議開在地端機房，我是 Online 帳號，在家沒連 VPN，媒體？')).toMatchObject({ organizer: 'onPremises', homing: 'online', location: 'internet' });
    expect(slots('混合式，週會開在雲端，我帳號在地端，人在辦公室，路徑？')).toMatchObject({ organizer: 'online', homing: 'onPremises' });
    expect(slots("hybrid. meeting lives on our on-prem pool. I'm homed on-prem, WFH without VPN. paths?")).toMatchObject({ organizer: 'onPremises', location: 'internet' });
  });

  it('reads "一個" before a meeting as an article, not a person ("帳號在地端的同仁要參加一個開在雲端的會議")', () => {
    expect(slots('混合式。帳號還在地端的同仁要參加一個開在雲端的會議，人在公司。路徑？')).toMatchObject({ homing: 'onPremises', organizer: 'online' });
  });
});

describe('round 3: terse Chinese with spaces, "Online，" openings and Online meetings by their host', () => {
  it('does not read "在家沒 vpn" as describing the person named right after it without "的"', () => {
    expect(slots('hybrid 我跟對方都是 online 帳號 我在家沒 vpn 對方在公司 p2p media?')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
    expect(slots('純 Online，在家沒 VPN 的同事打給在公司的我，我的媒體？')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });

  it('reads "Online，" opening a question as the deployment, and "my boss\'s Online meeting" as hosted Online', () => {
    expect(slots('Online，我不在公司也沒連 VPN，撥外線給客戶，訊號？')).toMatchObject({ deployment: 'online', location: 'internet', callType: 'pstn' });
    expect(slots("Hybrid. I'm on-prem, at home with the VPN down, joining my boss's Online meeting. media?")).toMatchObject({ organizer: 'online', homing: 'onPremises' });
  });
});

describe('round 3: invitations', () => {
  it('reads "a meeting X sent out" and "an invite hosted on their own server" as meetings and who hosts them', () => {
    expect(slots("Hybrid. Joining a meeting the finance director sent out; she's on the on-prem pool; me: online homed, home office, VPN connected. signaling?")).toMatchObject({
      callType: 'conference',
      organizer: 'onPremises',
      homing: 'online',
      location: 'customerNetwork',
    });
    expect(slots("Online only, a client sent us a Skype invite hosted on their own Skype server. I'm at HQ. media?")).toMatchObject({ callType: 'conference', organizer: 'otherCompany' });
  });
});

describe('round 3: counting companies and calls to my mobile', () => {
  it('reads "兩家有同盟" as two companies, not as at home, and "客戶打我手機" as a phone call', () => {
    expect(slots('純 Online，客戶從他們公司用 Skype 打給我（兩家有同盟），我在分公司，媒體？')).toMatchObject({ location: 'customerNetwork', peer: 'federated' });
    expect(slots('純 Online，我在家沒 VPN，客戶打我手機，訊號？')).toMatchObject({ callType: 'pstn', location: 'internet' });
  });
});

describe('round 3: who is told', () => {
  it('reads "tell me the media path" as asking, not as the speaker\'s side', () => {
    expect(slots('Hybrid. Can you tell me the media path when an online user working remotely joins a meeting hosted by an on-prem user?')).toMatchObject({
      homing: 'online',
      location: 'internet',
      organizer: 'onPremises',
    });
  });
});

describe('a relative clause goes on past "and" (round 4)', () => {
  it.each([
    'User Jamal (homed Online) on the Sydney office LAN makes a 1:1 call to Lena, who is homed on-prem and working from her flat without VPN.',
    'Jamal, homed Online, sits on the Sydney office LAN and calls Lena, who is on the on-prem pool and working from home with no VPN.',
  ])('%s', (text) => {
    expect(slots(`Hybrid tenant. ${text} Jamal's paths?`)).toEqual({
      deployment: 'hybrid',
      callType: 'peerToPeer',
      homing: 'online',
      location: 'customerNetwork',
      peerHoming: 'onPremises',
      peer: 'internet',
    });
  });
});

describe('facts as a bulleted list, two users told apart by "our" (round 4)', () => {
  it.each(['•', '-', '*'])('bullets %s', (bullet) => {
    const text = [
      'Customer setup:',
      `${bullet} SfB hybrid, ExpressRoute live`,
      `${bullet} our user: homed on the on-prem pool, in the office`,
      `${bullet} other end: user at a federated partner, homed in their Skype Online`,
      `${bullet} firewall blocks the direct route between the two clients`,
      "Which way does our user's media go on the 1:1?",
    ].join('\n');
    expect(slots(text)).toMatchObject({ deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', location: 'customerNetwork', peer: 'federated', firewall: 'blocksDirect' });
  });
});

describe('a capitalized word before a word for a machine names the machine (round 4)', () => {
  it.each(['Mediation Server', 'Director pool', 'Edge pool', 'Survivable Branch Appliance'])('a SIP trunk from our on-prem %s', (thing) => {
    expect(slots(`Setup: SfB Server 2015 pool with Enterprise Voice, SIP trunk from our on-prem ${thing} to the carrier, hybrid with Online for part of the users. When a user homed on the on-prem pool makes a PSTN call from the office, does any of it go through ExpressRoute?`)).toEqual({
      deployment: 'hybrid',
      callType: 'pstn',
      homing: 'onPremises',
      location: 'customerNetwork',
    });
  });
});

describe('a place called is where the other party is (round 4)', () => {
  it.each(['call the office', 'ring HQ', 'dial head office'])('when I %s from home', (call) => {
    expect(slots(`Online only. When I ${call} from home, off VPN, the audio cuts out. Path?`)).toMatchObject({ location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' });
  });
});
