// Whose a server, a tenant or a room is: ours, or another organization's. "their own on-prem Skype servers",
// "Northwind's own SfB servers", "廠商自己的伺服器" are where another company hosts; "他們自己的租用戶", "a separate
// tenant" make someone federated; "客戶的會議室", "the client's guest Wi-Fi" are where someone else is (people.ts
// finds those owners). What belongs to us ("our own servers", "我們的租用戶") keeps its plain meaning.
import type { Item } from './analyzer';
import { clientWord, writtenForClient } from './client';
import { endsClause, isFiller, isNameWord, isPossessive, kindOf, previousIndex, surfaceOf } from './items';
import { GROUP_PRONOUNS, OUTSIDERS, type People } from './people';
import type { Statement } from './statements';
import { isTeam } from './organizationParts';
import { headOf } from './titles';

/** A network, as against a room or a guest Wi-Fi ("client LAN", "customer WAN", "the client's VPN"). */
const CLIENT_NETWORK = /^(?:lan|wan|network|vpn|intranet|corporate network|mpls)$/;
/** "own", "自己的": says whose a thing is without saying who. */
const OWN_WORDS: ReadonlySet<string> = new Set(['own', '自己', '自己的', '自家', '自有', '自行']);
/** Words that make the thing another organization's: "their own servers", "他們的機房", "對方的租用戶". */
const THEIR_WORDS: ReadonlySet<string> = new Set(['their', 'theirs', 'its', '他們的', '她們的', '對方的', '他們自己的', '對方自己的', '其']);
/** Words that make it ours. */
const OUR_WORDS: ReadonlySet<string> = new Set(['our', 'my', 'we', 'us', '我們的', '我們', '我的', '本公司', '公司的', '我們自己的', '咱們', '敝公司']);
/** "a separate tenant", "不同租用戶", "另一個 O365 租戶": a tenant that is not ours. */
const OTHER_WORDS: ReadonlySet<string> = new Set([
  'separate', 'different', 'another', 'other', 'external', '不同', '不同的', '另一個', '另外一個', '另一', '別的', '其他', '其它', '外部', '別家', '另一家',
]);
/** How far back an owner may stand: "on a third party's on-prem Lync/SfB pool", "廠商自己的 SfB 伺服器". */
const REACH = 5;

type Owner = 'ours' | 'theirs';

/**
 * Whether an item names another organization or its people: a company, an outsider, "they"; and, as an owner
 * ("Northwind's own servers"), a name that is nobody in the call. Without "'s" a name is a place as often
 * ("the Lisbon server room").
 */
function isOutsider(item: Item | undefined, people: People, index: number, possessor: boolean): boolean {
  if (kindOf(item) === 'company' || isFederated(item) || OUTSIDERS.has(headOf(item)) || GROUP_PRONOUNS.has(surfaceOf(item) ?? '')) return true;
  return possessor && isStranger(item, people, index);
}

/** A word that makes someone another organization's ("合作夥伴", "partner org"): their servers are that organization's too. */
const isFederated = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'federated';

/** A name that is nobody in the call ("Tailspin" in "Tailspin's office"): whose it is, the text does not say. */
function isStranger(item: Item | undefined, people: People, index: number): boolean {
  return isNameWord(item) && !people.anchors.has(index);
}

/** The word for the other side of a call ("對方"): a person of ours or another company's, the text decides. */
const OTHER_SIDE = '對方';

/**
 * Whether the homing at `index` is said of "對方" right before it, with only fillers and markers between ("對方還在地端"),
 * and no other organization named before that "對方" could be ("跟客戶一對一，對方在地端" is the customer's servers).
 */
function saidOfOtherSide(items: readonly Item[], index: number): boolean {
  if (/^(?:自己|自有|自家)/.test(surfaceOf(items[index]) ?? '')) return false;
  const side = previousIndex(items, index, (x) => isFiller(x) || (x.kind === 'mention' && x.concept.kind === 'marker'));
  if (surfaceOf(items[side]) !== OTHER_SIDE) return false;
  return !items.slice(0, side).some((x) => kindOf(x) === 'company' || (x.kind === 'mention' && x.concept.kind === 'place' && x.concept.value === 'federated') || OUTSIDERS.has(headOf(x)));
}

