// Chinese probe grids, round 8 (issue 15): who is who across the ways Taiwanese admins lay a question out (another
// company named by a letter, forwarded mail with quoted senders, ticket fields, meeting minutes, numbered bullets),
// "人都在" said by one speaker, and homing said of whom. Invented from how people write, not from any blind set.
import { fill, part, product, type GridItem, type Part } from './grid';

const IN = { location: 'customerNetwork' } as const;
const OUT = { location: 'internet' } as const;
const P2P = { callType: 'peerToPeer' } as const;
const FED = { peer: 'federated', callType: 'peerToPeer' } as const;

/** The user's own place, said first. */
const MINE: readonly Part[] = [part('我在公司', IN), part('我在家沒連 VPN', OUT), part('我人在高雄分公司', IN), part('我在機場', OUT)];

/**
 * Another company's people, the company named by a letter or a placeholder ("A 公司", "XX公司", "C 集團"), or by a
 * word for a company ("B 廠商", "代理商"): a 1:1 with them is federated.
 */
export function letterCompanyGrid(): GridItem[] {
  const companies: readonly Part[] = [
    part('A 公司的窗口'), part('A公司的PM'), part('B 公司的工程師'), part('XX公司的業務'), part('C 集團的採購'), part('D 企業的窗口'),
    part('A 公司那邊的窗口'), part('B 廠商的窗口'), part('代理商的業務'), part('OOO 公司的 IT'),
  ];
  const calls = ['{0}，跟{1}一對一，媒體走哪？', '{0}，打給{1}，1:1 通話，訊號怎麼走？', '{0}要和{1}用 Skype 視訊一對一，路徑？', '{0}，找{1}一對一通話，signaling 走哪？'];
  return product<unknown>([MINE, companies, calls]).map(([me, who, call]) => fill(call as string, [me as Part, who as Part], FED));
}

/**
 * Distractors for the letter rule: a company only named, whose people may be the ones asked about ("A 公司的使用者在
 * 家" for a consultant helping A), and the writer's own company ("我們是 A 公司的員工", "我們是供应商"): nothing of the
 * call's other party is read from them.
 */
export function ownCompanyGrid(): GridItem[] {
  const items: GridItem[] = [];
  const ours: readonly Part[] = [part('我們是 A 公司的員工'), part('我們是供應商'), part('我們公司是代理商'), part('我是 B 公司的 IT'), part('我們這邊是廠商')];
  const peers: readonly Part[] = [part('在家', { peer: 'internet' }), part('在總部', { peer: 'customerNetwork' }), part('在飯店沒開 VPN', { peer: 'internet' })];
  for (const [who, place] of product([ours, peers])) {
    items.push(fill('{0}，我在公司跟同事一對一，同事{1}，媒體走哪？', [who, place], { ...IN, ...P2P }));
  }
  const advised: readonly Part[] = [part('A 公司的使用者'), part('A公司的業務'), part('XX公司的員工')];
  const places: readonly Part[] = [part('在家沒連 VPN', OUT), part('在辦公室', IN), part('在飯店', OUT)];
  for (const [who, place] of product([advised, places])) {
    items.push(fill('{0}{1}，打外線給客戶，媒體走哪？', [who, place], { callType: 'pstn' }));
  }
  return items;
}

/**
 * Forwarded mail: the facts come from the quoted senders (their "我"), the question from the writer on top, who names
 * the sender. Headers 「寄件者：」「寄件人：」「發件人：」, quote marks `>` and `>>`, an 「-----原始郵件-----」 line.
 */
export function forwardGrid(): GridItem[] {
  const senders: readonly Part[] = [part('小陳'), part('林小姐'), part('Amy'), part('王大明')];
  const headers = ['寄件者', '寄件人', '發件人'];
  const facts: readonly Part[] = [
    part('我在公司打外線，聲音斷斷續續', { ...IN, callType: 'pstn' }),
    part('我在家沒連 VPN，打外線給客戶', { ...OUT, callType: 'pstn' }),
    part('我在高雄分公司，跟在家的同事一對一', { ...IN, peer: 'internet', ...P2P }),
    part('我在飯店，有連 VPN，加入主管開的會議', { ...IN, callType: 'conference' }),
  ];
  const homings: readonly Part[] = [part('帳號還在地端', { homing: 'onPremises' }), part('帳號已經搬到 Online', { homing: 'online' })];
  const items: GridItem[] = [];
  for (const [sender, header, fact, homing] of product([senders, headers.map((h) => part(h)), facts, homings])) {
    const hybrid = { deployment: 'hybrid' } as const;
    items.push(fill('各位好，\n> {1}：{0}\n> {2}\n>> {1}：主管\n>> {0}的{3}，我們是 hybrid\n請問{0}這通的媒體走哪？', [sender, header, fact, homing], hybrid));
    items.push(fill('請協助確認下面這封，媒體走哪？\n-----原始郵件-----\n{1}：{0}\n主旨：Skype 問題\n{2}。我們是混合部署，我{3}。', [sender, header, fact, homing], hybrid));
  }
  return items;
}

