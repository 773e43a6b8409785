// Conversation grids (issue 15): chat logs pasted whole, in the shapes chat apps write them (IRC columns, a day before
// the time, Slack's "Name [10:02 AM]" and Teams' "Name, 10:02" over the message, LINE's "淑華 上午10:00", a channel's
// "@ursula:" with no times, "Name:" alone), in English and Chinese. Each line's "I"/「我」 is its writer; "you"/「妳」
// in a line that calls someone by name is that person; "me too"/「我也是」 copies the line before. The question names
// the writer asked about: they get location, the other party of the call peer. Invented from how people write, not
// from any blind set.
import { product, type GridItem } from './grid';

const IN = 'customerNetwork';
const OUT = 'internet';
type Place = typeof IN | typeof OUT;

/** How a chat shows who wrote a line and when: the line's text (one line, or the header and the message under it). */
interface LogFormat {
  name: string;
  line: (time: string, who: string, message: string) => string;
  /** Latin names only: the shape writes handles ("noor.k", "@noor"). */
  latinOnly?: true;
}

const handle = (who: string): string => who.toLowerCase();

export const FORMATS: readonly LogFormat[] = [
  { name: 'bracketed time', line: (t, w, m) => `[${t}] ${w}: ${m}` },
  { name: 'time after name', line: (t, w, m) => `${w} ${t}: ${m}` },
  { name: 'day and time', line: (t, w, m) => `Tue ${t} ${w}: ${m}` },
  { name: 'bracketed day and time', line: (t, w, m) => `[Mon ${t}] ${w}: ${m}` },
  { name: 'Slack header', line: (t, w, m) => `${w} [${t} AM]\n${m}` },
  { name: 'Slack one line', line: (t, w, m) => `${w} [${t} AM] ${m}` },
  { name: 'Teams header', line: (t, w, m) => `${w}, ${t}\n${m}` },
  { name: 'LINE header', line: (t, w, m) => `${w} 上午${t}\n${m}` },
  { name: 'Chinese part of day', line: (t, w, m) => `[下午 ${t}] ${w}：${m}` },
  { name: 'no time', line: (_, w, m) => `${w}：${m}` },
  { name: 'IRC columns', line: (t, w, m) => `${handle(w)}.k  ${t}  ${m}`, latinOnly: true },
  { name: 'channel handle', line: (_, w, m) => `@${handle(w)}: ${m}`, latinOnly: true },
];

interface Language {
  casts: readonly [string, string, string][];
  /** A writer saying where they are, of themselves. */
  places: readonly { text: string; place: Place }[];
  meToo: string;
  /** The writer calls `callee`, addressing them or naming them. */
  calls: readonly ((callee: string) => string)[];
  joins: (organizer: string) => string;
  dialsOut: string;
  beside: string;
  questions: readonly ((asked: string) => string)[];
}

const ENGLISH: Language = {
  casts: [
    ['Noor', 'Yasmin', 'Paulo'],
    ['Rafael', 'Lucia', 'Ingrid'],
    ['Tomoko', 'Kenta', 'Obinna'],
  ],
  places: [
    { text: "I'm in the Doha office", place: IN },
    { text: "I'm at home, no VPN", place: OUT },
    { text: "I'm at home but on the VPN", place: IN },
    { text: "I'm at a hotel, on their wifi", place: OUT },
  ],
  meToo: 'me too',
  calls: [(c) => `${c}, I'm calling you on Skype now`, (c) => `calling ${c} now, 1:1 on Skype`],
  joins: (o) => `I'll join ${o}'s Skype meeting at 11`,
  dialsOut: "I need to dial a customer's phone number from Skype",
  beside: 'not on the call',
  questions: [(a) => `All of us are Skype for Business Online, ExpressRoute at HQ. What's ${a}'s path, signaling and media?`, (a) => `We're SfB Online with ER. ${a}'s signaling and media?`],
};

const CHINESE: Language = {
  casts: [
    ['淑華', '怡君', '志明'],
    ['黃俊傑', '張雅婷', '林美玲'],
    ['Amber', 'Bruce', 'Carol'],
  ],
  places: [
    { text: '我在總部', place: IN },
    { text: '我今天在家，沒開 VPN', place: OUT },
    { text: '我在台中分行，走公司 WAN', place: IN },
    { text: '我在客戶那邊，用手機熱點', place: OUT },
  ],
  meToo: '我也是',
  calls: [(c) => `${c}我用 Skype 打給妳`, (c) => `我要打給${c}，一對一`],
  joins: (o) => `等下${o}開的會我要加入`,
  dialsOut: '等下我要撥外線給客戶',
  beside: '我不會加入',
  questions: [(a) => `全 Online + ER。${a}那端的訊號跟媒體？`, (a) => `我們全部 Skype Online，有 ER。${a}這通的訊號和媒體？`],
};

