// Chinese probe grids (issue 15, round 5): where the user is, where accounts are homed and of whom, where the other
// party is, and who organized a meeting. Invented from how people write (helpdesk tickets, LINE chat, forum posts,
// formal mail, Simplified input, phonetic-input typos), not from any blind set.
import { fill, part, product, type GridItem, type Part } from './grid';

const IN = { location: 'customerNetwork' } as const;
const OUT = { location: 'internet' } as const;

/** Ways to say where someone is, with the place's value as the user's location. */
export const PLACES: readonly Part[] = [
  // in our network
  part('在公司', IN),
  part('在辦公室', IN),
  part('人在辦公室', IN),
  part('在總部', IN),
  part('在總公司', IN),
  part('在分公司', IN),
  part('在高雄分公司', IN),
  part('在台中分行', IN),
  part('在座位上', IN),
  part('在自己位子上', IN),
  part('在 12 樓辦公室', IN),
  part('在 3 樓會議室', IN),
  part('在工廠', IN),
  part('在竹科廠區', IN),
  part('在門市', IN),
  part('在研發中心', IN),
  part('在公司內網', IN),
  part('在公司 LAN', IN),
  part('在公司連有線網路', IN),
  part('在家但有連 VPN', IN),
  part('在飯店有掛 VPN', IN),
  part('在辦工室', IN),
  part('在办公室', IN),
  part('在总部', IN),
  part('在公司里', IN),
  // on the Internet
  part('在家', OUT),
  part('在家裡', OUT),
  part('在家工作', OUT),
  part('今天在家', OUT),
  part('在家 WFH', OUT),
  part('在家沒連 VPN', OUT),
  part('在家沒開 VPN', OUT),
  part('在飯店', OUT),
  part('在出差的飯店', OUT),
  part('在機場', OUT),
  part('在機場貴賓室', OUT),
  part('在高鐵上', OUT),
  part('在咖啡廳', OUT),
  part('在星巴克', OUT),
  part('在外面', OUT),
  part('出差中', OUT),
  part('在國外出差', OUT),
  part('在客戶那邊', OUT),
  part('用手機熱點', OUT),
  part('用手機分享網路', OUT),
  part('在租屋處', OUT),
  part('在民宿', OUT),
  part('在加裡', OUT),
  part('在家里', OUT),
  part('在酒店', OUT),
  part('在机场', OUT),
  part('在咖啡厅', OUT),
  part('用手机热点', OUT),
];

/** The user asked about, named in many ways. */
const USERS: readonly Part[] = [part('我'), part('使用者'), part('主管'), part('小王'), part('客戶的使用者'), part('使用者 A'), part('業務部的同事'), part('陳經理')];

/** Calls that state no other party's place. */
const CALLS: readonly Part[] = [
  part('撥外線給客戶', { callType: 'pstn' }),
  part('打客戶的手機', { callType: 'pstn' }),
  part('加入一個 Skype 會議', { callType: 'conference' }),
  part('开会议', { callType: 'conference' }),
  part('打給同事', { callType: 'peerToPeer' }),
];

const QUESTIONS: readonly Part[] = [part('媒體走哪？'), part('信令跟媒體怎麼走？'), part('signaling 會走 ER 嗎')];

/** The user's location: who x place x call x question, in two orders and as a ticket's field. */
export function locationGrid(): GridItem[] {
  const items: GridItem[] = [];
  for (const [who, place, call, question] of product([USERS, PLACES, CALLS, QUESTIONS])) {
    items.push(fill('{0}{1}{2}，{3}', [who, place, call, question]));
  }
  for (const [who, place, call] of product([USERS.slice(0, 4), PLACES, CALLS])) {
    items.push(fill('要{2}，{0}目前{1}，路徑？', [who, place, call]));
    items.push(fill('報修人：{0}\n位置：{1}\n狀況：{2}時斷斷續續\n請問媒體路徑？', [who, part(place.text.replace(/^(人)?在/, ''), place.slots), call]));
  }
  return items;
}

/**
 * Places said of someone else, of another time, of a machine, or only heard: they state nothing about the user's
 * call. (A place asked about or supposed, "如果在家的話", is the intents helper's class this round.)
 */