/**
 * Ticket fields (報修人 / 單位 / 地點 / 問題描述 / 處理紀錄), meeting minutes (與會 / 地點 / 主席 / 決議) and numbered
 * bullets. A unit's site and the minutes' own room say nobody's place in the call.
 */
export function fieldGrid(): GridItem[] {
  const reporters: readonly Part[] = [part('林小姐'), part('王小明'), part('陳經理')];
  const units: readonly Part[] = [part('新竹廠 品保課'), part('台北總部 業務部'), part('高雄分公司')];
  const wheres: readonly Part[] = [
    part('在家（沒連 VPN）', OUT), part('在家，有連 VPN', IN), part('台北總部 8F', IN), part('出差中，飯店 Wi-Fi', OUT), part('3F 座席區', IN), part('機場貴賓室', OUT),
  ];
  const problems: readonly Part[] = [
    part('打外線給客戶時聲音斷斷續續', { callType: 'pstn' }),
    part('加入主管開的會議時畫面卡住，主管帳號在地端，我們是混合部署', { callType: 'conference', organizer: 'onPremises', deployment: 'hybrid' }),
    part('跟 A 公司的窗口一對一時斷線', { ...FED }),
  ];
  const items: GridItem[] = [];
  for (const [who, unit, where, problem] of product([reporters, units, wheres, problems])) {
    items.push(fill('報修人：{0}\n單位：{1}\n地點：{2}\n問題描述：{3}\n處理紀錄：已重開電腦\n請問訊號跟媒體走哪？', [who, unit, where, problem]));
  }
  const rooms: readonly Part[] = [part('3F 大會議室'), part('總部 12 樓會議室'), part('線上')];
  const attendees: readonly Part[] = [part('Amy'), part('小林'), part('阿哲')];
  for (const [room, who, where] of product([rooms, attendees, wheres.slice(0, 2)])) {
    items.push(
      fill('會議紀錄\n與會：陳經理、{1}\n地點：{0}\n主席：陳經理\n決議：確認 {1} {2}加入陳經理開的 Skype 會議時，媒體的路徑\n陳經理帳號在 Online，我們全部都是 Online。', [room, who, where], {
        callType: 'conference',
        organizer: 'online',
        deployment: 'online',
      }),
    );
  }
  const bullets: readonly Part[] = [part('我的帳號還在地端 pool', { homing: 'onPremises' }), part('帳號已經上雲了', { homing: 'online' })];
  const here: readonly Part[] = [part('在家沒連 VPN', OUT), part('在高雄分公司', IN), part('在飯店有連 VPN', IN), part('在機場', OUT), part('在 3F 座席區', IN)];
  for (const [homing, where] of product([bullets, here])) {
    items.push(fill('1. 我們是 hybrid\n2. {0}\n3. 人{1}\n4. 要跟在家的同事一對一\n請問媒體走哪？', [homing, where], { deployment: 'hybrid', peer: 'internet', ...P2P }));
    items.push(fill('環境：混合部署，{0}\n狀況：我{1}，打外線給客戶\n請問媒體會不會走 ER？', [homing, where], { deployment: 'hybrid', callType: 'pstn' }));
  }
  return items;
}

/**
 * "人都在" after the speaker alone ("我帳號在地端，人都在台北辦公室"): where the speaker always is; the other party's
 * place is not said. After a pair ("我跟同事通話時人都在辦公室") it is both parties'.
 */
