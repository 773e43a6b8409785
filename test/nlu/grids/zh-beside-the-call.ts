// Chinese probe grids (issue 15): people named beside the call. Someone said not to take part ("其他：Xena（在家，不參
// 與）", "阿芬不會參加", "Jason 會在家，不參加。") is nobody the question is about, whatever place they are said to be
// in; and two people of one title told apart by a letter ("同事A 在家、同事B 在總部") are asked about by that letter
// ("同事B 那端", "請問 B 的路徑"). Invented from how people write (forms, LINE, tickets, mails), not from any blind set.
import { product, type GridItem } from './grid';

type Place = 'customerNetwork' | 'internet';
const IN: Place = 'customerNetwork';
const OUT: Place = 'internet';
const P2P = { callType: 'peerToPeer' } as const;

/** Ways of saying someone does not take part in the call. */
const NOT_IN: readonly string[] = ['不參加', '不參與', '沒參加', '不會參加', '沒有參與', '不出席', '不用算他', '不在這通', '不参加'];

/** Places, each with the slot value it states. */
const PLACES: readonly (readonly [string, Place])[] = [
  ['在總部', IN],
  ['在家沒開 VPN', OUT],
  ['在台中分公司', IN],
  ['出差住飯店', OUT],
];
/** A place of the other kind: the bystander is always somewhere the answer would differ for. */
const otherThan = (value: Place): string => (PLACES.find(([, v]) => v !== value) as readonly [string, Place])[0];

/** Shapes that name a third person beside a 1:1 call: `{u}` the caller's place, `{v}` the callee's, `{x}` the bystander's, `{n}` not taking part. */
const SHAPES: readonly string[] = [
  '全 Online，有 ER。小芳{u}打給阿明，阿明{v}，阿芬{x}，{n}。小芳那端走哪？',
  '類型：一對一通話\n我方：小芳（{u}）\n對方：阿明（{v}）\n其他：阿芬（{x}，{n}）\n部署：全 Online，有 ER\n問：小芳這端？',
  '阿芬今天{x}，{n}。小芳{u}跟阿明一對一，阿明{v}。全 Online，有 ER。小芳的路徑？',
  '全 Online，有 ER。小芳{u}要跟阿明講 Skype（一對一，阿明{v}），阿芬{x}，她{n}。小芳的訊號跟媒體？',
  '全 Online，有 ER。小芳{u}打給阿明（阿明{v}），王經理也{x}，但他{n}。小芳那邊走哪？',
];

export function notInCallGrid(): GridItem[] {
  return product<unknown>([SHAPES, NOT_IN, PLACES, PLACES]).map(([shape, notIn, user, peer]) => {
    const [u, location] = user as readonly [string, Place];
    const [v, peerPlace] = peer as readonly [string, Place];
    const x = otherThan(location === peerPlace ? location : peerPlace);
    const text = (shape as string).replace('{u}', u).replace('{v}', v).replace('{x}', x).replace('{n}', notIn as string);
    return { text, slots: { deployment: 'online', ...P2P, location, peer: peerPlace } };
  });
}

/**
 * Negatives: a negation that is not about taking part ("沒開 VPN", "不在公司") stays a place, and a phrase of not
 * taking part in a clause opened by someone else ("A 打給 B，C 沒參加") is never said of the one before it.
 */
export function notInCallNegativesGrid(): GridItem[] {
  const shapes: readonly [string, { location: Place; peer: Place }][] = [
    ['全 Online，有 ER。A 在總部，B 在家沒開 VPN，C 出差。A 打給 B，C 沒參加。B 的路徑？', { location: OUT, peer: IN }],
    ['全 Online，有 ER。A 出差住飯店，B 在總部。A 打給 B，C 不參與。請問 B 那端？', { location: IN, peer: OUT }],
    ['全 Online，有 ER。小芳今天不在公司，在家沒開 VPN，打給在總部的阿明。小芳那端？', { location: OUT, peer: IN }],
    ['全 Online，有 ER。小芳在總部打給阿明，阿明在家沒連 VPN，阿芬也在總部。小芳那端？', { location: IN, peer: OUT }],
  ];
  return shapes.map(([text, slots]) => ({ text, slots: { ...slots, deployment: 'online', ...P2P } }));
}

/** Two people of one title told apart by a letter, asked about by it. */
const TITLES: readonly string[] = ['同事', '業務', '經理', '使用者', '工程師', 'user '];
const LETTERS: readonly (readonly [string, string])[] = [
  ['A', 'B'],
  ['B', 'A'],
];
const ASKED: readonly ((who: string) => string)[] = [(who) => `${who} 那端？`, (who) => `請問 ${who} 的路徑？`, (who) => `${who} 的訊號跟媒體各走哪？`, (who) => `問 ${who} 這邊走哪`];

export function letteredPeopleGrid(): GridItem[] {
  return product<unknown>([TITLES, LETTERS, PLACES.slice(0, 2), ASKED, [true, false]]).map(([title, letters, place, asked, bare]) => {
    const [caller, callee] = letters as readonly [string, string];
    const [where, location] = place as readonly [string, Place];
    const named = (letter: string) => `${title as string}${letter}`;
    const otherPlace = otherThan(location);
    const said = `全 Online 有 ER。${named(caller)} ${where}，${named(callee)} ${otherPlace}，${bare ? caller : named(caller)} 打給 ${bare ? callee : named(callee)}。`;
    // Asked about the callee: their place is the user's.
    const text = said + (asked as (who: string) => string)(bare ? callee : named(callee));
    const calleeLocation = PLACES.find(([w]) => w === otherPlace)?.[1] as Place;
    return { text, slots: { deployment: 'online', ...P2P, location: calleeLocation, peer: location } };
  });
}