const DISTRACTORS: readonly Part[] = [
  part('聽說他在家，不確定。'),
  part('聽說對方好像在飯店，我也不確定。'),
  part('上週在家的時候沒問題，這週'),
  part('之前出差在飯店也遇過，這次'),
  part('老闆今天在家，'),
  part('協理人在國外出差，'),
  part('伺服器在總部機房，'),
  part('SfB Server 放在台北機房，'),
  part('Edge 在 DMZ，'),
];

/** Users other than the people the distractors name. */
const PLAIN_USERS: readonly Part[] = [part('我'), part('使用者'), part('小王'), part('業務部的同事')];

/** A distractor, then the user (with or without a place of their own) and a call: only the user's place is read. */
export function distractorGrid(): GridItem[] {
  const places: readonly Part[] = [part(''), part('在公司', IN), part('在家', OUT), part('在分公司', IN), part('在機場', OUT), part('在家沒連 VPN', OUT)];
  return product([DISTRACTORS, PLAIN_USERS, places, CALLS]).map(([distractor, who, place, call]) =>
    fill('{0}{1}{2}{3}，媒體走哪？', [distractor, who, place, call]),
  );
}

const ONLINE = { homing: 'online' } as const;
const ONPREM = { homing: 'onPremises' } as const;

/** Ways to say where an account is homed (said of the user). */
export const HOMINGS: readonly Part[] = [
  part('帳號在 Online', ONLINE),
  part('帳號在雲端', ONLINE),
  part('帳號已經搬到 Online', ONLINE),
  part('帳號 move 到 Online 了', ONLINE),
  part('是 Online 使用者', ONLINE),
  part('帳號在線上', ONLINE),
  part('已經上雲了', ONLINE),
  part('账号在云端', ONLINE),
  part('帳號在 SfB Online', ONLINE),
  part('帳號在地端', ONPREM),
  part('帳號還在地端 pool', ONPREM),
  part('帳號在本地', ONPREM),
  part('是 on-prem 使用者', ONPREM),
  part('帳號還在 on-prem', ONPREM),
  part('帳號在內部部署', ONPREM),
  part('账号在本地', ONPREM),
  part('帳號在地端 SfB Server 上', ONPREM),
  part('帳號在地端的 pool', ONPREM),
];

const peerSide = (homing: Part): Part => part(homing.text, { peerHoming: homing.slots!.homing });

/** Homing said of the user, of the other party, of both. */
export function homingGrid(): GridItem[] {
  const items: GridItem[] = [];
  const hybrid = { deployment: 'hybrid' } as const;
  for (const [who, homing] of product([USERS.slice(0, 4), HOMINGS])) {
    items.push(fill('我們是 hybrid，{0}{1}，在公司打外線，媒體走哪？', [who, homing], { ...hybrid, ...IN, callType: 'pstn' }));
    items.push(fill('Hybrid 環境，{0}{1}，在家加入會議，signaling 走哪？', [who, homing], { ...hybrid, ...OUT, callType: 'conference' }));
    items.push(fill('混合部署。{0}在辦公室，{1}，打給在家的同事，路徑？', [who, homing], { ...hybrid, ...IN, peer: 'internet', callType: 'peerToPeer' }));
  }
  for (const [homing, who] of product([HOMINGS, [part('同事'), part('小李'), part('主管')]])) {
    items.push(fill('hybrid，我在公司打給{1}，{1}{0}，人在家，媒體走哪？', [peerSide(homing), who], { ...hybrid, ...IN, peer: 'internet', callType: 'peerToPeer' }));
  }
  for (const homing of HOMINGS) {
    const both = { homing: homing.slots!.homing, peerHoming: homing.slots!.homing };
    items.push(fill('hybrid，我跟同事兩個人{0}，都在辦公室，一對一通話媒體走哪？', [part(homing.text.replace(/^帳號/, '帳號都').replace(/^是/, '都是'), both)], { ...hybrid, ...IN, peer: 'customerNetwork', callType: 'peerToPeer' }));
  }
  return items;
}