/** "對方地端帳號", "their on-prem account": an account is where a person is homed, never a company's servers. */
const ACCOUNT = /帳號|賬號|帳戶|賬戶|account/;

const isHostingPlace = (item: Item | undefined): boolean =>
  item?.kind === 'mention' &&
  ((item.concept.kind === 'homed' && item.concept.value === 'onPremises' && !ACCOUNT.test(item.surface)) ||
    item.concept.kind === 'datacenter' ||
    (item.concept.kind === 'company' && item.concept.hosting));

/**
 * "他們自己內部 Skype Server", "their internal servers", "他們自己本地 Skype Server": internal to whoever owns them,
 * no place of anyone's.
 */
const INTERNAL_WORDS: ReadonlySet<string> = new Set(['internal', 'in house', '內部', '內部的', '內網的', '本地', '本地的']);
/**
 * "the client's in-house Lync", "the customer's internal Skype server": a word of our network right before a server
 * says the server is internal to its owner, no room anyone is in.
 */
export const describesHost = (items: readonly Item[], index: number): boolean =>
  INTERNAL_WORDS.has(surfaceOf(items[index]) ?? '') && isHostingPlace(items[index + 1]);
/** "他們用自己公司的地端 server": a company said after "own" is the owner's own, whoever they are (not ours). */
const OWN_COMPANY: ReadonlySet<string> = new Set(['公司的', '公司', '公司內部', '公司內部的']);
/** Chinese copulas an owner may stand before ("他們是用…"). */
const CHINESE_COPULAS: ReadonlySet<string> = new Set(['是', '也是', '都是']);
/** A server or pool by its words, as against a datacenter or a room. */
const SERVER = /server|伺服器|服務器|主機|pool|front end/;
/** "在公司", "在我們公司": our company, read as a place, before "自己的". */
const OUR_COMPANY_PLACE = /^在(?:我們)?公司$/;
/** Verbs between an organization and the product it runs: "a customer who runs SfB Server on-prem". */
const RUNS_WORDS: ReadonlySet<string> = new Set(['run', 'runs', 'is running', 'use', 'uses', 'ha', 'has', 'have']);
/** "a customer who runs ...": a relative pronoun that makes the organization before it the subject. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Words an owner may stand before: "own", "internal", fillers, "他們那邊有", "B 公司". */
function passes(item: Item): boolean {
  const surface = surfaceOf(item) ?? '';
  if (OWN_WORDS.has(surface) || INTERNAL_WORDS.has(surface) || isFiller(item)) return true;
  // "他們是用自己公司的伺服器", "廠商也是自己架的": "是" says what the owner before it uses.
  if (CHINESE_COPULAS.has(surface)) return true;
  if (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'perspective') return true;
  return item.kind === 'word' && item.script === 'latin' && /^[a-z]$/.test(item.key);
}

/**
 * "經理用公司自己的 Skype Server": the company's own, said by one of our people, is ours; by another organization
 * ("他們公司自己的", "供應商用公司自己的") theirs; after a name ("B 公司自家機房") or nobody, whichever company that is.
 */
const OUR_PEOPLE: ReadonlySet<string> = new Set(['user', 'generic', 'all']);

function companysOwn(items: readonly Item[], company: number, people: People): Owner | undefined {
  const at = previousIndex(items, company, isFiller);
  const before = items[at];
  if (isOutsider(before, people, at, false) || THEIR_WORDS.has(surfaceOf(before) ?? '')) return 'theirs';
  return before?.kind === 'mention' && before.concept.kind === 'party' && OUR_PEOPLE.has(before.concept.role) ? 'ours' : undefined;
}

/**
 * Whose the thing at `index` is, from the words right before it in its clause; undefined when unsaid. `same`:
 * things of its kind it may follow ("on-prem Lync/SfB pool"); what a possessive follows decides for it ("他們自己
 * 機房的 Skype Server").
 */