export function oneSpeakerGrid(): GridItem[] {
  const places: readonly Part[] = [part('台北辦公室', IN), part('公司', IN), part('台南廠的辦公室', IN), part('家裡', OUT)];
  const selves: readonly Part[] = [part('我帳號在地端', { homing: 'onPremises' }), part('我的帳號在機房的 SfB Server 上', { homing: 'onPremises' }), part('我帳號在雲端', { homing: 'online' })];
  const items: GridItem[] = [];
  for (const [self, place] of product([selves, places])) {
    const hybrid = { deployment: 'hybrid' } as const;
    items.push(fill('混合部署，{0}，人都在{1}，跟同事一對一，媒體走哪？', [self, place], { ...hybrid, ...P2P }));
    items.push(fill('混合部署，{0}，通話時人都在{1}。我跟主管 1:1 通話，媒體走哪？', [self, place], { ...hybrid, ...P2P }));
    items.push(fill('混合部署，{0}，人都在{1}，打外線，媒體走哪？', [self, place], { ...hybrid, callType: 'pstn' }));
    const both = { peer: place.slots!.location, ...P2P } as const;
    items.push(fill('我跟同事通話時人都在{0}，一對一，媒體走哪？', [place], both));
    items.push(fill('我和主管兩個人都在{0}，一對一，路徑？', [place], both));
  }
  return items;
}

/** Homing said of whom: the user's not yet moved, the other party's account, the organizer moved to the cloud. */
export function homingOfWhomGrid(): GridItem[] {
  const mine: readonly Part[] = [
    part('我還沒遷移', { homing: 'onPremises' }), part('我尚未遷移', { homing: 'onPremises' }), part('我還沒上雲', { homing: 'onPremises' }),
    part('我的帳號還在地端', { homing: 'onPremises' }), part('我已經搬到雲端了', { homing: 'online' }), part('我的帳號已移轉至 Online', { homing: 'online' }),
  ];
  const theirs: readonly Part[] = [
    part('他的帳號還在地端', { peerHoming: 'onPremises' }), part('他還沒遷移', { peerHoming: 'onPremises' }), part('他已經搬到雲端', { peerHoming: 'online' }),
  ];
  const hosts: readonly Part[] = [
    part('主辦人已經搬到雲端', { organizer: 'online' }), part('主辦人還沒遷移', { organizer: 'onPremises' }), part('主管帳號還在地端', { organizer: 'onPremises' }),
  ];
  const items: GridItem[] = [];
  const hybrid = { deployment: 'hybrid' } as const;
  for (const [me, them] of product([mine, theirs])) {
    items.push(fill('混合部署，我在公司，打給同事，{1}，{0}，媒體走哪？', [me, them], { ...hybrid, ...IN, ...P2P }));
  }
  for (const [me, host] of product([mine, hosts])) {
    items.push(fill('混合部署，{1}，我在公司加入他的會議，{0}，媒體走哪？', [me, host], { ...hybrid, ...IN, callType: 'conference' }));
  }
  // "還沒遷移到 Teams" says nothing of where Skype accounts are homed.
  for (const me of mine) items.push(fill('我們還沒遷移到 Teams。混合部署，{0}，在公司打外線，媒體走哪？', [me], { ...hybrid, ...IN, callType: 'pstn' }));
  items.push(fill('我們還沒遷移到 Teams，我在公司打外線，媒體走哪？', [], { ...IN, callType: 'pstn' }));
  return items;
}

/**
 * Official letters and tickets (公文, 簽呈, SI replies): where an account is kept is its homing ("帳號在院內地端"), our
 * organization in an aside ("（本院 hybrid）") takes no place, a vendor asked to explain ("擬請廠商說明") is nobody in the
 * call, 均/皆 pair two people named with 與, a team's name ("院區資訊組") is no place.
 */
export function officialLetterGrid(): GridItem[] {
  const items: GridItem[] = [];
  const orgs = ['本院', '本府', '本公司', '我們公司'];
  const titles: readonly Part[] = [part('副院長'), part('科長'), part('陳組長'), part('督導')];
  const where: readonly Part[] = [part('週六在家、沒開 VPN', OUT), part('今天在家，沒連 VPN', OUT), part('人在院內辦公室', IN), part('在總部座位上', IN)];
  const accountPlaces = ['院內地端', '公司地端的 pool 上', '機房地端'];
  for (const [org, who, place, kept] of product([orgs.map((o) => part(o)), titles, where, accountPlaces.map((a) => part(a))])) {
    items.push(
      fill('{1}帳號在{3}（{0} hybrid），{2}，參加主任用地端帳號開的會。{1}那端會怎麼走？', [org, who, place, kept], {
        homing: 'onPremises',
        organizer: 'onPremises',
        callType: 'conference',
      }),
    );
  }
  const asks = ['擬請廠商說明', '惠請供應商協助確認', '煩請代理商說明'];
  const pairs: readonly [string, string][] = [['護理部督導', '藥劑科主任'], ['業務課長', '財務專員'], ['小林', '阿哲']];
  const each = ['均', '皆'];
  for (const [ask, [a, b], word] of product<unknown>([asks, pairs, each]) as [string, [string, string], string][]) {
    items.push({
      text: `主旨：本院商務用 Skype 採混合式部署，${ask}院內通話路徑。\n說明：\n一、${a}與${b}帳號${word}位於院內地端伺服器。\n二、二人於院內各自辦公室以電腦進行一對一通話。\n三、請問此通話之訊號與媒體是否會經過 ExpressRoute？`,
      slots: { location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'onPremises', callType: 'peerToPeer' },
    });
  }
  const units = ['院區資訊組', '總部資訊處', '台中廠品保課', '分公司總務股'];
  for (const [unit, place] of product([units.map((u) => part(u)), where])) {
    items.push(fill('{0}：使用者{1}，參加線上會議，媒體走哪？', [unit, place], { callType: 'conference' }));
  }
  return items;
}