const PEER_IN = { peer: 'customerNetwork' } as const;
const PEER_OUT = { peer: 'internet' } as const;
const PEER_FED = { peer: 'federated' } as const;

/** Where the other party is: relative clause, after the call, before it, and PSTN numbers (no other party). */
export function peerGrid(): GridItem[] {
  const items: GridItem[] = [];
  const peers: readonly Part[] = [part('同事'), part('主管'), part('小李'), part('業務'), part('客服組長'), part('值班的客服')];
  const where: readonly Part[] = [
    part('在家', PEER_OUT),
    part('在飯店', PEER_OUT),
    part('在機場', PEER_OUT),
    part('出差中', PEER_OUT),
    part('在高鐵上', PEER_OUT),
    part('用手機熱點', PEER_OUT),
    part('在家沒連 VPN', PEER_OUT),
    part('在分公司', PEER_IN),
    part('在總部', PEER_IN),
    part('在辦公室', PEER_IN),
    part('在 5 樓', PEER_IN),
    part('在工廠', PEER_IN),
    part('在家有連 VPN', PEER_IN),
  ];
  const userPlace: readonly Part[] = [part('我在公司', IN), part('我在家', OUT), part('我人在總部', IN)];
  const p2p = { callType: 'peerToPeer' } as const;
  for (const [me, who, place] of product([userPlace, peers, where])) {
    items.push(fill('{0}打給{2}的{1}，媒體走哪？', [me, who, place], p2p));
    items.push(fill('{0}跟{1}一對一通話，{1}{2}，路徑？', [me, who, place], p2p));
    items.push(fill('{1}{2}，{0}要用 Skype 打給他，信令怎麼走？', [me, who, place], p2p));
    items.push(fill('{0}，跟{2}的{1}打 1:1，我這邊走哪？', [me, who, place], p2p));
  }
  const pstn: readonly Part[] = [
    part('打到客戶公司總機'),
    part('撥外線給廠商'),
    part('打客戶的手機'),
    part('打到供應商的市話'),
    part('撥 0800 客服'),
    part('打到客户公司总机'),
    part('打客戶電話'),
    part('撥廠商的電話'),
  ];
  for (const [me, call] of product([userPlace, pstn])) items.push(fill('{0}{1}，媒體走哪？', [me, call], { callType: 'pstn' }));
  const federated: readonly Part[] = [part('打給合作夥伴（有做同盟）'), part('跟同盟廠商的窗口一對一'), part('打給 federated 的外部聯絡人')];
  for (const [me, call] of product([userPlace, federated])) items.push(fill('{0}{1}，媒體走哪？', [me, call], { ...PEER_FED, ...p2p }));
  return items;
}

/** Who organized a meeting, in many forms, and where that person is homed. */
export function organizerGrid(): GridItem[] {
  const items: GridItem[] = [];
  const hosts: readonly Part[] = [part('主管'), part('小王'), part('總經理'), part('協理')];
  const forms = ['{0}開的會', '{0}約的會議', '{0}主持的會', '{0}發起的會議', '{0}的會議', '{0}排的會', '{0}發的會議邀請', '{0}發起的線上會議', '由{0}召集之線上會議'];
  const homings: readonly Part[] = [
    part('帳號在地端', { organizer: 'onPremises' }),
    part('帳號還在 on-prem', { organizer: 'onPremises' }),
    part('是地端使用者', { organizer: 'onPremises' }),
    part('帳號在 Online', { organizer: 'online' }),
    part('帳號在雲端', { organizer: 'online' }),
    part('已經搬到 Online', { organizer: 'online' }),
  ];
  for (const [host, homing, place] of product([hosts, homings, [part('在家', OUT), part('在辦公室', IN)]])) {
    for (const form of forms) {
      const meeting = form.replace('{0}', host.text);
      const base = { deployment: 'hybrid', callType: 'conference' } as const;
      items.push(fill(`hybrid，我{2}加入${meeting}，{0}{1}，媒體走哪？`, [host, homing, place], base));
      items.push(fill(`hybrid，{0}{1}。我{2}要加入${meeting}，路徑？`, [host, homing, place], base));
    }
    // The host named once, then by a pronoun: "他的會議", "他開的會" are theirs.
    for (const meeting of ['他的會議', '他開的會', '她的會議', '他約的會議']) {
      items.push(fill(`hybrid，{0}{1}，我{2}加入${meeting}，媒體走哪？`, [host, homing, place], { deployment: 'hybrid', callType: 'conference' }));
    }
  }
  // Where the host is, in their own clause, is nobody's place in the meeting.
  for (const [host, where, meeting] of product([hosts, [part('在機場'), part('在家'), part('在辦公室'), part('出差中')], [part('他的會議'), part('他開的會')]])) {
    // Everyone Online: one of our own people hosts it Online.
    items.push(fill('純 Online，{0}{1}，叫我加入{2}，訊號走哪？', [host, where, meeting], { callType: 'conference', organizer: 'online' }));
  }
  return items;
}