function ownerOf(items: readonly Item[], index: number, people: People, same: (item: Item) => boolean): Owner | undefined {
  // "that organisation's own servers": "own" may be part of the phrase for the thing.
  let own = /^(?:own |自己|自有|自家)/.test(surfaceOf(items[index]) ?? '');
  // "經理用自己公司的 Skype Server": a person's own company, said as such, is where they work: ours unless they are
  // another organization's.
  let ownCompany = false;
  // "the contractor's own on-prem SfB servers", "the auditors' own servers": people with servers of their own are
  // another organization, whatever word names them (ours are said with "our").
  const ownersOwn = (item: Item | undefined) => own && !ownCompany && item?.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'generic';
  // "a university's own Skype server", "that firm's own on-premises servers": any word's own, unless it is ours
  // ("our team's own server").
  const wordsOwn = (item: Item | undefined, at: number) => own && item?.kind === 'word' && item.script === 'latin' && !OUR_WORDS.has(surfaceOf(items[at - 1]) ?? '');
  let runs = false;
  // "our sales team runs it on their own servers": "their" written in the thing's own words refers back.
  const pronounOwned = /^(?:on )?(?:their|its) /.test(surfaceOf(items[index]) ?? '');
  // "他們是用自己公司的 on-prem Skype 伺服器": the words of the owner's own company do not count against the reach.
  let skipped = 0;
  for (let k = index - 1; k >= 0 && k >= index - REACH - skipped; k--) {
    const item = items[k];
    const surface = surfaceOf(item) ?? '';
    if (endsClause(item)) {
      // "a customer who runs Skype for Business Server on-premises": what an organization runs is its own.
      return runs && RELATIVES.has(surface) && isOutsider(items[k - 1], people, k - 1, false) ? 'theirs' : undefined;
    }
    // "業務經理自己的帳號也在地端": what an account is on is where its person is homed, whoever's own it is.
    if (ACCOUNT.test(surface)) return undefined;
    // "their on-prem pool" in a consultant's question about a client is the client's: ours (see client.ts).
    if (THEIR_WORDS.has(surface)) return people.theirMeansClient ? 'ours' : 'theirs';
    if (OWN_COMPANY.has(surface) && OWN_WORDS.has(surfaceOf(items[k - 1]) ?? '')) {
      ownCompany = true;
      continue;
    }
    if (own && OWN_COMPANY.has(surface)) return companysOwn(items, k, people);
    if (OUR_WORDS.has(surface)) return 'ours';
    // "我的帳號在公司自己的 Skype Server": the company read as a place ("在公司") owns what is its own.
    if (own && OUR_COMPANY_PLACE.test(surface)) return 'ours';
    if (RUNS_WORDS.has(surface)) {
      runs = true;
      continue;
    }
    if (OWN_WORDS.has(surface)) own = true;
    if (isPossessive(item)) {
      const possessor = items[k - 1];
      if (INTERNAL_WORDS.has(surfaceOf(possessor) ?? '')) {
        k--; // "他們內部的 Skype Server": the owner stands before "內部的".
        continue;
      }
      if (OWN_COMPANY.has(surfaceOf(possessor) ?? '') && OWN_WORDS.has(surfaceOf(items[k - 2]) ?? '')) {
        k--; // "他們用自己公司的 Skype Server": "自己公司" is the owner's own, said before "的"; the owner stands before it.
        ownCompany = true;
        skipped += 3;
        continue;
      }
      if (isHostingPlace(possessor)) return ownerOf(items, k - 1, people, same) ?? (kindOf(possessor) === 'company' ? 'theirs' : undefined);
      return isOutsider(possessor, people, k - 1, true) || ownersOwn(possessor) || wordsOwn(possessor, k - 1) || namesServer(items, k - 1) ? 'theirs' : undefined;
    }
    // 「我們業務部在自己的 Skype Server 上開的會」: a department's own servers are ours (see teamsOwn).
    if (own && isTeam(items, k)) return teamsOwn(items, k, people);
    if (isOutsider(item, people, k, false) || ownersOwn(item)) return 'theirs';
    if (passes(item) || same(item)) continue;
    if (pronounOwned && HOSTING_VERBS.has(surface)) continue;
    if (pronounOwned && ourTeam(items, k)) return 'ours';
    return undefined;
  }
  return undefined;
}

/**
 * 「我們業務部在自己的 Skype Server 上開的會」, 「業務部用自己的伺服器開會」: a department (業務部, 品管課) is part of an
 * organization, ours unless another organization's is said before it ("廠商業務部", "客戶的業務部", "他們業務部"): its own
 * servers are our own (on-premises), not another company's.
 */