/** Where media or signaling goes ("會回到總部機房嗎", "會不會繞去微軟機房") is part of the question: nobody's place or homing. */
export function destinationGrid(): GridItem[] {
  const traffic = ['媒體', '訊號', 'media', 'signaling', '大家的 media'];
  const going = ['會回到', '會不會繞去', '會不會經過', '會不會送到', '是不是走'];
  const places = ['總部機房', '地端機房', '微軟機房', '公司機房', '地端'];
  const frames: readonly Part[] = [
    part('CCE 架構打外線，{0}{1}{2}？', { callType: 'pstn' }),
    part('開會的時候，{0}{1}{2}嗎？', { callType: 'conference' }),
    part('{0}{1}{2}？', {}),
  ];
  return product<unknown>([traffic, going, places, frames]).map(([t, g, p, frame]) => {
    const f = frame as Part;
    return { text: f.text.replace('{0}', t as string).replace('{1}', g as string).replace('{2}', p as string), slots: f.slots ?? {} };
  });
}

/**
 * A place between "與/跟" and the person the call is with ("與同棟 5 樓另一位同仁進行一對一視訊") is that person's; and a
 * voice-typed question with no punctuation, where the one called comes right before the traffic asked about.
 */
export function withPlaceGrid(): GridItem[] {
  const me: readonly Part[] = [part('我在公司', IN), part('本處科長於市府大樓辦公室座位上', IN), part('我在家沒開 VPN', OUT)];
  const places: readonly Part[] = [part('同棟 5 樓', { peer: 'customerNetwork' }), part('隔壁棟', { peer: 'customerNetwork' }), part('同棟 12 樓', { peer: 'customerNetwork' })];
  const who = ['另一位同仁', '同事', '王課長'];
  const verbs = ['', '進行', '用 Skype '];
  const items: GridItem[] = [];
  for (const [self, place, person, verb] of product<unknown>([me, places, who, verbs]) as [Part, Part, string, string][]) {
    items.push(fill(`{0}，與{1}${person}${verb}一對一視訊通話，媒體走哪？`, [self, place], P2P));
  }
  const voiced: readonly Part[] = [
    part('混合部署的話帳號在線上的同事在家裡沒有VPN打外線給客戶訊號跟媒體是走網路嗎', { homing: 'online', ...OUT, callType: 'pstn', deployment: 'hybrid' }),
    part('我在家沒開vpn打外線給廠商媒體會走er嗎', { ...OUT, callType: 'pstn' }),
    part('混合部署我帳號還在地端人在公司撥外線給客戶訊號怎麼走', { homing: 'onPremises', ...IN, callType: 'pstn', deployment: 'hybrid' }),
  ];
  for (const v of voiced) items.push(fill('{0}', [v]));
  return items;
}

/** Minutes' host field ("召集人：品保處經理（帳號在地端 pool）"): the host named with their team, homed in the aside. */
export function minutesHostGrid(): GridItem[] {
  const labels = ['召集人', '主持人', '主辦人'];
  const hosts = ['品保處經理', '業務課長', '資訊組陳組長', '業務部林經理', '王副總'];
  const homings: readonly Part[] = [part('帳號在地端 pool', { organizer: 'onPremises' }), part('Online 帳號', { organizer: 'online' }), part('帳號還在地端', { organizer: 'onPremises' })];
  const joins: readonly Part[] = [part('我在公司用筆電加入這場會', IN), part('我在家沒連 VPN 加入這場會', OUT), part('Ryan 在廠內用筆電加入這場會', IN)];
  const items: GridItem[] = [];
  for (const [label, host, homing, join] of product<unknown>([labels, hosts, homings, joins]) as [string, string, Part, Part][]) {
    items.push(fill(`與會：研發處、品保處三人\n${label}：${host}（{0}）\n問題：{1}，訊號和媒體各走哪？（我們是混合式部署）`, [homing, join], { callType: 'conference' }));
  }
  return items;
}

