// Someone described by their part in the call with the speaker ("the person I'm calling", "the one who called me",
// "打來的那個人", "打給我的人", "我要打的那位同事"): the other party, whose place is said right after; the speaker's word
// inside the description is not the speaker said to be there. Invented shapes (issue 15), both orders, both languages.
import { fill, part, product, type GridItem, type Part } from './grid';

const IN = 'customerNetwork' as const;
const OUT = 'internet' as const;
type Where = typeof IN | typeof OUT;

const place = (text: string, where: Where) => ({ text, where });

/** English heads and descriptions: who the one in the call is, by what they do in it. */
const EN_HEADS: readonly string[] = ['the person', 'the guy', 'the colleague', 'the one', 'the lady', 'the engineer', 'the user'];
const EN_DESCRIPTIONS: readonly string[] = [
  "I'm calling",
  'I call',
  'I rang',
  'I was going to ring',
  "who I'm calling",
  'that I keep calling',
  'calling me',
  'who called me',
  'who is ringing me',
  'that phoned me',
];
const EN_THEIR_PLACES = [place('at home', OUT), place('at a hotel', OUT), place('in the office', IN), place('at HQ', IN), place('on the hotel wifi', OUT), place('on the corporate LAN', IN)];
const EN_MY_PLACES = [place("I'm in the office", IN), place("I'm at home with no VPN", OUT), place("I'm at the Leeds branch", IN), place("I'm at an airport", OUT)];
const EN_HEADERS: readonly Part[] = [part('SfB Online only.', { deployment: 'online' }), part('Hybrid SfB here.', { deployment: 'hybrid' })];
const EN_QUESTIONS: readonly string[] = ['1:1 call, which way does my media go?', 'One-to-one Skype call: my signaling path?'];

export function englishCallRelativesGrid(): GridItem[] {
  const items: GridItem[] = [];
  product<unknown>([EN_HEADS, EN_DESCRIPTIONS, EN_THEIR_PLACES, EN_MY_PLACES, [0, 1]]).forEach(([head, description, theirs, mine, order], n) => {
    const them = theirs as ReturnType<typeof place>;
    const me = mine as ReturnType<typeof place>;
    // The speaker's place always differs from the other party's, so a place put on the wrong side shows.
    if (them.where === me.where) return;
    const header = EN_HEADERS[n % EN_HEADERS.length];
    const question = EN_QUESTIONS[n % EN_QUESTIONS.length];
    const described = `${head as string} ${description as string} is ${them.text}`;
    const body = order === 0 ? `${me.text} and ${described}.` : `${described.charAt(0).toUpperCase()}${described.slice(1)}, ${me.text}.`;
    items.push(fill(`{0} ${body} ${question}`, [header], { location: me.where, peer: them.where, callType: 'peerToPeer' }));
  });
  return items;
}

/** Chinese descriptions of the one in the call ({0}: the person word). */
const ZH_DESCRIPTIONS: readonly string[] = [
  '打來的{0}',
  '打來的那個{0}',
  '打給我的{0}',
  '打電話給我的那位{0}',
  '我要打的那個{0}',
  '我剛剛打的那位{0}',
  '來電的{0}',
  '跟我通話的{0}',
  '我等一下要打給的{0}',
];
const ZH_HEADS: readonly string[] = ['人', '同事', '主管', '業務'];
const ZH_THEIR_PLACES = [place('在家', OUT), place('在飯店', OUT), place('在公司', IN), place('在總部', IN), place('在咖啡廳', OUT)];
const ZH_MY_PLACES = [place('我在公司', IN), place('我在家沒開 VPN', OUT), place('我在台中分公司', IN), place('我在機場', OUT)];
const ZH_HEADERS: readonly Part[] = [part('全 Online。', { deployment: 'online' }), part('我們是 Hybrid，', { deployment: 'hybrid' })];
const ZH_QUESTIONS: readonly string[] = ['一對一，我這邊走哪？', '是 Skype 一對一通話，我的訊號跟媒體怎麼走？'];

export function chineseCallRelativesGrid(): GridItem[] {
  const items: GridItem[] = [];
  product<unknown>([ZH_DESCRIPTIONS, ZH_HEADS, ZH_THEIR_PLACES, ZH_MY_PLACES, [0, 1]]).forEach(([description, head, theirs, mine, order], n) => {
    const them = theirs as ReturnType<typeof place>;
    const me = mine as ReturnType<typeof place>;
    if (them.where === me.where) return;
    const described = `${(description as string).replace('{0}', head as string)}${them.text}`;
    const body = order === 0 ? `${me.text}，${described}` : `${described}，${me.text}`;
    items.push(fill(`{0}${body}，${ZH_QUESTIONS[n % ZH_QUESTIONS.length]}`, [ZH_HEADERS[n % ZH_HEADERS.length]], { location: me.where, peer: them.where, callType: 'peerToPeer' }));
  });
  return items;
}