/** The same chats typed in Simplified characters (WeChat), read as the Traditional ones. */
const SIMPLIFIED: Language = {
  casts: [
    ['淑华', '怡君', '志明'],
    ['黄俊杰', '张雅婷', '林美玲'],
  ],
  places: [
    { text: '我在总部', place: IN },
    { text: '我今天在家，没开 VPN', place: OUT },
    { text: '我在台中分行，走公司 WAN', place: IN },
    { text: '我在客户那边，用手机热点', place: OUT },
  ],
  meToo: '我也是',
  calls: [(c) => `${c}我用 Skype 打给你`, (c) => `我要打给${c}，一对一`],
  joins: (o) => `等下${o}开的会我要加入`,
  dialsOut: '等下我要拨外线给客户',
  beside: '我不会加入',
  questions: [(a) => `全 Online + ER。${a}那端的信令跟媒体？`, (a) => `我们全部 Skype Online，有 ER。${a}这通的信令和媒体？`],
};

const other = (language: Language, place: Place) => language.places.find((p) => p.place !== place) as { text: string; place: Place };

type CallShape = 'caller asked' | 'callee asked' | 'me too' | 'conference' | 'pstn';
const SHAPES: readonly CallShape[] = ['caller asked', 'callee asked', 'me too', 'conference', 'pstn'];

/** Every log format x cast x place x call shape x question, in one language. */
function conversationGrid(language: Language): GridItem[] {
  const items: GridItem[] = [];
  for (const [format, cast, mine, shape, question, call] of product<unknown>([FORMATS, language.casts, language.places, SHAPES, language.questions, language.calls])) {
    const f = format as LogFormat;
    const [first, second, third] = cast as [string, string, string];
    if (f.latinOnly && /[\u4e00-\u9fff]/.test(first)) continue;
    // Who calls whom matters only to a call between two writers.
    if ((shape === 'conference' || shape === 'pstn') && call !== language.calls[0]) continue;
    const place = mine as { text: string; place: Place };
    const ask = question as (asked: string) => string;
    const calling = call as (callee: string) => string;
    const theirs = other(language, place.place);
    const line = (time: string, who: string, message: string) => f.line(time, who, message);
    const online = { deployment: 'online' } as const;
    let lines: string[];
    let slots: GridItem['slots'];
    if (shape === 'conference' || shape === 'pstn') {
      lines = [
        line('9:30', first, place.text),
        line('9:31', second, theirs.text),
        line('9:32', third, `${theirs.text}, ${language.beside}`),
        line('9:33', first, shape === 'pstn' ? language.dialsOut : language.joins(second)),
      ];
      slots = shape === 'pstn' ? { ...online, callType: 'pstn', location: place.place } : { ...online, callType: 'conference', organizer: 'online', location: place.place };
    } else {
      // The caller is `first`; the one asked is the caller, or the one called.
      const meToo = shape === 'me too';
      const calleePlace = meToo ? place : theirs;
      const beside = line('10:02', third, `${other(language, calleePlace.place).text}, ${language.beside}`);
      const calls = line('10:03', first, calling(second));
      // The one beside the call may write before the call or after it.
      const besideLast = call === language.calls[1];
      lines = [line('10:00', first, place.text), line('10:01', second, meToo ? language.meToo : theirs.text), ...(besideLast ? [calls, beside] : [beside, calls])];
      const [asked, mineAt, peerAt] = shape === 'caller asked' ? [first, place.place, calleePlace.place] : [second, calleePlace.place, place.place];
      items.push({ text: [...lines, ask(asked)].join('\n'), slots: { ...online, callType: 'peerToPeer', location: mineAt, peer: peerAt } });
      continue;
    }
    items.push({ text: [...lines, ask(first)].join('\n'), slots });
  }
  return items;
}

export const englishConversations = (): GridItem[] => conversationGrid(ENGLISH);
export const chineseConversations = (): GridItem[] => conversationGrid(CHINESE);
export const simplifiedConversations = (): GridItem[] => conversationGrid(SIMPLIFIED);

// Mails forwarded or quoted whole: the sender's header ("From: Rosa Jimenez", "> On Thu, Rosa Jimenez wrote:",
// "寄件者：Amy Chen", "-----原始郵件-----"), their message in their own "I"/「我」, and the forwarder's question naming
// the sender or the one they call. The forwarder may say who they are first ("Felipe here (IT)").

interface MailLanguage {
  senders: readonly [string, string][];
  /** The sender's header and message: `full` the sender's full name, `first` their given name. */
  headers: readonly ((full: string, first: string, message: string) => string)[];
  places: readonly { text: string; place: Place }[];
  peers: readonly { name: string; text: string; place: Place }[];
  message: (place: string, shape: 'p2p' | 'pstn' | 'conference', peer: { name: string; text: string }) => string;
  forwarder: string;
  questions: readonly ((asked: string) => string)[];
}