/**
 * Being on the VPN or not, said with a place outside our network in every order: on the VPN is our network whatever
 * the room; a VPN denied, whoever's VPN it is (公司, 學校), leaves the room's Internet.
 */
export function vpnGrid(): GridItem[] {
  const places: readonly Part[] = [part('在家'), part('在租屋處'), part('在校外'), part('在宿舍'), part('在老家'), part('在飯店'), part('在機場'), part('在咖啡廳'), part('在高鐵上'), part('在外面')];
  const vpns: readonly Part[] = [
    part('有連 VPN', IN),
    part('有連公司 VPN', IN),
    part('有連公司的 VPN', IN),
    part('有掛學校的 VPN', IN),
    part('VPN 有開', IN),
    part('透過 VPN 連回公司', IN),
    part('掛著 VPN', IN),
    part('公司 VPN 有連上', IN),
    part('沒連 VPN', OUT),
    part('沒連公司 VPN', OUT),
    part('沒連學校的 VPN', OUT),
    part('沒有開公司的 VPN', OUT),
    part('VPN 沒開', OUT),
    part('公司 VPN 沒連', OUT),
    part('學校 VPN 沒連上', OUT),
    part('未連線 VPN', OUT),
    part('沒掛 VPN', OUT),
    part('沒有連上學校 VPN', OUT),
    part('VPN 關掉了', OUT),
    part('没连公司的 VPN', OUT),
    // Whose VPN said with a word for a place of ours (校內, 院內, 本校): the VPN's name, not where anyone is.
    part('有連校內 VPN', IN),
    part('有掛本院 VPN', IN),
    part('有連廠內 VPN', IN),
    part('未連線校內 VPN', OUT),
    part('沒連院內 VPN', OUT),
    part('院內 VPN 已斷線', OUT),
    part('本校 VPN 沒開', OUT),
    part('沒有連上本公司 VPN', OUT),
  ];
  const who: readonly Part[] = [part('我'), part('學生'), part('小王')];
  const items: GridItem[] = [];
  for (const [person, place, vpn] of product([who, places, vpns])) {
    items.push(fill('{0}{1}{2}，打外線給客戶，媒體走哪？', [person, place, vpn], { callType: 'pstn' }));
    items.push(fill('{0}{1}（{2}）加入會議，信令怎麼走？', [person, place, vpn], { callType: 'conference' }));
    items.push(fill('{0}{1}，{2}，打外線，路徑？', [person, place, vpn], { callType: 'pstn' }));
  }
  return items;
}

/**
 * Phonetic-input typos (注音/拼音: a character swapped for one that sounds the same) in the domain's words, two
 * characters long as well as longer: each reads as the word it stands for.
 */