function teamsOwn(items: readonly Item[], team: number, people: People): Owner {
  let at = previousIndex(items, team, isFiller);
  if (isPossessive(items[at])) at = previousIndex(items, at, isFiller);
  const before = items[at];
  return isOutsider(before, people, at, true) || THEIR_WORDS.has(surfaceOf(before) ?? '') ? 'theirs' : 'ours';
}

/**
 * "a meeting our sales team runs on their own Skype for Business Server": "their" refers back to a team of ours, so
 * the servers are our own (on-premises), not another company's. A team word, with up to TEAM_NAME_WORDS words of its
 * name between it and "our" ("our sales team", "our finance department").
 */
function ourTeam(items: readonly Item[], team: number): boolean {
  if (!TEAM_WORDS.has(surfaceOf(items[team]) ?? '')) return false;
  for (let k = team - 1, words = 0; k >= 0 && words <= TEAM_NAME_WORDS; k--, words++) {
    const surface = surfaceOf(items[k]) ?? '';
    if (OUR_WORDS.has(surface)) return true;
    if (!(items[k].kind === 'word' || isFiller(items[k]))) return false;
  }
  return false;
}
/** Stemmed English words for a team of an organization. */
const TEAM_WORDS: ReadonlySet<string> = new Set(['team', 'depart', 'dept', 'group', 'divis', 'unit', 'staff', 'desk']);
const TEAM_NAME_WORDS = 2;
/** Verbs between a team and the servers it holds its meetings on ("hosts", "holds", "runs"). */
const HOSTING_VERBS: ReadonlySet<string> = new Set([...RUNS_WORDS, 'hosts', 'host', 'hold', 'holds', 'schedul', 'set up', 'sets up']);

/**
 * "hosted by Litware on Litware's on-premises Skype server": a name's servers are an organization's (people are homed
 * on servers, they do not own them), so another company's, as with "own". English only: a name and a "server" after it.
 */
function namesServer(items: readonly Item[], possessor: number): boolean {
  if (!isNameWord(items[possessor]) || !/^[a-z]/.test(surfaceOf(items[possessor]) ?? '')) return false;
  for (let k = possessor + 2; k < items.length && isHostingPlace(items[k]); k++) if (/\bservers?$/.test(surfaceOf(items[k]) ?? '')) return true;
  return false;
}

/** A room of ours by its words ("office", "plant"): not a network, not another organization's already. */
const isRoom = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'customerNetwork' && item.concept.connection !== true;

/** The index of the organization right after "of" past fillers ("of a customer", "of our client"), if there is one. */
function ownerAfterOf(items: readonly Item[], of: number, people: People): number | undefined {
  if (surfaceOf(items[of]) !== 'of') return undefined;
  let k = of + 1;
  while (k < items.length && isFiller(items[k])) k++;
  return isOutsider(items[k], people, k, false) ? k : undefined;
}

/**
 * "at the Frankfurt office of a customer", "in the offices of a supplier": a room followed by "of" and another
 * organization is theirs, like "a customer's office"; the organization there owns the room, it says nothing of who
 * is in it (our engineer visiting them is on the Internet, not federated).
 */
function roomOfOutsider(items: readonly Item[], index: number, people: People): boolean {
  return isRoom(items[index]) && ownerAfterOf(items, index + 1, people) !== undefined;
}

/**
 * "on site at a customer's plant", "at a client's warehouse", "at the client's office", "at the vendor's plant": where
 * someone is, said as far as another organization ("at a customer", "at the client's", "the vendor"), then that
 * organization's room ("'s plant", "office"): the room is theirs, as in "a customer's plant".
 */