const ENGLISH_MAIL: MailLanguage = {
  senders: [
    ['Rosa Jimenez', 'Rosa'],
    ['Declan Byrne', 'Declan'],
  ],
  headers: [
    (full, _, m) => `From: ${full}\nSent: Thursday\nSubject: calls this week\n> ${m}`,
    (full, _, m) => `> On Thu, ${full} wrote:\n> ${m}`,
    (full, first, m) => `---------- Forwarded message ---------\nFrom: ${full} <${first.toLowerCase()}@contoso.com>\nSubject: calls this week\n\n${m}`,
    (_, first, m) => `${first} wrote:\n> ${m}`,
    (_, first, m) => `forwarding from ${first}: "${m}"`,
  ],
  places: [
    { text: "I'm at the Marriott, on the hotel wifi, no VPN", place: OUT },
    { text: "I'm in the Lagos office", place: IN },
    { text: "I'm at home but on the VPN", place: IN },
    { text: "I'm at home, no VPN", place: OUT },
  ],
  peers: [
    { name: 'Elena', text: "she's in the HQ office", place: IN },
    { name: 'Tom', text: "he's at home, no VPN", place: OUT },
  ],
  message: (place, shape, peer) =>
    shape === 'pstn' ? `${place}. I need to call a supplier's phone number from Skype.` : shape === 'p2p' ? `${place}. I'll call ${peer.name} on Skype, ${peer.text}.` : `${place}. I'll join ${peer.name}'s Skype meeting at 11.`,
  forwarder: 'Felipe here (IT), forwarding this.',
  questions: [(a) => `We're SfB Online with Phone System and ER. What path does ${a}'s call take, signaling and media?`, (a) => `Skype Online only, ExpressRoute at HQ. ${a}'s signaling and media?`],
};

const CHINESE_MAIL: MailLanguage = {
  senders: [
    ['Amy Chen', 'Amy'],
    ['林雅婷', '雅婷'],
  ],
  headers: [
    (full, _, m) => `寄件者：${full}\n主旨：明天的通話\n> ${m}`,
    (full, _, m) => `-----原始郵件-----\n寄件者: ${full}\n主旨: 明天的通話\n${m}`,
    (full, _, m) => `---------- 轉寄的郵件 ----------\n寄件者：${full}\n> ${m}`,
    (_, first, m) => `> 寄件者：${first}\n> ${m}`,
    (full, _, m) => `From: ${full}\nTo: IT Helpdesk\n${m}`,
  ],
  places: [
    { text: '我明天在總部', place: IN },
    { text: '我明天在家，沒開 VPN', place: OUT },
    { text: '我明天在台中分行', place: IN },
    { text: '我下週在東京飯店，沒開 VPN', place: OUT },
  ],
  peers: [
    { name: 'Jason', text: 'Jason 在總部', place: IN },
    { name: 'Kevin', text: 'Kevin 在家沒開 VPN', place: OUT },
  ],
  message: (place, shape, peer) =>
    shape === 'pstn' ? `${place}，要用 Skype 撥外線給客戶。` : shape === 'p2p' ? `${place}，會用 Skype 打給 ${peer.name}，${peer.text}。` : `${place}，會加入 ${peer.name} 開的 Skype 會議。`,
  forwarder: 'IT 這邊轉寄：',
  questions: [(a) => `我們是 Skype Online + ER。${a} 那端的訊號跟媒體？`, (a) => `全 Online，有 ER。請問 ${a} 的路徑？`],
};

type MailShape = 'sender asked' | 'called asked' | 'pstn' | 'conference';
const MAIL_SHAPES: readonly MailShape[] = ['sender asked', 'called asked', 'pstn', 'conference'];

/** Every header x sender x place x the one called x call shape x question x forwarder note, in one language. */
function mailGrid(language: MailLanguage): GridItem[] {
  const online = { deployment: 'online' } as const;
  return product<unknown>([language.headers, language.senders, language.places, language.peers, MAIL_SHAPES, language.questions, [false, true]]).map(
    ([header, sender, place, peer, shape, question, noted]) => {
      const [full, first] = sender as [string, string];
      const mine = place as { text: string; place: Place };
      const them = peer as { name: string; text: string; place: Place };
      const kind = shape === 'pstn' || shape === 'conference' ? shape : 'p2p';
      const mail = (header as (full: string, first: string, message: string) => string)(full, first, language.message(mine.text, kind, them));
      const asked = shape === 'called asked' ? them.name : first;
      const text = [...(noted ? [language.forwarder] : []), mail, (question as (asked: string) => string)(asked)].join('\n');
      if (kind === 'pstn') return { text, slots: { ...online, callType: 'pstn', location: mine.place } };
      if (kind === 'conference') return { text, slots: { ...online, callType: 'conference', organizer: 'online', location: mine.place } };
      const [location, peerAt] = shape === 'sender asked' ? [mine.place, them.place] : [them.place, mine.place];
      return { text, slots: { ...online, callType: 'peerToPeer', location, peer: peerAt } };
    },
  );
}

export const englishMails = (): GridItem[] => mailGrid(ENGLISH_MAIL);
export const chineseMails = (): GridItem[] => mailGrid(CHINESE_MAIL);