/**
 * Where the host is, said right before them ("參加美國總部同事開的會"), is nobody's place in the call; "自己" in a clause
 * right after an aside ("PM Jessica（帳號 Online）今晚在家用自己家裡的網路") is the person before the aside.
 */
export function hostsPlaceGrid(): GridItem[] {
  const who = ['PM Jessica', '業務經理', '小林'];
  const homings: readonly Part[] = [part('帳號 Online', { homing: 'online' }), part('地端帳號', { homing: 'onPremises' })];
  const nights: readonly Part[] = [part('今晚在家用自己家裡的網路', OUT), part('今天在辦公室用自己的筆電', IN), part('出差中用自己的手機熱點', OUT)];
  const hosts: readonly Part[] = [part('美國總部同事在 Online 開的 meeting', { organizer: 'online' }), part('總部主管開的會（主管帳號在地端）', { organizer: 'onPremises' }), part('台中廠廠長召開的會議，廠長帳號在 Online', { organizer: 'online' })];
  const items: GridItem[] = [];
  for (const [person, homing, night, host] of product<unknown>([who, homings, nights, hosts]) as [string, Part, Part, Part][]) {
    items.push(fill(`我們是混合式部署。${person}（{0}）{1}，參加{2}。他的訊號跟媒體會怎麼走？`, [homing, night, host], { callType: 'conference' }));
  }
  return items;
}

/**
 * The user's place in round 8's voices: (1) a place outside our network said beside words of our network (本公司,
 * 本院, 帳號在公司, 公司網路 as where traffic goes, a VPN off or dropped, another day at the office, working for the
 * office from home): internet or nothing, never our network; (2) places as open classes from official letters, forums
 * and non-technical staff, said before the person, after, or in a 說明 line.
 */
export function locationVoicesGrid(): GridItem[] {
  const items: GridItem[] = [];
  const ours = ['本公司混合式部署，', '本院 hybrid，', '我們公司全部都在 Online，', ''];
  const beside: readonly string[] = [
    '我帳號在公司，人在家沒開 VPN',
    '我平常在公司，今天在家沒連 VPN',
    '我昨天在公司，今天在家，沒開 VPN',
    '我下週才會進公司，現在在家沒連 VPN',
    '我在家幫公司加班，VPN 斷線了',
    '我人在宿舍，公司 VPN 沒開',
    '我在飯店，VPN 一直斷線',
    '我在家，媒體會不會走公司網路？我沒開 VPN',
  ];
  const calls: readonly Part[] = [part('打外線給客戶', { callType: 'pstn' }), part('加入主管開的會', { callType: 'conference' })];
  for (const [org, said, call] of product<unknown>([ours, beside, calls]) as [string, string, Part][]) {
    // All Online, a meeting one of ours hosts is hosted Online.
    const online = org.includes('Online') && call.slots?.callType === 'conference' ? { organizer: 'online' as const } : {};
    items.push(fill(`${org}${said}，{0}，媒體走哪？`, [call], { ...OUT, ...online }));
  }
  const places: readonly Part[] = [
    part('府內辦公室', IN), part('處內', IN), part('院內', IN), part('辦公大樓裡', IN), part('廠區', IN), part('門市', IN), part('據點', IN), part('公司內網', IN),
    part('展場', OUT), part('路上', OUT), part('外面', OUT), part('客戶那邊駐點', OUT), part('家裡用光世代', OUT), part('外網', OUT),
  ];
  const who = ['科長', '副院長', '小弟', '業務'];
  for (const [person, place] of product<unknown>([who, places]) as [string, Part][]) {
    items.push(fill(`${person}在{0}，打外線，媒體走哪？`, [place], { callType: 'pstn' }));
    items.push(fill(`請問各位大大，${person}今天在{0}，要打外線給客戶，媒體會走 ER 嗎`, [place], { callType: 'pstn' }));
    items.push(fill(`說明：\n一、本府${person}於{0}撥打外線。\n二、請問媒體路徑。`, [part(place.text.replace(/^在/, ''), place.slots)], { callType: 'pstn' }));
  }
  return items;
}