export function typoGrid(): GridItem[] {
  const places: readonly Part[] = [
    part('在家', OUT), part('再家', OUT), part('在家裡', OUT), part('在加裡', OUT),
    part('在公司', IN), part('在工司', IN), part('在辦公室', IN), part('在辦工室', IN), part('在分工司', IN),
  ];
  const calls: readonly Part[] = [
    part('打外線', { callType: 'pstn' }), part('打外現', { callType: 'pstn' }), part('撥外限', { callType: 'pstn' }),
    part('加入會議', { callType: 'conference' }), part('加入會義', { callType: 'conference' }), part('加入會意', { callType: 'conference' }),
    part('參加視訊會議', { callType: 'conference' }), part('參加視迅會議', { callType: 'conference' }),
    part('跟同事一對一視訊', { callType: 'peerToPeer' }), part('跟同事一對一視迅', { callType: 'peerToPeer' }),
  ];
  const questions: readonly Part[] = [part('訊號走哪？'), part('迅號走哪？'), part('訊好走哪？'), part('媒體怎麼走？')];
  const homings: readonly Part[] = [
    part('帳號在雲端', { homing: 'online' }), part('張號在雲端', { homing: 'online' }), part('帳號在芸端', { homing: 'online' }),
    part('帳號在地端', { homing: 'onPremises' }), part('帳好在地端', { homing: 'onPremises' }), part('帳號再地端', { homing: 'onPremises' }),
  ];
  const items = product([[part('我'), part('小王')], places, calls, questions]).map(([who, place, call, question]) => fill('{0}{1}{2}，{3}', [who, place, call, question]));
  for (const [homing, question] of product([homings, questions])) {
    items.push(fill('hybrid，我{0}，在公司打外線，{1}', [homing, question], { deployment: 'hybrid', ...IN, callType: 'pstn' }));
  }
  return items;
}

/**
 * 都 after oneself alone says always, not both of two ("我都在公司，打給同事": the colleague's place is not said);
 * a pair or a plural before it still shares the place ("我跟同事都在公司").
 */
export function alwaysGrid(): GridItem[] {
  const places: readonly Part[] = [part('公司', IN), part('辦公室', IN), part('總部', IN), part('家', OUT), part('外面', OUT)];
  const calls: readonly Part[] = [part('打給同事', { callType: 'peerToPeer' }), part('跟主管一對一', { callType: 'peerToPeer' }), part('撥外線給客戶', { callType: 'pstn' })];
  const items = product([places, calls]).map(([place, call]) => fill('我都在{0}，{1}，媒體走哪？', [place, call]));
  for (const place of places) {
    const shared = { peer: place.slots!.location, callType: 'peerToPeer' } as const;
    items.push(fill('我跟同事都在{0}，一對一，媒體走哪？', [place], shared));
    items.push(fill('我們兩個都在{0}，一對一，路徑？', [place], shared));
  }
  return items;
}

/**
 * Call types in other words (round 9): dialing out (撥市話, 外撥, call out, 長途, 119), a call put through by the
 * switchboard, a video or group call, a three-way call (a conference, as SfB escalates it), a live event. Said with
 * where the user is right before it ("在公司外撥" is the office, then dialing out: never "outside the office").
 */
export function callTypeGrid(): GridItem[] {
  const pstn = { callType: 'pstn' } as const;
  const conference = { callType: 'conference' } as const;
  const calls: readonly Part[] = [
    part('撥市話給客戶', pstn),
    part('打手機給廠商', pstn),
    part('外撥給客戶', pstn),
    part('用 Skype 外撥', pstn),
    part('外撥到供應商', pstn),
    part('call out 給客戶', pstn),
    part('call out 到客戶的市話', pstn),
    part('撥國際電話給日本原廠', pstn),
    part('打長途電話給南部的客戶', pstn),
    part('打 119', pstn),
    part('接總機轉接進來的客戶電話', pstn),
    part('接到總機轉過來的外線', pstn),
    part('撥 0800 客服專線', pstn),
    part('打到客戶公司的總機', pstn),
    part('跟同事開視訊', { callType: 'peerToPeer' }),
    part('跟主管 1對1 視訊', { callType: 'peerToPeer' }),
    part('拉群組通話', conference),
    part('拉了一個群組視訊', conference),
    part('跟兩個同事三方通話', conference),
    part('開三方會議', conference),
    part('開電話會議', conference),
    part('看公司的直播', { callType: 'broadcast' }),
    part('參加大型線上活動', { callType: 'broadcast' }),
    part('收看線上活動', { callType: 'broadcast' }),
    part('看全員大會直播', { callType: 'broadcast' }),
  ];
  const places: readonly Part[] = [part('在公司', IN), part('在辦公室', IN), part('在家', OUT), part('在高鐵上', OUT)];
  const items: GridItem[] = [];
  for (const [who, place, call, question] of product([PLAIN_USERS, places, calls, QUESTIONS])) {
    items.push(fill('{0}{1}{2}，{3}', [who, place, call, question]));
  }
  for (const [place, call] of product([places, calls])) {
    items.push(fill('報修人：小王\n位置：{0}\n狀況：{1}時聲音斷斷續續\n請問媒體路徑？', [part(place.text.replace(/^在/, ''), place.slots), call]));
  }
  return items;
}