function roomAfterOutsiders(items: readonly Item[], index: number): boolean {
  if (!isRoom(items[index])) return false;
  // "I'm at the client's office": the possessive may end the place said before the room ("at the client 's").
  const joined = items[index - 1]?.kind === 'mention' && / 's$/.test((items[index - 1] as Extract<Item, { kind: 'mention' }>).surface);
  const owner = joined ? items[index - 1] : items[index - 2];
  if (!joined && !isPossessive(items[index - 1])) return false;
  // "at the vendor's plant", "at the supplier's headquarters": another company named as such owns the room (in English:
  // "打到廠商的辦公室" calls there).
  if (!joined && owner?.kind === 'mention' && owner.concept.kind === 'company' && !owner.concept.hosting) return /^[a-z]/.test(owner.surface);
  if (owner?.kind !== 'mention' || owner.concept.kind !== 'place') return false;
  const words = owner.surface.replace(/ 's$/, '').split(' ');
  return OUTSIDERS.has(words[words.length - 1]);
}

/**
 * "Björn, who is in Tailspin's office": a room of a name that is nobody in the call may be another company's (Tailspin)
 * or a colleague's ("in Priya's office"): whose it is, and so where the one in it is, is not said.
 */
function roomOfStranger(items: readonly Item[], index: number, people: People): boolean {
  return isRoom(items[index]) && isPossessive(items[index - 1]) && isStranger(items[index - 2], people, index - 2);
}

function ownerOfRoomBefore(items: readonly Item[], index: number, people: People): boolean {
  let of = index - 1;
  while (of >= 0 && isFiller(items[of]) && surfaceOf(items[of]) !== 'of') of--;
  return of > 0 && isRoom(items[of - 1]) && ownerAfterOf(items, of, people) === index;
}

/**
 * What an item says once its owner is known: another organization's on-premises servers or datacenter are where it
 * hosts ("their own on-prem Skype servers"); another organization's tenant, or a tenant said to be different, makes
 * its people federated; another organization's room is where someone else is (see People.ownedPlaces): on the
 * Internet, or nobody's place before a phone number ("打到客戶家市話"). null: the item says nothing; undefined: no
 * owner changes what it says.
 */
export function ownedStatement(items: readonly Item[], index: number, people: People): Statement | null | undefined {
  const item = items[index];
  if (roomOfOutsider(items, index, people) || roomAfterOutsiders(items, index)) return { kind: 'place', value: 'internet', owned: true };
  if (kindOf(item) === 'company' && ownerOfRoomBefore(items, index, people)) return null;
  if (roomOfStranger(items, index, people)) return null;
  if (people.ownedPlaces.has(index)) {
    const next = items[index + 1];
    if (next?.kind === 'mention' && next.concept.kind === 'callType' && next.concept.value === 'pstn') return null;
    // "(on client WAN)", "the customer's LAN": a client's network is never the Internet: ours when the text is about
    // the client's own IT ("Client is on SfB Online"), else not said.
    if (CLIENT_NETWORK.test(surfaceOf(item) ?? '') && clientWord(items[previousIndex(items, index, isFiller)])) {
      return writtenForClient(items, people.client) ? { kind: 'place', value: 'customerNetwork' } : null;
    }
    return { kind: 'place', value: 'internet', owned: true, ...(people.placesOfThem.has(index) && { ofThem: true }) };
  }
  if (isHostingPlace(item)) {
    const owner = ownerOf(items, index, people, isHostingPlace);
    // "我們自己機房": words that would mean another company's own servers, said of ours.
    // "我的帳號在公司自己的 Skype Server": our own server is where someone is homed, not a place anyone is.
    if (kindOf(item) === 'company' && owner === 'ours' && SERVER.test(surfaceOf(item) ?? '')) return { kind: 'homed', value: 'onPremises' };
    if (kindOf(item) === 'company') return owner === 'ours' ? { kind: 'place', value: 'customerNetwork', hosting: 'onPremises' } : undefined;
    // "對方還在地端", "對方是 on-prem": said of the other side of the call alone, with nothing that makes them own it,
    // it is where they are homed (often a colleague); "對方自己的機房", "廠商地端" stay another company's servers.
    if (owner === 'theirs' && kindOf(item) === 'homed' && saidOfOtherSide(items, index)) return undefined;
    return owner === 'theirs' ? { kind: 'company', ownServers: true } : undefined;
  }
  if (kindOf(item) !== 'tenant') return undefined;
  const other = OTHER_WORDS.has(surfaceOf(items[index - 1]) ?? '') || ownerOf(items, index, people, (x) => kindOf(x) === 'tenant') === 'theirs';
  return other ? { kind: 'place', value: 'federated' } : null;
}