/**
 * The organizer in other words (round 9): a field or a copula naming the host (會議發起人是, 召集人：, 主辦單位), 開會的人,
 * the invitation sent by them, their meeting link, their account the meeting was set up with; where the host is
 * homed in a clause after, an aside, a sentence of its own, or by a pronoun. The user joins from the office.
 */
export function organizerWordsGrid(): GridItem[] {
  const hosts: readonly Part[] = [part('協理'), part('王經理'), part('Amy'), part('主任')];
  const ways = [
    '我在公司加入{0}開的會',
    '我在公司加入會議，會議發起人是{0}',
    '我在公司加入會議，召集人：{0}',
    '我在公司加入會議，主辦人：{0}',
    '我在公司加入會議，開會的人是{0}',
    '我在公司加入開會的{0}那場會議',
    '我在公司加入會議，邀請是{0}寄的',
    '我在公司加入{0}寄來的會議邀請',
    '我在公司點{0}的會議連結加入',
    '我在公司點{0}傳的會議連結進會議',
    '我在公司加入會議，會議是用{0}的帳號開的',
    '我在公司加入會議，會議是{0}發起的',
  ];
  const homings: readonly [string, Part][] = [
    ['{w}，{0}帳號在地端', part('', { organizer: 'onPremises' })],
    ['{w}，{0}的帳號已經搬到 Online', part('', { organizer: 'online' })],
    ['{w}。{0}還在地端 pool 上', part('', { organizer: 'onPremises' })],
    ['{w}，他的帳號還在地端', part('', { organizer: 'onPremises' })],
    ['{w}，他已經上雲了', part('', { organizer: 'online' })],
  ];
  const items: GridItem[] = [];
  const base = { deployment: 'hybrid', callType: 'conference', ...IN } as const;
  for (const [host, way, [homing, said]] of product<unknown>([hosts, ways, homings]) as [Part, string, [string, Part]][]) {
    const text = `混合部署，${homing.replace('{w}', way)}，媒體走哪？`;
    items.push({ ...fill(text, [host]), slots: { ...base, ...said.slots }, tags: [way, homing] });
  }
  // The host's homing in an aside right after them.
  for (const [host, way] of product<unknown>([hosts, ways]) as [Part, string][]) {
    for (const [aside, value] of [['（地端帳號）', 'onPremises'], ['（Online 帳號）', 'online']] as const) {
      const text = `混合部署，${way.replace('{0}', `{0}${aside}`)}，媒體走哪？`;
      items.push({ ...fill(text, [host]), slots: { ...base, organizer: value }, tags: [way, 'aside'] });
    }
  }
  // The host and I homed together: an aside after the host, "我的帳號" as the second of the pair.
  const pairs = ['我跟{0}（我老闆）帳號都{1}', '{0}與我的帳號都{1}', '我和{0}的帳號都{1}', '{0}跟我兩個人帳號都{1}'];
  const shared: readonly [string, 'online' | 'onPremises'][] = [['在地端 pool', 'onPremises'], ['位於內部部署', 'onPremises'], ['已經搬到 Online', 'online'], ['在 Online', 'online']];
  for (const [host, pair, [where, value]] of product<unknown>([hosts, pairs, shared]) as [Part, string, [string, 'online' | 'onPremises']][]) {
    const text = `混合部署，${pair.replace('{1}', where)}，{0}發了一個會議，我在辦公室加入，路徑？`;
    items.push({ ...fill(text, [host]), slots: { ...base, homing: value, organizer: value }, tags: [pair, 'pair'] });
  }
  // Everyone Online, the meeting called by "our people": one of ours hosts it Online.
  for (const ours of ['公司同仁', '本公司同仁', '大家', '我們公司的人']) {
    items.push({ text: `本公司全面使用商務用 Skype Online，我在公司參加由${ours}召集的會議，媒體走哪？`, slots: { deployment: 'online', callType: 'conference', organizer: 'online', ...IN }, tags: ['ours'] });
  }
  return items;
}

/**
 * Where a share of the organization is homed (round 9): most, half, a few, the part that is left ("只剩 IT 還在
 * on-prem", "剩下業務部的帳號還在地端"), named by a word no person is read from (人, IT) or by a team: it says the
 * deployment is a mix, never where the user or the one they call is homed. The user's own homing said after it
 * ("只剩我還在地端") stays theirs.
 */
export function shareHomingGrid(): GridItem[] {
  const shares = ['大部分人都', '一半的人都', '少數同事', '有些同事', '只剩 IT', '只剩業務部', '剩下 IT 的帳號', '剩下研發部的帳號', '其餘的人都', '部分同仁'];
  const homings = ['還在地端', '已經搬到 Online 了', '還在 on-prem', '在雲端了'];
  const calls: readonly Part[] = [part('打外線', { callType: 'pstn' }), part('打給同事', { callType: 'peerToPeer' }), part('加入會議', { callType: 'conference' })];
  const hybrid = { deployment: 'hybrid' } as const;
  const items: GridItem[] = [];
  for (const [share, homing, call] of product<unknown>([shares, homings, calls]) as [string, string, Part][]) {
    items.push(fill(`混合部署，${share}${homing}，我在公司{0}，媒體走哪？`, [call], { ...hybrid, ...IN }));
    items.push(fill(`我們 hybrid。${share}${homing}。我在家沒連 VPN，{0}，訊號走哪？`, [call], { ...hybrid, ...OUT }));
  }
  for (const [share, call] of product<unknown>([['只剩我', '只剩下我', '其他人都上雲了，只剩我'], calls]) as [string, Part][]) {
    items.push(fill(`混合部署，${share}還在地端，我在公司{0}，媒體走哪？`, [call], { ...hybrid, ...IN, homing: 'onPremises' }));
  }
  return items;
}

/**
 * Where the one called is homed, said in a clause before them ("打給還在地端 pool 的阿明", "帳號已經搬到 Online 的主管"),
 * with where I am homed before it and where we are after.
 */
export function calleeHomingGrid(): GridItem[] {
  const theirs: readonly Part[] = [
    part('還在地端 pool 的', { peerHoming: 'onPremises' }),
    part('還在地端的', { peerHoming: 'onPremises' }),
    part('帳號還在地端的', { peerHoming: 'onPremises' }),
    part('還在 on-prem pool 的', { peerHoming: 'onPremises' }),
    part('地端帳號的', { peerHoming: 'onPremises' }),
    part('已經搬到 Online 的', { peerHoming: 'online' }),
    part('帳號在雲端的', { peerHoming: 'online' }),
    part('Online 帳號的', { peerHoming: 'online' }),
  ];
  const mine: readonly Part[] = [part('我帳號是 Online', { homing: 'online' }), part('我的帳號還在地端 pool', { homing: 'onPremises' }), part('我已經上雲了', { homing: 'online' })];
  const callees: readonly Part[] = [part('同事'), part('主管'), part('阿明'), part('採購的 Amy')];
  const base = { deployment: 'hybrid', callType: 'peerToPeer' } as const;
  const items: GridItem[] = [];
  for (const [me, their, who] of product([mine, theirs, callees])) {
    items.push(fill('混合部署，{0}，打給{1}{2}，我這邊怎麼走？', [me, their, who], base));
    items.push(fill('混合部署，{0}，在辦公室，打給{1}{2}，對方也在辦公室，我這邊怎麼走？', [me, their, who], { ...base, ...IN, peer: 'customerNetwork' }));
  }
  return items;
}
