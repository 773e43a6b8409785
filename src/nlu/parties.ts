// Who is who: which party each place and homing statement is about. "An online user calls an on-prem coworker"
// has two people; "a meeting hosted by our on-prem users" has an organizer; "my colleague at home" is the other
// party. Statements attach to the person words around them (anchors, see people.ts) by a few rules, strongest first:
//   4 inside "hosted by ..." / "由 ... 主持": the organizer
//   3 right before an anchor ("online user", "在家的線上使用者"), or next to a hosting verb ("hosted online",
//     "在雲端主持"): the organizer; a place both share ("same office", "都在家")
//   2 "to <place>" in a call: the other party; "from ..." / "從..." the subject of its clause; otherwise the
//     nearest anchor before it ("user at home", "the CFO (homed on-prem)")
//   1 the next anchor in the sentence
//   0 nobody named: the user (another company: the organizer or the other party)
// Then each person gets a role: the organizer, the user asked about, the other party, both or everyone.
import { HOLDING_A_MEETING, calleesMeeting } from './calleesMeeting';
import type { Item, Mention } from './analyzer';
import { clauseStart, endsClause, endsSentence, isFiller, isMarker, isNameWord, isPossessive, kindOf, nextIndex, placeGoneOn, previousIndex, surfaceOf, titleAt } from './items';
import { saidWithTheir } from './client';
import { isFunctionWord } from './english';
import { ownedStatement } from './ownership';
import { ongoingMove } from './ongoingMove';
import { describesPlace } from './describedPlaces';
import { everyoneOfUs } from './everyoneOfUs';
import { ACCOUNT_WORDS, BARE_OUTSIDERS, HOMING_VERBS, runsProduct, OTHERS, OUTSIDERS, People, RELATIONS, RUNNING, headOf, isHonorific, isOwnThing, namesOutsiders, type Anchor } from './people';
import { aboutHosting, adjectiveOf, isOtherCompany, isStatement, statementOf, type Statement } from './statements';
import { isGuessed } from './supposed';
import { CHINESE_LOCATIVE, HAN } from './text';
import { saidOfWholeSetup } from './wholeOrganization';

export type { Statement } from './statements';

/** `all`: everyone in the organization ("all our users are homed Online" describes the deployment). */
export type Role = 'user' | 'peer' | 'organizer' | 'both' | 'all';

export interface Attribute {
  /** The item the statement was read from. */
  source: Item;
  /** The person it is said of (their first anchor, after following who refers to whom), when one is named. */
  person?: number;
  /** Said of another company's people ("they" after another company is named): where they are is their network. */
  outsider?: boolean;
  statement: Statement;
  negated: boolean;
  role: Role;
  strength: number;
}

interface Attachment {
  anchor?: Anchor;
  /** A role the rule itself decides (organizer next to a hosting verb, both for a shared place). */
  role?: Role;
  strength: number;
  /** The statement is about no party (where traffic goes). */
  ignored?: boolean;
}

/** "from the office to home": where a call comes from and where it goes. */
/** A floor said after a place: "8 樓", "12F", "B1", "3 層". */
const FLOOR_WORDS = /^(?:[a-z]?\d+[a-z]?|樓|層)$/;
const ORIGIN_WORDS: ReadonlySet<string> = new Set(['from', '從']);
const DESTINATION_WORDS: ReadonlySet<string> = new Set(['to', '到']);
/** "回" before "到": going back somewhere ("回到公司"), not a call going there. */
const BACK = '回';
const WITH_WORDS: ReadonlySet<string> = new Set(['with', '跟', '和', '與']);
/** Words that offer another way in a question ("走 ER 還是直接出外網", "via ER or straight out"). */
const OR_WORDS: ReadonlySet<string> = new Set(['還是', '或是', '或', 'or', '直接']);
/** Words that ask whether something is so ("會不會上雲", "有沒有上雲", "是不是在內網"). */
const WHETHER_WORDS: ReadonlySet<string> = new Set(['會不會', '有沒有', '是否', '是否會', '是不是', '要不要', '能不能']);
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Where traffic goes ("回到地端機房", "goes back to the datacenter"): a destination, not where a person is. */
/** Verbs of reaching, as keys: "does our call touch the cloud?", "hit the cloud", "reach the datacenter" ask where traffic goes. */
const REACHING: ReadonlySet<string> = new Set(['touch', 'hit', 'reach', 'enter']);
/** Whose cloud it is, between a verb of reaching and the cloud ("touch the Microsoft cloud"), as keys. */
const CLOUD_OWNERS: ReadonlySet<string> = new Set(['microsoft', "microsoft's"]);
const TRAFFIC_DESTINATIONS: ReadonlySet<string> = new Set(['回到', '繞回', '繞回到', '送回', '傳回', 'back to', 'goes to', 'go to', 'sent to', 'routed to']);

/** Words that list someone who is not in the call ("CC'd only", "Copied:", "Watcher:"), as matching keys. */
const OUT_OF_CALL: ReadonlySet<string> = new Set(['cc', 'bcc', 'copi', 'watcher']);

/** Negations that alone say someone is not there ("Gina 不在"). */
const ABSENT: ReadonlySet<string> = new Set(['不在', '沒在']);

/** Said of no party of the call. */
const NOBODY = 'nobody';

/** Whether a statement can be about an anchor: a meeting or its organizer has no place, only where it is hosted. */
function fits(statement: Statement, anchor: Anchor): boolean {
  return anchor.kind === 'person' || aboutHosting(statement);
}

const isHosting = (item: Item | undefined): boolean =>
  (isMarker(item, 'hosted') && !HOMING_VERBS.has(surfaceOf(item) ?? '')) || kindOf(item) === 'hostedMeeting';

/** The origin of a motion belongs to who moves: "X calls Y from home" is about X. */
function isOrigin(item: Item): boolean {
  return item.kind === 'mention' && (item.surface.startsWith('from ') || item.surface.startsWith('從'));
}

/** A call is being described: "to <place>" is then where the other party is. */
function describesCall(items: readonly Item[]): boolean {
  return items.some(
    (item) =>
      item.kind === 'mention' &&
      (item.concept.kind === 'call' || (item.concept.kind === 'callType' && item.concept.value === 'peerToPeer')),
  );
}

class PartyReader {
  readonly people: People;
  /** Whether a call is described ("to <place>" is then the other party's place). */
  private readonly call: boolean;

  constructor(private readonly items: readonly Item[]) {
    this.people = new People(items);
    this.call = describesCall(items);
  }

  private get anchors(): ReadonlyMap<number, Anchor> {
    return this.people.anchors;
  }

  private fitting(statement: Statement, j: number): Anchor | undefined {
    const anchor = this.anchors.get(j);
    if (!anchor || !fits(statement, anchor)) return undefined;
    // An organizer named as a person ("scheduled by an Online user") has no place in the call.
    const place = statement.kind === 'place' && statement.value !== 'federated' && statement.hosting === undefined;
    return place && this.hosts(j) ? undefined : anchor;
  }

  /** Whether the person word at `j` names the organizer: the host, or the Chinese unit or title before them ("資訊室主任召集的"). */
  private hosts(j: number): boolean {
    const anchor = this.anchors.get(j);
    if (anchor === undefined) return false;
    return this.people.organizers.has(HAN.test(surfaceOf(this.items[j]) ?? '') ? this.people.resolve(anchor).index : j);
  }

  /** The party a statement is about, and how sure that is; nobody's when that is a pronoun that could be two people. */
  attach(index: number, statement: Statement): Attachment {
    const attachment = this.attachTo(index, statement);
    return attachment.anchor !== undefined && this.people.unresolved.has(attachment.anchor.index) ? { strength: 0, ignored: true } : attachment;
  }

  private attachTo(index: number, statement: Statement): Attachment {
    const item = this.items[index];
    const { ones } = this.people;
    if (this.people.organizerScope.has(index)) return { role: 'organizer', strength: 4 };
    // "我們是供應商", "我們公司是乙方", "我是乙方的工程師": a company the writer says they are is our side, nobody called.
    if (statement.kind === 'company' && this.writerIs(index)) return { strength: 0, ignored: true };
    // "擬請廠商說明", "惠請供應商協助確認": the company asked to explain is whom the letter is for, nobody in the call.
    if (statement.kind === 'company' && ADDRESSING.has(surfaceOf(this.items[previousIndex(this.items, index, isFiller)]) ?? '')) {
      return { strength: 0, ignored: true };
    }
    if (kindOf(item) === 'sharedPlace') return this.sharedByOthers(index) ? { strength: 0, ignored: true } : { role: this.saidOfOneself(index) ? 'user' : 'both', strength: 3 };
    // "the library at school", "the HQ canteen": a public place's word for a room of a site; "next to our office".
    if (statement.kind === 'place' && (this.roomOfSite(index) || this.nearSite(index) || this.whereIsPublicPlace(index))) return { strength: 0, ignored: true };
    // "一位位於線上、一位位於內部部署的使用者": a statement right after "one" is about that one.
    let one = index - 1;
    while (one >= 0 && isFiller(this.items[one]) && !ones.includes(one)) one--;
    if (ones.includes(one) && this.fitting(statement, one)) return { anchor: this.anchors.get(one), strength: 3 };
    const target = this.modified(index);
    const adjacent = this.fitting(statement, target);
    // "參加美國總部同事開的會": where the host is, said right before them, is nobody's place in the call.
    if (statement.kind === 'place' && statement.hosting === undefined && this.anchors.get(target)?.kind === 'person' && this.hosts(target)) {
      return { strength: 0, ignored: true };
    }
    if (adjacent && !(adjacent.kind === 'person' && this.predicateBefore(index, target))) return { anchor: adjacent, strength: 3 };
    // "Contoso runs Skype Online", "Priya (runs SfB Online)": the product someone runs is theirs, not a meeting's;
    // "we run Skype Online" and "a host, which runs ..." are left to the rules below.
    const runner = this.productRunner(index);
    if (runner !== undefined) return runner === NOBODY ? { strength: 0, ignored: true } : { anchor: runner, strength: 3 };
    // "Fabrikam, which runs its own Office 365 tenant": a company running a tenant of its own hosts no meeting by it.
    const hostWordBefore = this.items[previousIndex(this.items, this.people.beforeAside(index), isFiller)];
    const runsTenant = statement.kind === 'company' && !statement.ownServers && RUNNING.has(surfaceOf(hostWordBefore) ?? '');
    if (aboutHosting(statement) && !runsTenant) {
      const hostedNext = isHosting(this.items[nextIndex(this.items, this.people.afterAside(index), isFiller)]);
      const hostedBefore = isHosting(hostWordBefore);
      if (hostedNext || hostedBefore) return { role: 'organizer', strength: 3 };
    }
    // "會議是客戶那邊開的", "廠商那邊發起的": another organization's side right before a hosting word says whose
    // meeting it is, not where anyone is.
    if (statement.kind === 'place' && item.kind === 'mention' && namesOutsiders(item) && isHosting(this.items[nextIndex(this.items, index, isFiller)])) {
      return { role: 'organizer', strength: 3 };
    }
    // "打給廠外廠商的手機", "院外廠商": a place written into another company's name says which company, not where anyone is.
    if (statement.kind === 'place' && kindOf(this.items[index + 1]) === 'company' && HAN.test(surfaceOf(item)?.[0] ?? '') && !CHINESE_LOCATIVE.test(surfaceOf(item) ?? '')) {
      return { strength: 0, ignored: true };
    }
    // "I run the office", "I manage the branch": a place someone runs is their job, not where they are.
    if (statement.kind === 'place' && this.managed(index)) return { strength: 0, ignored: true };
    const aside = this.asideOwner(index, statement);
    if (aside) return aside;
    if ((statement.kind === 'place' || statement.kind === 'homed') && this.notCallersField(index, statement)) return { strength: 0, ignored: true };
    // "帳號在院內地端", "帳號均位於院內地端伺服器", "帳號在公司，人在家": where an account is kept is nobody's place.
    if (statement.kind === 'place' && this.accountsPlace(index)) return { strength: 0, ignored: true };
    // "his mailbox is in the on-prem datacenter", "homed on the on-prem pool in the Amsterdam DC", "the office was
    // closed", "the corp wifi is down": where a machine is kept, or a place said to be shut, is nobody's place.
    if (statement.kind === 'place' && (this.machinesPlace(index) || this.closedPlace(index))) return { strength: 0, ignored: true };
    // "her mailbox is in the on-prem datacenter": where a mailbox is homed is Exchange's, not where she is homed.
    if (statement.kind === 'homed' && this.machinesPlace(index, MAILBOX)) return { strength: 0, ignored: true };
    const field = this.fieldOwner(index, statement);
    if (field) return field;
    // "供應商是 Online 帳號", "廠商是地端帳號": said right after another company is named, it is theirs, nobody's of the call.
    if (statement.kind !== 'company' && this.companyTopic(previousIndex(this.items, index, (x) => isFiller(x) || isMarker(x, 'copula')), index)) {
      return { strength: 0, ignored: true };
    }
    // "from her desk at HQ", "at his desk in the Lagos office": a place that goes on from the place right before it
    // (only fillers between) is the same person's.
    const previous = previousIndex(this.items, index, isFiller);
    const placeBefore = this.items[previous];
    // "when I call the office from home", "I call Jo at home from the office": where the call comes from is the
    // caller's, not the place called nor that of the one called.
    const fromCalled = isOrigin(item) && (this.placeCalled(previous) || this.people.callees.has(previousIndex(this.items, previous, isFiller)));
    // "both at home on the VPN": what goes on from a place both share is both parties'.
    if (statement.kind === 'place' && statement.value !== 'federated' && kindOf(placeBefore) === 'sharedPlace') return { role: 'both', strength: 3 };
    if (statement.kind === 'place' && statement.value !== 'federated' && placeBefore?.kind === 'mention' && placeBefore.concept.kind === 'place' && placeBefore.concept.value !== 'federated' && !fromCalled) {
      const same = this.attachTo(previous, statementOf(placeBefore.concept) as Statement);
      if (same.anchor !== undefined || same.role !== undefined) return same;
    }
    const continued = this.continuedPlace(index, statement);
    if (continued) return continued;
    const before = surfaceOf(this.items[previousIndex(this.items, index, isFiller)]) ?? '';
    // "does it go out on the internet?", "will the call go over the internet": where a call goes, asked, is nobody's place.
    if (statement.kind === 'place' && statement.value === 'internet' && this.goesOutOn(index)) return { strength: 0, ignored: true };
    // "媒體會回到地端機房", "goes back to our datacenter": where traffic goes is nobody's place.
    // "does the call ever touch the Microsoft cloud?": past the cloud's owner, to the verb.
    const reaches = REACHING.has(surfaceOf(this.items[previousIndex(this.items, index, (x) => isFiller(x) || CLOUD_OWNERS.has(surfaceOf(x) ?? ''))]) ?? '');
    if (TRAFFIC_DESTINATIONS.has(before) || REACHING.has(before) || reaches) return { strength: 0, ignored: true };
    // "媒體會回到總部機房嗎", "訊號會不會經過地端機房", "媒體會不會繞去微軟機房": where traffic goes, said after the
    // traffic with a verb of going, is part of the question; "院區資訊組": a place naming a team is nobody's place.
    if ((statement.kind === 'place' || statement.kind === 'homed') && (this.trafficGoesTo(index) || this.namesUnit(index))) return { strength: 0, ignored: true };
    // "media 會走 ER 還是直接出外網", "signaling 會不會上雲": a way a question offers for the traffic.
    if ((statement.kind === 'place' || statement.kind === 'homed') && this.offeredWay(index)) return { strength: 0, ignored: true };
    // "打到總部", "calls to HQ": where a call goes is the other party's; "我回到公司座位上" is where someone went back to.
    const back = surfaceOf(this.items[previousIndex(this.items, index, isFiller) - 1]) === BACK;
    if (statement.kind === 'place' && this.call && DESTINATION_WORDS.has(before) && !back) return { role: 'peer', strength: 2 };
    if (statement.kind === 'place' && this.placeCalled(index)) return { role: 'peer', strength: 2 };
    // "地端帳號跟 Online 帳號互打": what is said between "with" and the call is the other party's.
    if (WITH_WORDS.has(before) && this.callsNext(index)) return { role: 'peer', strength: 2 };
    // "與同棟 5 樓另一位同仁一對一": a place between "with" and the person called with is that person's.
    if (statement.kind === 'place' && WITH_WORDS.has(before) && this.personCalledAfter(index)) return { role: 'peer', strength: 2 };
    if (isOrigin(item) || ORIGIN_WORDS.has(before)) {
      const subject = this.subjectOf(index, statement);
      if (subject) return { anchor: subject, strength: 2 };
    }
    for (let k = index - 1; k >= 0 && !endsSentence(this.items[k]); k--) {
      // "廠商是 Online 帳號，在他們辦公室": a clause without a subject goes on about another company said of before it.
      if (statement.kind !== 'company' && this.companyTopic(k, index)) return { strength: 0, ignored: true };
      // "both Kavitha and Mr. Lee are homed Online": after a pair named after "both", both of them.
      const pair = this.people.pairEnds.get(k);
      const earlier = pair !== undefined && clauseStart(this.items, k) === clauseStart(this.items, index) ? this.anchors.get(pair) : this.fitting(statement, k);
      // "主管在飯店開的會，我要加入": where the host is, said between the host and the hosting, is nobody's of the call.
      if (!earlier && this.hostsClause(statement, k, index)) return { strength: 0, ignored: true };
      if (!earlier || this.inRelativeClause(earlier) || (statement.kind === 'place' && this.organizationAside(earlier, index))) continue;
      if (earlier.kind !== 'meeting' || this.onlyLinks(k, index)) return { anchor: earlier, strength: 2 };
    }
    // "Working from home, Tanaka-san phones ...": a place opening its sentence, before a comma, is the subject's after
    // it; "in a starbucks, teammate at his desk in our Lisbon office": not when a place of their own follows them, then
    // it is the writer's, who says where they are with no subject.
    const subject = statement.kind === 'place' ? this.openingSubject(index) : undefined;
    if (subject) return this.placedRightAfter(subject.index) ? { role: 'user', strength: 2 } : { anchor: subject, strength: 2 };
    // The next person of the clause, not someone called or another company's people: "在公司跟供應商視訊" and
    // "地端帳號、人在辦公室，跟合作廠商 1:1" leave out who calls (the speaker); they do not describe the supplier.
    for (let k = index + 1; k < this.items.length && !this.endsDescription(this.items[k]); k++) {
      const after = this.fitting(statement, k);
      if (after && after.kind !== 'meeting' && !this.people.callees.has(k) && !this.people.theirs.has(k)) return { anchor: after, strength: 1 };
    }
    return { strength: 0 };
  }

  /**
   * The person named right before "runs" and the product at `index` ("Contoso runs Skype Online"), if any; NOBODY
   * for an organization named by a word alone ("Northwind runs Skype for Business Server"): no party of the call.
   */
  private productRunner(index: number): Anchor | typeof NOBODY | undefined {
    // "runs Lync on-prem": the product may be said in more than one mention.
    let verb = index - 1;
    while (verb > 0 && ['homed', 'deploymentHint'].includes(kindOf(this.items[verb]) ?? '')) verb--;
    if (verb < 0 || !runsProduct(this.items, verb)) return undefined;
    // "Priya (runs SfB Online)": past the bracket that opens an aside.
    const at = previousIndex(this.items, verb, (x) => isFiller(x) || (x.kind === 'break' && x.paren === 'open'));
    const runner = this.anchors.get(at);
    if (runner === undefined) return this.items[at]?.kind === 'word' && !RELATIVE_WORDS.has(surfaceOf(this.items[at]) ?? '') ? NOBODY : undefined;
    return runner.kind === 'person' && runner.role !== 'all' && runner.role !== 'user' && runner.role !== 'pronoun' ? runner : undefined;
  }

  /**
   * "from the kitchen table at home", "calls Sam from the departure gate at Heathrow, on the airport's free wifi",
   * "from a hotel room in Lisbon. No VPN.": a place said right after another place and its own words goes on about it,
   * and so does the network someone is on, said after a comma, a dash, a bracket or the end of the sentence: it is the
   * same person's, not that of someone named before it. Across a sentence only from one that names nobody.
   */
  private continuedPlace(index: number, statement: Statement): Attachment | undefined {
    if (statement.kind !== 'place' || statement.value === 'federated' || isOrigin(this.items[index])) return undefined;
    const k = placeGoneOn(this.items, index, (j) => this.anchors.has(j));
    if (k < 0 || k === previousIndex(this.items, index, isFiller)) return undefined;
    const pause = this.items.slice(k + 1, index).find((x) => x.kind === 'break');
    // "on the airport's free wifi": the network's owner is said of whoever is on it.
    const owns = this.items[index + 2];
    const owned = isPossessive(this.items[index + 1]) && owns?.kind === 'mention' && owns.concept.kind === 'place' && owns.concept.connection === true;
    const network = statement.connection === true || statement.decisive === true || owned;
    if (pause !== undefined && (!network || (endsSentence(pause) && !this.namesNobodyAfter(index)))) return undefined;
    const same = this.attachTo(k, statementOf((this.items[k] as Mention).concept) as Statement);
    // A meeting's host has no place in it: what goes on from one said of them is left to the other rules, and so is
    // a network said after a pause that follows the place of someone called ("calling Sam at HQ, on my hotspot").
    if (pause !== undefined && (same.role === 'peer' || (same.anchor !== undefined && this.people.callees.has(same.anchor.index)))) return undefined;
    return (same.anchor !== undefined && same.anchor.kind === 'person') || (same.role !== undefined && same.role !== 'organizer') ? same : undefined;
  }

  /**
   * "the library at school", "the canteen at HQ", "the cafe on the ground floor of our office", "the school library",
   * "the HQ gym": a word for a public place that names a room inside a site, or a room the site's name names, says
   * nothing of where someone is: the site does (ours, or nothing when it cannot be told ours: "at school").
   */
  private roomOfSite(index: number): boolean {
    const item = this.items[index];
    if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'internet' || item.concept.connection === true) return false;
    // Not where in a building it is ("the coffee shop downstairs": the building may hold anyone's).
    const site = (k: number) => {
      const x = this.items[k];
      if (x?.kind === 'word') return SITE_WORDS.has(x.key);
      return x?.kind === 'mention' && x.concept.kind === 'place' && x.concept.value === 'customerNetwork' && x.concept.connection !== true && !WHERE_IN_BUILDING.test(x.surface);
    };
    const within = (x: Item) => isFiller(x) && ROOM_LINKS.has(surfaceOf(x) ?? '');
    if (site(previousIndex(this.items, index, (x) => within(x) && !CONTAINING.has(surfaceOf(x) ?? '')))) return true;
    // After the room, only a site it is said to be in: "at school", "on the ground floor of", "[at HQ]".
    const after = nextIndex(this.items, index, within);
    const contained = this.items.slice(index + 1, after).some((x) => CONTAINING.has(surfaceOf(x) ?? '')) || CONTAINED.test(surfaceOf(this.items[after]) ?? '');
    return contained && site(after);
  }

  /** "the cafe next to our office", "across the street from HQ": a site of ours said as what a place is near is not where anyone is. */
  private nearSite(index: number): boolean {
    const item = this.items[index];
    if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork') return false;
    for (let k = index - 1, words = 0; k >= 0 && words <= NEAR_REACH; k--) {
      const before = this.items[k];
      if (before.kind === 'word' && NEAR_WORDS.has(before.key)) return true;
      if (before.kind === 'word') words++;
      else if (!isFiller(before)) return false;
    }
    return false;
  }

  /**
   * "at the coffee shop downstairs", "in the cafe upstairs": where in a building a public place is says where the
   * place is, not that someone is in our building (the building may hold anyone's).
   */
  private whereIsPublicPlace(index: number): boolean {
    const item = this.items[index];
    if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork' || !WHERE_IN_BUILDING.test(item.surface)) return false;
    // "the hotel bar downstairs": past one word of the place's own name.
    let k = previousIndex(this.items, index, isFiller);
    if (this.items[k]?.kind === 'word') k = previousIndex(this.items, k, isFiller);
    const before = this.items[k];
    return before?.kind === 'mention' && before.concept.kind === 'place' && before.concept.value === 'internet' && before.concept.connection !== true;
  }

  /** Whether nobody is named from `index` to the end of its sentence ("No VPN.", "On the airport's free wifi."). */
  private namesNobodyAfter(index: number): boolean {
    for (let k = index + 1; k < this.items.length && !endsSentence(this.items[k]); k++) if (this.anchors.has(k)) return false;
    return true;
  }

  /** Whether the place at `index` comes after media or signaling and a verb of going, in its clause, with nobody between. */
  private trafficGoesTo(index: number): boolean {
    let going = false;
    for (let k = index - 1; k >= 0 && k >= index - GOING_REACH; k--) {
      const item = this.items[k];
      if (endsClause(item) || this.anchors.has(k) || kindOf(item) === 'call' || kindOf(item) === 'callType') return false;
      if (kindOf(item) === 'traffic') return going;
      if ([...(surfaceOf(item) ?? '')].some((c) => GOING.has(c))) going = true;
    }
    return false;
  }

  /** Whether the place at `index` is the Internet a verb of going goes on or over ("it goes out on the internet"). */
  private goesOutOn(index: number): boolean {
    const item = this.items[index];
    let onto = item.kind === 'mention' && ONTO.test(item.surface);
    const going = previousIndex(this.items, index, (x) => {
      const surface = surfaceOf(x) ?? '';
      if (ONTO_WORDS.has(surface)) onto = true;
      return isFiller(x) || surface === 'out' || ONTO_WORDS.has(surface);
    });
    return onto && GOING_EN.has(surfaceOf(this.items[going]) ?? '');
  }

  /** Whether the place at `index` is the start of a team's name ("院區資訊組", "總部資訊處"): a word for a team ends it. */
  private namesUnit(index: number): boolean {
    for (let k = index + 1; k < this.items.length && k <= index + UNIT_NAME_WORDS; k++) {
      const item = this.items[k];
      if (item.kind !== 'word' || item.script !== 'han') return false;
      if (UNIT_ENDS.has(item.key)) return true;
    }
    return false;
  }

  /**
   * Whether the place at `index` says where an account is kept: right after an account word ("帳號在院內地端",
   * "帳號在公司"), an owner word between ("帳號還在我們自己機房").
   */
  accountsPlace(index: number): boolean {
    const account = previousIndex(this.items, index, (x) => (isFiller(x) && !ACCOUNT_PLACE.test(surfaceOf(x) ?? '')) || isOwnersWord(x));
    if (!ACCOUNT_PLACE.test(surfaceOf(this.items[account]) ?? '')) return false;
    // "我用 Online 帳號在實驗室電腦上加入": an account someone uses is how they call, and the place after it is theirs.
    const before = previousIndex(this.items, account, (x) => (isFiller(x) && !USING.has(surfaceOf(x) ?? '')) || isStatement(x));
    return !USING.has(surfaceOf(this.items[before]) ?? '');
  }

  /**
   * Whether the place at `index` says where a machine or a store is kept: its clause is about one ("The server she is
   * registered to sits in our Dublin datacenter", "the Front End pool he uses is in the London DC", "her mailbox is in
   * the on-prem datacenter"), it names the machine after it ("the in-house server"), or it is a datacenter right after
   * the pool someone is homed on ("homed on the on-prem pool in the Amsterdam DC", a name of the place between).
   */
  private machinesPlace(index: number, machine = MACHINE): boolean {
    // "half of us are still on the in-house server": a place said of the machine right after it.
    if (machine.test(surfaceOf(this.items[index + 1]) ?? '')) return true;
    let k = clauseStart(this.items, index);
    // "her mailbox": whose it is may come first.
    while (k < index && (isFiller(this.items[k]) || kindOf(this.items[k]) === 'party')) k++;
    // Only a word or a thing named ("mailbox"): "a user homed on the on-prem pool" is where the user is homed.
    for (let words = 0; k < index && words < MACHINE_REACH && kindOf(this.items[k]) !== 'homed'; k++, words++) {
      if (machine.test(surfaceOf(this.items[k]) ?? '')) return true;
      if (this.items[k].kind !== 'word') break;
    }
    // "on the on-prem pool at my desk" is where the person sits: only a datacenter is the pool's; right after a server
    // any place is the server's ("our own Skype server in the house", "the SfB server at HQ").
    const server = this.items[previousIndex(this.items, index, (x) => isFiller(x) && MACHINE_PREPOSITIONS.has(surfaceOf(x) ?? ''))];
    if (kindOf(server) === 'homed' && SERVER_WORD.test(surfaceOf(server) ?? '')) return true;
    if (kindOf(this.items[index]) !== 'datacenter') return false;
    let before = index - 1;
    for (let words = 0; before >= 0; before--) {
      const item = this.items[before];
      if (item.kind === 'word' && ++words <= MACHINE_REACH) continue;
      if (!isFiller(item) || !MACHINE_PREPOSITIONS.has(surfaceOf(item) ?? '')) break;
    }
    return kindOf(this.items[before]) === 'homed' && MACHINE.test(surfaceOf(this.items[before]) ?? '');
  }

  /**
   * Whether the place at `index` is said to be shut ("the office was closed, so she stayed home"), or is a network said
   * to be down ("on the guest wifi because the corp wifi is down", "the office network died").
   */
  private closedPlace(index: number): boolean {
    const item = this.items[index];
    const verb = nextIndex(this.items, index, isFiller);
    const next = this.items[verb];
    if (item.kind === 'mention' && item.concept.kind === 'place' && item.concept.connection === true && next?.kind === 'mention' && next.concept.kind === 'cue' && next.concept.cue === 'down') return true;
    return isMarker(next, 'copula') && CLOSED.has(surfaceOf(this.items[nextIndex(this.items, verb, isFiller)]) ?? '');
  }

  /**
   * "副院長帳號在地端（本院 hybrid），週六在家": the organization said in an aside that has closed before `index` ("本院",
   * "our company") describes the deployment; a place after the aside goes on about the person before it.
   */
  private organizationAside(anchor: Anchor, index: number): boolean {
    if (anchor.kind !== 'person' || anchor.role !== 'all' || !ORGANIZATION.test(surfaceOf(this.items[anchor.index]) ?? '')) return false;
    for (let k = anchor.index + 1; k < index; k++) {
      const item = this.items[k];
      if (item.kind === 'break' && (item.paren === 'close' || item.strong)) return item.paren === 'close';
    }
    return false;
  }

  /** Whether the item at `index` follows "是" said of the writer ("我們是", "我們公司是", "我是"). */
  private writerIs(index: number): boolean {
    const copula = previousIndex(this.items, index, isFiller);
    if (!isMarker(this.items[copula], 'copula')) return false;
    const subject = this.items[previousIndex(this.items, copula, isFiller)];
    return subject?.kind === 'mention' && subject.concept.kind === 'party' && (subject.concept.role === 'user' || subject.concept.role === 'all');
  }

  /** The person right after the comma that closes a place opening its sentence ("At home, my user rings ..."). */
  private openingSubject(index: number): Anchor | undefined {
    const start = previousIndex(this.items, index, isFiller);
    if (start >= 0 && !endsSentence(this.items[start])) return undefined;
    // "At home, not on the VPN, the affected user ...": past what else the opening says, with its commas.
    const said = (item: Item) => isFiller(item) || isStatement(item) || kindOf(item) === 'negation';
    let comma = nextIndex(this.items, index, said);
    if (!this.isComma(comma)) return undefined;
    for (let next = nextIndex(this.items, comma, said); this.isComma(next); next = nextIndex(this.items, comma, said)) comma = next;
    // Past a title or a word that says which user ("At home, Ms. Okafor ...", "the affected user").
    let k = nextIndex(this.items, comma, isFiller);
    if (!this.anchors.has(k) && (isHonorific(this.items[k]) || surfaceOf(this.items[k]) === 'affected')) k += 1;
    const anchor = this.anchors.get(k);
    return anchor?.kind === 'person' ? anchor : undefined;
  }

  /** Whether a place is said right after the person at `index` ("teammate at his desk", "Priya on the LAN"). */
  private placedRightAfter(index: number): boolean {
    const next = this.items[nextIndex(this.items, index, isFiller)];
    return next?.kind === 'mention' && next.concept.kind === 'place' && next.concept.value !== 'federated';
  }

  private isParen(k: number, side: 'open' | 'close'): boolean {
    const item = this.items[k];
    return item?.kind === 'break' && item.paren === side;
  }

  private isComma(k: number): boolean {
    const item = this.items[k];
    return item?.kind === 'break' && !item.strong && item.paren === undefined && !item.quote;
  }

  /** Whether the place at `index` is the object of a verb of running it ("run the office", "look after the site"). */
  private managed(index: number): boolean {
    const verb = previousIndex(this.items, index, isFiller);
    const word = surfaceOf(this.items[verb]) ?? '';
    // "in charge of the office", "look after the branch": the verb's last word and the one before it.
    const phrase = `${surfaceOf(this.items[previousIndex(this.items, verb, isFiller)]) ?? ''} ${word}`;
    return MANAGING.has(word) || MANAGING.has(phrase);
  }

  /**
   * Whether the item at `k` names another company as what its clause is about ("廠商是 Online 帳號", "供應商在他們公司"):
   * the company opens its clause and what follows it is said of it. `index` is the statement asking, not counted.
   */
  private companyTopic(k: number, index: number): boolean {
    const item = this.items[k];
    if (item?.kind !== 'mention' || item.concept.kind !== 'company') return false;
    const opens = nextIndex(this.items, clauseStart(this.items, k) - 1, isFiller) === k;
    const said = nextIndex(this.items, k, isFiller);
    return opens && (said === index || isMarker(this.items[said], 'copula') || isStatement(this.items[said]));
  }

  /**
   * "其他：客服 Ian、Joy 都在辦公室 … Hannah 的訊號？", "Ian and Joy are both in the office": a place shared by people
   * named in its clause, none of them the one the question is asked for, is theirs, not the parties' of the call.
   */
  private sharedByOthers(index: number): boolean {
    const { perspective } = this.people;
    if (perspective === undefined) return false;
    const named: number[] = [];
    // The people listed right before it ("Ian、Joy", "Ian and Joy"), past fillers and the names' own words, opening a
    // field or a line of their own ("其他：", "- ").
    let k = previousIndex(this.items, index, isFiller);
    for (; k >= 0; k = previousIndex(this.items, k, isFiller)) {
      const item = this.items[k];
      const anchor = this.anchors.get(k);
      if (anchor?.kind === 'person') {
        if (anchor.role === 'both' || anchor.role === 'all') return false;
        named.push(this.people.resolve(anchor).index);
      } else if (!isNameWord(item) && !(item.kind === 'break' && !item.strong && item.paren === undefined && !item.colon) && !WITH_WORDS.has(surfaceOf(item) ?? '') && surfaceOf(item) !== 'and') break;
    }
    const opening = this.items[k];
    const field = k < 0 || (opening.kind === 'break' && (opening.colon === true || opening.line === true));
    // One person before it shares it with the other party ("calls a colleague in the same office").
    return field && named.length >= 2 && !named.includes(perspective);
  }

  /**
   * "我都在公司", "我人都在辦公室": 都 after oneself alone says always, not both of two (a place both share comes after
   * a pair or a plural: "我們都在公司", "我跟同事都在公司").
   */
  private saidOfOneself(index: number): boolean {
    let k = previousIndex(this.items, index, isFiller);
    if (surfaceOf(this.items[k]) === '人') k = previousIndex(this.items, k, isFiller);
    return surfaceOf(this.items[k]) === '我';
  }

  /**
   * Whether the place at `index` is where the person at `k`, who hosts, is: between them and the hosting ("主管在飯店開的
   * 會"), or in a relative clause right after them ("set up by Ravi, who sits in the London office").
   */
  private hostsClause(statement: Statement, k: number, index: number): boolean {
    const anchor = this.anchors.get(k);
    const place = statement.kind === 'place' && statement.value !== 'federated' && statement.hosting === undefined;
    if (!place || anchor?.kind !== 'person' || !this.people.organizers.has(k)) return false;
    const hostingNext = isHosting(this.items[nextIndex(this.items, index, (item) => isFiller(item) || isStatement(item))]);
    return (hostingNext && clauseStart(this.items, k) === clauseStart(this.items, index)) || this.relativeAbout(k, index);
  }

  /** "a meeting set up by Ravi, who sits in the London office": `index` is in a relative clause right after the person at `k`. */
  private relativeAbout(k: number, index: number): boolean {
    const relative = nextIndex(this.items, k, (item) => isFiller(item) || isNameWord(item) || (item.kind === 'break' && !item.strong));
    if (relative >= index || !RELATIVE_WORDS.has(surfaceOf(this.items[relative]) ?? '')) return false;
    for (let j = relative + 1; j < index; j++) if (endsSentence(this.items[j]) || this.anchors.has(j)) return false;
    return true;
  }

  /**
   * "when I call the office from the loading dock", "rings HQ": a place right after a call word is the one called, where
   * the other party is. English only: "打回公司" is as often calling back from somewhere else. Not a place after a
   * preposition, in its words or before them ("from Skype at our office": "Skype" is the app, the place where one is).
   */
  private placeCalled(index: number): boolean {
    const surface = surfaceOf(this.items[index]) ?? '';
    return kindOf(this.items[previousIndex(this.items, index, isFiller)]) === 'call' && /^[a-z]/.test(surface) && !LOCATIVE.test(surface) && !afterPreposition(this.items, index);
  }

  /**
   * "我在家沒 vpn 對方在公司": a Chinese verb phrase (在…, 沒…, 不…) right before a person, without "的", ends what is
   * said of the one before; it describes the person after only with "的" or "之" ("在家沒 VPN 的對方", "未連線 VPN 之王經理"),
   * or right after a call word or "with", where no one before it is its subject ("打給在家同事", "跟在家使用者 1:1").
   */
  private predicateBefore(index: number, target: number): boolean {
    const surface = surfaceOf(this.items[index]) ?? '';
    const before = this.items[previousIndex(this.items, index, isFiller)];
    if (kindOf(before) === 'call' || WITH_WORDS.has(surfaceOf(before) ?? '')) return false;
    return /^[在從於沒不未]/.test(surface) && !this.items.slice(index + 1, target).some(isPossessive);
  }

  /**
   * Whether the place at `index` is a way a question offers for the traffic: right after "還是", "or" or "直接", with
   * traffic and a question about its way before it in the sentence ("media 會走 ER 還是直接出外網"), or right after a
   * word asking whether.
   */
  private offeredWay(index: number): boolean {
    // "地端帳號打外線，會不會上雲", "信令有沒有上雲": right after a word asking whether, what follows is asked, not said.
    if (WHETHER_WORDS.has(surfaceOf(this.items[index - 1]) ?? '')) return true;
    // "signaling 會不會上雲": right after the question itself, too.
    const before = this.items[previousIndex(this.items, index, isFiller)];
    const asking = before?.kind === 'mention' && before.concept.kind === 'cue' && before.concept.cue === 'question';
    if (!OR_WORDS.has(surfaceOf(before) ?? '') && !asking) return false;
    let traffic = false;
    let question = false;
    for (let k = index - 1; k >= 0 && !endsSentence(this.items[k]); k--) {
      const item = this.items[k];
      if (kindOf(item) === 'traffic') traffic = true;
      if (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'question') question = true;
    }
    return traffic && question;
  }

  /**
   * A statement in an aside that names nobody before it describes what the aside follows: a person ("the CFO
   * (homed on-prem)"), a place said of someone ("at a client site (guest Wi-Fi, no VPN)") or a meeting; after
   * anything else ("the call drops after 30 seconds (Surface Pro 7, wired dock)") it is nobody's for sure.
   */
  private asideOwner(index: number, statement: Statement): Attachment | undefined {
    let open = -1;
    for (let k = index - 1; k >= 0 && open < 0; k--) {
      const item = this.items[k];
      if (item.kind === 'break' && (item.strong || item.paren === 'close')) return undefined;
      if (item.kind === 'break' && item.paren === 'open') open = k;
      else if (this.anchors.has(k)) return undefined;
    }
    if (open < 0) return undefined;
    // "A (on LAN) calls B": a letter naming someone is read as the article "a", a filler, but it is who the aside is about.
    const j = this.anchors.has(open - 1) && isFiller(this.items[open - 1]) ? open - 1 : this.people.nameStart(previousIndex(this.items, open, isFiller));
    const before = this.items[j];
    const anchor = this.fitting(statement, j) ?? this.hostOfIt(statement, j);
    if (anchor) return { anchor, strength: 2 };
    if (isStatement(before) || (before?.kind === 'mention' && adjectiveOf(before))) return this.attachTo(j, statement);
    // After a word for something ("Ward 4 of the hospital (our network)", "someone from Woodgrove Bank (federated)"):
    // whoever is there, when one person is named before it; with more, it could be anyone's.
    // "on his phone (4G)", "her laptop (on the VPN)": how a device connects is its owner's, found as any place is.
    if (DEVICE.test(surfaceOf(before) ?? '') && (statement.kind === 'place' && (statement.connection === true || statement.decisive === true))) return undefined;
    // "from a hotel room in Lisbon (over the VPN)": a network after a place's own words goes on about the place.
    if (before?.kind === 'word' && (isOtherCompany(statement) || this.peopleBefore(j) <= 1 || placeGoneOn(this.items, index, (k) => this.anchors.has(k)) >= 0)) return undefined;
    return { strength: 0, ignored: true };
  }

  /** "the dean organises it (homed on-prem)": an aside after the meeting's "it" describes whoever hosts it. */
  private hostOfIt(statement: Statement, j: number): Anchor | undefined {
    if (surfaceOf(this.items[j]) !== 'it' || !isHosting(this.items[j - 1])) return undefined;
    const host = this.anchors.get(this.people.nameStart(previousIndex(this.items, j - 1, isFiller)));
    return host && this.people.organizers.has(host.index) ? this.fitting(statement, host.index) : undefined;
  }

  /**
   * "User: Dana (Finance) / Location: home", "- user: me / - location: WFH": a ticket's location field is said of the
   * person its earlier lines name (the nearest before it), though a line break stands between them.
   */
  private fieldOwner(index: number, statement: Statement): Attachment | undefined {
    if (statement.kind !== 'place') return undefined;
    const label = previousIndex(this.items, index, (item) => item.kind === 'break' && !item.strong);
    if (label === index - 1 || !FIELD_LABELS.has(surfaceOf(this.items[label]) ?? '')) return undefined;
    // At a line's start, past a bullet.
    const opens = previousIndex(this.items, label, (item) => (item.kind === 'break' && !item.strong) || (item.kind === 'word' && !/[a-z0-9]/.test(item.key)));
    if (opens >= 0 && !endsSentence(this.items[opens])) return undefined;
    for (let k = label - 1; k >= 0; k--) {
      const anchor = this.fitting(statement, k);
      if (anchor?.kind === 'person') return { anchor, strength: 2 };
    }
    // "Site: WFH / Affected user: Tanaka-san": with nobody named before, the person field after it.
    for (let k = index + 1; k < this.items.length && k <= index + FIELD_REACH; k++) {
      const anchor = this.fitting(statement, k);
      if (anchor?.kind === 'person' && this.personField(k)) return { anchor, strength: 2 };
    }
    return undefined;
  }

  /**
   * Whether the place at `index` opens a field that says no one's place in the call: a unit ("單位：新竹廠 品保課"), or
   * meeting minutes' own "地點：3F 大會議室" (the minutes have a chair or resolutions); a "where" field's "線上" ("地點：
   * 線上") is a meeting held online, no one's homing.
   */
  private notCallersField(index: number, statement: Statement): boolean {
    const label = this.fieldLabel(index);
    if (label === undefined) return false;
    if (statement.kind === 'homed') return PLACE_LABELS.has(label);
    if (UNIT_LABELS.has(label)) return true;
    return PLACE_LABELS.has(label) && this.items.some((item, k) => MINUTES_LABELS.has(surfaceOf(item) ?? '') && this.fieldLabel(k + 2) === surfaceOf(item));
  }

  /** The label of the field whose value has `index` in its first words ("地點：在家", "地點：3F 大會議室"), at a line's start past a bullet. */
  private fieldLabel(index: number): string | undefined {
    let at = index - 1;
    while (at >= 0 && at >= index - FIELD_WORDS && this.items[at].kind !== 'break') at--;
    const colon = this.items[at];
    if (colon?.kind !== 'break' || colon.strong || colon.paren !== undefined) return undefined;
    const label = surfaceOf(this.items[at - 1]);
    const opens = previousIndex(this.items, at - 1, (item) => (item.kind === 'break' && !item.strong) || (item.kind === 'word' && !/[a-z0-9]/.test(item.key)));
    return label !== undefined && (opens < 0 || endsSentence(this.items[opens])) ? label : undefined;
  }

  /** How many different people the sentence names up to `index`. */
  private peopleBefore(index: number): number {
    const people = new Set<number>();
    for (let k = index; k >= 0 && !endsSentence(this.items[k]); k--) {
      const anchor = this.anchors.get(k);
      if (anchor?.kind === 'person') people.add(this.people.resolve(anchor).index);
    }
    return people.size;
  }

  /** A clause ends a description, except a relative one that goes on describing ("users on our network who are both ..."). */
  private endsDescription(item: Item): boolean {
    return item.kind === 'break' || (kindOf(item) === 'boundary' && !RELATIVE_WORDS.has(surfaceOf(item) ?? ''));
  }

  /** Whether the call itself comes right after `index` ("跟 Online 帳號互打", "with an on-prem user 1:1"). */
  /** Whether the statement at `index` describes a person named right after it whom the call is with ("與同棟 5 樓另一位同仁一對一"). */
  private personCalledAfter(index: number): boolean {
    // "5 樓", "12 樓", "B 棟": numbers, letters and single characters of a floor or a building.
    const describing = (x: Item) => isFiller(x) || isStatement(x) || kindOf(x) === 'number' || (x.kind === 'word' && (x.key.length === 1 || /^\d/.test(x.key)));
    let person = nextIndex(this.items, index, describing);
    if (this.anchors.get(person)?.kind !== 'person') return false;
    // "另一位 同仁": past the words naming the one person.
    while (this.anchors.get(nextIndex(this.items, person, isFiller))?.kind === 'person') person = nextIndex(this.items, person, isFiller);
    // "…同仁進行一對一視訊通話": past a verb of doing ("進行") the lexicon may leave as single characters.
    return this.callsNext(nextIndex(this.items, person, (x) => x.kind === 'word' && x.script === 'han' && x.key.length === 1) - 1);
  }

  private callsNext(index: number): boolean {
    // "跟客戶那邊（他們是另一個租戶）點對點通話": past an aside on the ones called.
    const next = this.items[nextIndex(this.items, this.people.afterAside(index), (i) => isFiller(i) || isStatement(i))];
    return next?.kind === 'mention' && (next.concept.kind === 'call' || (next.concept.kind === 'callType' && next.concept.value === 'peerToPeer'));
  }

  /**
   * The person a statement right before describes ("online user", "在家的使用者"), past other descriptions, an
   * aside and enumeration commas ("在家（沒 VPN）、on-prem 帳號的 IT 主管").
   */
  private modified(index: number): number {
    let j = index;
    for (;;) {
      j = nextIndex(this.items, this.people.afterAside(j), (i) => isFiller(i) || isMarker(i, 'hosted') || isStatement(i));
      // "she's Online just like me": the writer likened to is not the one described ("like my boss" may be an example).
      const likens = previousIndex(this.items, j, (i) => isFiller(i) && !SAME_AS.test(surfaceOf(i) ?? ''));
      if (this.anchors.get(j)?.role === 'user' && likens > index && SAME_AS.test(surfaceOf(this.items[likens]) ?? '')) return likens;
      // "在家休假的組員", "在公司加班的主管": plain words (what they do there), then "的", then the person; "在總部 8
      // 樓的 Nina", "在總部 12F 的 Nina": a floor too.
      // "打給在總部開會的主管": the meeting the one called is in is what they do there too.
      const doing = (i: Item) => surfaceOf(i) === HOLDING_A_MEETING && calleesMeeting(this.items, this.items.indexOf(i));
      const of = nextIndex(this.items, j - 1, (i) => (i.kind === 'word' && (i.script === 'han' || FLOOR_WORDS.test(i.key))) || doing(i));
      if (of > j && surfaceOf(this.items[of]) === '的' && this.anchors.has(of + 1)) return of + 1;
      // "總部 7F 業務部王小姐": a floor, then the person.
      const floor = nextIndex(this.items, j - 1, (i) => i.kind === 'word' && FLOOR_WORDS.test(i.key));
      if (floor > j && this.anchors.has(floor)) return floor;
      const item = this.items[j];
      // Out of the aside the statement is in ("出差中（住飯店、用飯店 Wi-Fi）的業務經理"), and past enumeration commas
      // between descriptions ("在家、on-prem 帳號的 IT 主管"), not before a person ("他在家、我在辦公室").
      // An aside right after a person ("理專（地端帳號）在客戶家") is that person's (see asideOwner).
      if (item?.kind === 'break' && item.paren === 'close' && !this.anchors.has(previousIndex(this.items, this.people.beforeAside(j + 1), isFiller))) continue;
      // "在總部 8 樓、有接內網的助理": a verb of the description may come before its statement.
      const described = (i: Item) => isFiller(i) || (i.kind === 'word' && i.script === 'han');
      if (item?.kind === 'break' && item.list && isStatement(this.items[nextIndex(this.items, j, described)])) continue;
      return j;
    }
  }

  /**
   * "the head of treasury, who we moved to Online", "users we've moved to Online": "we" acts in the clause; what it
   * says is about "who", or the people it follows right after.
   */
  private inRelativeClause(anchor: Anchor): boolean {
    if (anchor.role !== 'all') return false;
    const before = this.items[anchor.index - 1];
    if (this.anchors.get(anchor.index - 1)?.role === 'generic') return true;
    return kindOf(before) === 'boundary' && ['who', 'whom', 'that', 'which'].includes(surfaceOf(before) ?? '');
  }

  /**
   * "the meeting is on-prem": only linking words between a meeting and a statement. Further away, a statement is
   * about a person ("an online meeting from home with an on-prem account" is the user's account).
   */
  private onlyLinks(from: number, to: number): boolean {
    // "the meeting lives on our on-prem pool": said of a meeting, where it lives is where it is hosted.
    const lives = (item: Item) => isMarker(item, 'hosted') && HOMING_VERBS.has(surfaceOf(item) ?? '');
    return this.items.slice(from + 1, to).every((item) => isFiller(item) || isMarker(item, 'copula') || kindOf(item) === 'negation' || lives(item));
  }

  /** The first person of the clause, else of the sentence. */
  private subjectOf(index: number, statement: Statement): Anchor | undefined {
    const first = (stop: (item: Item) => boolean) => {
      let start = index;
      while (start > 0 && !stop(this.items[start - 1])) start--;
      // "Ingrid (sales) calls Sam from the gate", "Ingrid, who is new, calls Sam from the gate": past an aside that
      // has closed, to the subject before it.
      if (this.isParen(start - 1, 'close')) {
        let open = start - 2;
        while (open > 0 && !this.isParen(open, 'open') && !endsSentence(this.items[open])) open--;
        if (this.isParen(open, 'open')) for (start = open; start > 0 && !stop(this.items[start - 1]); ) start--;
      } else if (this.isComma(start - 1)) {
        // "who" may end the clause before its own ("Priya, who | is new,").
        const clause = clauseStart(this.items, start - 2);
        const relative = RELATIVE_WORDS.has(surfaceOf(this.items[clause]) ?? '') ? clause : clause - 1;
        if (RELATIVE_WORDS.has(surfaceOf(this.items[relative]) ?? '') && this.isComma(relative - 1)) for (start = relative - 1; start > 0 && !stop(this.items[start - 1]); ) start--;
      }
      // "Lena, who is homed on-prem and working from her flat": a clause joined by "and" goes on with the one before.
      if (start >= 2 && surfaceOf(this.items[start - 1]) === 'and') {
        const joined = clauseStart(this.items, start - 2);
        if (joined > 0 && RELATIVE_WORDS.has(surfaceOf(this.items[joined - 1]) ?? '')) start = joined;
      }
      // "rings Tom, who is working from his flat": a relative clause's subject is who it follows.
      if (RELATIVE_WORDS.has(surfaceOf(this.items[start - 1]) ?? '')) {
        const antecedent = this.fitting(statement, previousIndex(this.items, start - 1, (x) => isFiller(x) || (x.kind === 'break' && !x.strong)));
        if (antecedent?.kind === 'person') return antecedent;
      }
      for (let k = start; k < index; k++) {
        const anchor = this.fitting(statement, k);
        if (anchor?.kind === 'person') return anchor;
      }
      return undefined;
    };
    return first(endsClause) ?? first(endsSentence);
  }

  /** "我的秘書", "Kevin 的主管": a person word for someone's own people, right after whose they are. */
  private someonesRelation(index: number): boolean {
    if (!RELATIONS.has(surfaceOf(this.items[index]) ?? '')) return false;
    const before = surfaceOf(this.items[index - 1]) ?? '';
    return before.endsWith('的') && (before !== '的' || this.anchors.get(previousIndex(this.items, index - 1, isFiller))?.kind === 'person');
  }

  /**
   * "客服部還在地端…同事在公司打外線": the team at `team` stands apart from the people in the call (null) when someone
   * else is named (not called, not hosting, not everyone) and nobody is linked to the team ("業務部的小李", "他們"
   * standing for it) or named right after it ("業務部同事", "研發部兩個 on-prem user": its people); "我在財務部" makes
   * it the user; otherwise undefined (a person as any other).
   */
  private teamRole(team: number): Role | null | undefined {
    const name = surfaceOf(this.items[team]);
    // "我在財務部", "小陳是財務部的": someone said to be in the team or of it; the writer's team is the writer.
    const members = this.items.flatMap((item, k) => {
      const member = this.anchors.get(previousIndex(this.items, k - 1, isFiller));
      return surfaceOf(item) === name && IN_TEAM.has(surfaceOf(this.items[k - 1]) ?? '') && member?.kind === 'person' ? [member] : [];
    });
    if (members.length > 0) return members.every((member) => member.role === 'user') ? 'user' : undefined;
    // "財務部（地端）打給業務部", "財務部這邊的媒體": the team itself calls, or is whom the question is for.
    const acts = this.items.some((item, k) => surfaceOf(item) === name && kindOf(this.items[nextIndex(this.items, this.people.afterAside(k), isFiller)]) === 'call');
    const asked = this.people.perspective !== undefined && this.people.resolve(this.anchors.get(this.people.perspective) as Anchor).index === team;
    if (acts || asked) return undefined;
    let other = false;
    for (const anchor of this.anchors.values()) {
      if (anchor.kind !== 'person' || anchor.index === team || anchor.role === 'all' || anchor.role === 'both') continue;
      if (surfaceOf(this.items[anchor.index]) === name || isTeam(this.items, anchor.index)) continue;
      // "研發部兩個 on-prem user": past what describes them.
      // "報修人：財務部 陳小姐": a space between them reads as a break.
      const describing = (x: Item) => isFiller(x) || isStatement(x) || kindOf(x) === 'number' || (x.kind === 'break' && !x.strong && x.paren === undefined && !x.list);
      const after = surfaceOf(this.items[previousIndex(this.items, anchor.index, describing)]) === name;
      if (after || this.people.resolve(anchor).index === team) return undefined;
      if (!this.people.callees.has(anchor.index) && !this.people.organizers.has(anchor.index)) other = true;
    }
    return other ? null : undefined;
  }

  /**
   * Roles of the people statements are about. The person the question is asked for ("for the office user", "老闆
   * 那端") is the user and everyone else the other party. Otherwise named ones keep their role ("colleague" is the
   * other party); a person from another company, or called, is the other party; of the remaining generic ones
   * ("user", "使用者") the first is the user and the others the other party, unless the text speaks of itself
   * ("I", "我"). In a call with no other party (a meeting, a phone call), the only person named is the user.
   * People with no role here are left out: what is said of them is about nobody the question asks about.
   */
  personRoles(
    attached: readonly { source: Item; statement: Statement; anchor?: Anchor; role?: Role; strength: number }[],
    noPeer: boolean,
    conference: boolean,
  ): Map<number, Role | null> {
    const roles = new Map<number, Role | null>();
    const { people } = this;
    const generic: number[] = [];
    // "At the airport, Priya on the LAN at HQ": where the writer is, said without naming them, is a statement of theirs.
    let speakerHasStatements = attached.some(({ anchor, role }) => anchor === undefined && role === 'user');
    const perspective = people.perspective === undefined ? undefined : this.anchors.get(people.perspective);
    // "Tomasz is at home. Priya rings him.", "The CFO is on-prem ... Grace calls the CFO": someone called by a word that
    // stands for them is called too (in Chinese only a pronoun: "業務部的同事…打給同事" calls another colleague).
    const called = new Set([...people.callees].filter((k) => this.anchors.get(k)?.role === 'pronoun' || !HAN.test(surfaceOf(this.items[k]) ?? '')).map((k) => people.resolve(this.anchors.get(k) as Anchor).index));
    for (const { statement, anchor, strength } of attached) {
      if (anchor?.kind !== 'person') continue;
      const index = anchor.index;
      // Another company says who someone is only when it names them ("a federated user", "夥伴公司的人").
      if (isOtherCompany(statement)) {
        if (strength >= 3 && anchor.role === 'generic' && !people.organizers.has(index)) roles.set(index, 'peer');
        continue;
      }
      if (people.ones.includes(index)) continue;
      // "(Luca, Online-homed, CC'd only)", "Watcher: Wang Fang (..., not in the call)": listed, but not in the call.
      if (index !== perspective?.index && this.outOfCall(index)) {
        roles.set(index, null);
        continue;
      }
      // "學校其他人還在地端": the rest of the organization, not the other party (unless they are called).
      if (OTHERS.has(surfaceOf(this.items[index]) ?? '') && !people.callees.has(index)) roles.set(index, null);
      else if (people.theirs.has(index)) roles.set(index, conference ? 'organizer' : noPeer ? null : 'peer');
      // "Partner Litware (on-prem Skype Server) invited me to their meeting": in a meeting nobody of ours is said to
      // host, another organization named is the host; beside a host of ours, a guest (nobody the question is about).
      else if (people.namedOutsiders.has(index) && conference && noPeer) roles.set(index, people.organizers.size === 0 || people.organizers.has(index) ? 'organizer' : null);
      else if (people.organizers.has(index)) roles.set(index, 'organizer');
      // "客服部還在地端…同事在公司打外線": a team is part of the organization, not anyone in the call unless called
      // (its homing is a member's only when the text links them: "業務部的小李", "Amy 是財務部的").
      else if (isTeam(this.items, index) && !people.callees.has(index) && this.teamRole(index) !== undefined) roles.set(index, this.teamRole(index) as Role | null);
      // "我的秘書已經搬上雲了…我打給同事": someone's own secretary or manager, beside a call to someone else, is not in it.
      else if (this.someonesRelation(index) && people.callees.size > 0 && !people.callees.has(index) && !called.has(index)) roles.set(index, null);
      else if (anchor.role === 'both' || anchor.role === 'all') roles.set(index, anchor.role);
      else if (noPeer && this.someoneElses(index)) roles.set(index, null);
      else if (perspective) {
        const asked = perspective.role === 'user' ? anchor.role === 'user' : index === perspective.index;
        roles.set(index, asked ? 'user' : noPeer ? null : 'peer');
      } else if (anchor.role === 'generic' || anchor.role === 'pronoun') {
        if (people.callees.has(index) || called.has(index)) roles.set(index, 'peer');
        else if (!generic.includes(index)) generic.push(index);
      } else {
        roles.set(index, anchor.role === 'peer' ? 'peer' : 'user');
        if (anchor.role === 'user') speakerHasStatements = true;
      }
    }
    const waiting = generic.filter((index) => !roles.has(index));
    // "業務在外面跑客戶 ... 撥客戶的手機", "SfBO 的客戶，user 在辦公室加入會議": the one asking is one of ours; another
    // organization's people (or the client whose tenant it is) come after ours, and in a call with no other party
    // they are nobody the question is about.
    const ours = waiting.filter((index) => !OUTSIDERS.has(headOf(this.items[index])));
    const outsiders = ours.length > 0 ? waiting.filter((index) => !ours.includes(index)) : [];
    if (noPeer) for (const index of outsiders) roles.set(index, null);
    const all = ours.length > 0 ? (noPeer ? ours : [...ours, ...outsiders]) : waiting;
    // "老闆今天在家，我在公司打給同事", "協理人在國外出差，小王撥外線": someone only described in a clause of their own,
    // right before another person who calls or joins, is nobody in the call.
    const bystanders = all.filter((index) => this.describedBeside(index));
    for (const index of bystanders) roles.set(index, null);
    let unassigned = all.filter((index) => !bystanders.includes(index));
    // "Tom from IT, who is in the lab, asked me to post this. Rajesh dials a landline ... He is at home": in a call with
    // no other party, of several people described the one who calls or joins is the user, the others beside the call.
    const actors = noPeer && !perspective && unassigned.length >= 2 ? unassigned.filter((index) => this.actsAsAnyone(index)) : [];
    if (actors.length === 1) {
      for (const index of unassigned) if (index !== actors[0]) roles.set(index, null);
      unassigned = actors;
    }
    // "- 值班：Max（在家） / - 主任下午要撥市話": in a call with no other party, when the people described on lines of
    // their own do not call or join and someone said nothing of does, those lines are of people beside the call;
    // where the caller is stays unknown (asked back), never the first described's.
    if (noPeer && !perspective && unassigned.length > 0 && unassigned.every((index) => this.quietLine(index)) && !unassigned.some((index) => this.actsAsAnyone(index)) && this.someoneUndescribedActs(unassigned)) {
      for (const index of unassigned) roles.set(index, null);
      unassigned = [];
    }
    // "The receptionist calls customers ... (I'm at the office myself)": in a call with no other party, a writer who
    // neither calls nor joins, beside someone they describe who does, is beside the call: the one who acts is the user.
    // So is one whose ticket names someone else in its person field ("- user: Tanaka-san / - where: home"). One who
    // joins "too" joins beside the writer ("I sit in the office. My manager joins it too").
    const speakers = [...roles.keys()].filter((index) => roles.get(index) === 'user');
    const writerOnly = speakers.every((index) => WRITER_WORDS.has(surfaceOf(this.items[index]) ?? ''));
    const actsAlone = (index: number) => this.actsAsAnyone(index) && !this.joinsToo(index);
    if (noPeer && speakerHasStatements && writerOnly && !perspective && !this.speakerActs() && unassigned.some((index) => actsAlone(index) || this.personField(index))) {
      for (const index of speakers) roles.set(index, null);
      speakerHasStatements = false;
    }
    // A call with no other party and several people described ("董事們有人在公司、有人在外面" joining a meeting):
    // nothing says which of them the question is about, so nothing said of them is the user's.
    // "主管在公司開會，我要參加", "老闆在飯店，要我加入他的會議": the speaker who joins or calls is the user, whatever
    // else is said of the people around them.
    const speaker = speakerHasStatements || this.speakerActs();
    const whoIsAsked = noPeer && !speaker && !perspective && unassigned.length >= 2;
    unassigned.forEach((index, position) => roles.set(index, whoIsAsked || (noPeer && speaker && !speakerHasStatements) ? null : position === 0 && !speaker ? 'user' : 'peer'));
    people.ones.forEach((index, position) => roles.set(index, position === 0 ? 'user' : 'peer'));
    const named = [...roles].filter(([index, role]) => role === 'peer' && this.anchors.get(index)?.role === 'peer');
    if (!perspective && ![...roles.values()].includes('user')) {
      // "a colleague in the office calls a colleague at home": with nobody else described, the first is the user.
      if (named.length >= 2) roles.set(Math.min(...named.map(([i]) => i)), 'user');
      // "同事在公司打給另一個同事", "a colleague at HQ rings another colleague": the one described calls someone else.
      else if (named.length === 1 && this.callsSomeoneElse(named[0][0])) roles.set(named[0][0], 'user');
      // "a call between our user (office, corp LAN) and a user at a federated partner": of two people described, one
      // another organization's, the other is ours, the one asked about.
      else if (!noPeer) this.oursBesideOutsider(roles, attached);
      // "my colleague in the office dials a landline": nobody else to be the other party ("同事帳號在地端，我要打外線": the
      // speaker who calls is the one asked about, the colleague someone beside the call).
      const others = [...roles].filter(([, role]) => role === 'peer');
      // "院內護理站打給院外醫師的手機": the one phoned is nobody in a call with no other party, never the user.
      const phoned = people.callees.has(others[0]?.[0]) && HAN.test(surfaceOf(this.items[others[0]?.[0]])?.[0] ?? '');
      if (noPeer && others.length === 1) roles.set(others[0][0], this.speakerActs() || phoned ? null : 'user');
    }
    if (!noPeer) {
      if (perspective === undefined) this.oneOtherParty(roles);
      else {
        // "between our user (office) and a user at a federated partner ... our user's media", "... for our officer": the
        // one asked about, described nowhere else and named by a role (not by a name or a pronoun: anyone), is ours.
        if (!roles.has(perspective.index) && perspective.role === 'generic' && !isNameWord(this.items[perspective.index])) this.oursBesideOutsider(roles, attached, perspective.index);
        this.otherPartyOfAsked(roles, perspective);
      }
    }
    if (!noPeer && perspective === undefined) this.unaskedRoster(roles);
    return roles;
  }

  /** Whether the person at `index` is on a line of a pasted text (one of several) that says nobody calls or joins. */
  private quietLine(index: number): boolean {
    const isLine = (item: Item | undefined) => item?.kind === 'break' && item.line === true;
    if (!this.items.some(isLine)) return false;
    let start = index;
    while (start > 0 && !isLine(this.items[start - 1])) start--;
    for (let k = start; k < this.items.length && !isLine(this.items[k]); k++) if (this.callsAt(k)) return false;
    return true;
  }

  /**
   * Whether a person of ours other than those described (and not the writer) calls or joins in their own clause.
   * Chinese only: English refers back with words the links miss ("these users", a capitalized "Echo" read as a name).
   */
  private someoneUndescribedActs(described: readonly number[]): boolean {
    return [...this.anchors.values()].some((anchor) => {
      if (anchor.kind !== 'person' || (anchor.role !== 'generic' && anchor.role !== 'peer') || !HAN.test(surfaceOf(this.items[anchor.index]) ?? '')) return false;
      const index = this.people.resolve(anchor).index;
      return !described.includes(index) && !this.people.callees.has(anchor.index) && !this.people.organizers.has(index) && !OUTSIDERS.has(headOf(this.items[index])) && this.acts(anchor.index);
    });
  }

  /**
   * "Priya is at home and dials a landline. Her manager is in the office today", "(someone else had the same from
   * HQ)": a person named through another's possessive, or as someone else, who does not call or join in their own
   * clause, is another person than the one the question is about.
   */
  private someoneElses(index: number): boolean {
    const { items } = this;
    const before = previousIndex(items, index, (item) => isFiller(item) && !RELATING_POSSESSIVES.has(surfaceOf(item) ?? '') && surfaceOf(item) !== 'my');
    const related = RELATING_POSSESSIVES.has(surfaceOf(items[before]) ?? '') && [...this.anchors.keys()].some((k) => k < before && this.anchors.get(k)?.kind === 'person');
    // "I make a PSTN call. My colleague Tom is at HQ.": when the speaker calls or joins, their own people are others
    // ("my user is at home", said by someone who does not call, is who the question is about).
    // "my account is Online and I am calling": the speaker's own account is the speaker, not one of their people.
    const mine = surfaceOf(items[before]) === 'my' && !isOwnThing(items[index]) && this.speakerActs();
    const other = ALWAYS_ELSE.has(surfaceOf(items[index]) ?? '') && surfaceOf(items[index + 1]) === 'els';
    return (related || mine || other) && !this.acts(index);
  }

  /**
   * Whether the person at `index` (in Chinese) is only described in a clause of their own ("老闆今天在家，"), and the
   * next clause opens with another person who calls or joins: then they are beside the call, not in it.
   */
  private describedBeside(index: number): boolean {
    const { items } = this;
    if (!HAN.test(surfaceOf(items[index]) ?? '')) return false;
    let end = index + 1;
    for (; end < items.length && !endsClause(items[end]); end++) {
      const kind = kindOf(items[end]);
      if (kind === 'call' || kind === 'callType' || kind === 'party' || kind === 'hostedMeeting' || (kind === 'cue' && isMarker(items[end], 'hosted'))) return false;
      if (items[end].kind === 'mention' && (items[end] as Extract<Item, { kind: 'mention' }>).concept.kind === 'cue') return false;
    }
    const close = items[end];
    if (close?.kind !== 'break' || close.strong || close.paren !== undefined || close.quote || close.list) return false;
    // The person opens their clause ("老闆今天在家，"), past fillers only.
    if (previousIndex(items, index, isFiller) >= clauseStart(items, index)) return false;
    const next = nextIndex(items, end, isFiller);
    const anchor = this.anchors.get(next);
    // "她在咖啡廳，兩個人一對一視訊": both of them are still in the call.
    if (anchor?.kind !== 'person' || anchor.role === 'both' || anchor.role === 'all' || this.people.resolve(anchor).index === index || this.people.callees.has(next)) return false;
    // "同仁在家，小王在公司打給他": a pronoun called may be them.
    const called = [...this.people.callees].some((k) => this.anchors.get(k)?.role === 'pronoun' || (this.anchors.has(k) && this.people.resolve(this.anchors.get(k) as Anchor).index === index));
    return !called && this.acts(next);
  }

  /**
   * Whether the line that names the person at `index`, and only them, says they are not in the call: copied on the
   * thread ("CC'd only", "Copied – Krzysztof", "on the cc list"), watching ("Watcher: ..."), or "not on the call".
   * English only: a Chinese negation before a call word is most often about the call itself.
   */
  private outOfCall(index: number): boolean {
    const { items } = this;
    if (items.some((item) => HAN.test(surfaceOf(item) ?? ''))) return false;
    let start = index;
    while (start > 0 && !endsSentence(items[start - 1])) start--;
    let end = index;
    while (end < items.length && !endsSentence(items[end])) end++;
    let out = false;
    for (let k = start; k < end; k++) {
      if (k !== index && this.anchors.get(k)?.kind === 'person' && this.people.resolve(this.anchors.get(k) as Anchor).index !== index) return false;
      const item = items[k];
      if (item.kind === 'word' && OUT_OF_CALL.has(item.key)) out = true;
      // "not in the call", "wasn't on it".
      const after = items[nextIndex(items, k, isFiller)];
      if (kindOf(item) === 'negation' && (kindOf(after) === 'call' || surfaceOf(after) === 'it')) out = true;
    }
    return out;
  }

  /** Whether the speaker ("我", "I") joins or calls in their own clause ("我要參加", "要我加入", "I'll dial in"). */
  private speakerActs(): boolean {
    return [...this.anchors.values()].some((anchor) => anchor.kind === 'person' && anchor.role === 'user' && this.acts(anchor.index));
  }

  /** Whether the person at `index` joins or calls in their own clause, past an aside ("小王在公司打給同事", "使用者撥外線"). */
  private acts(index: number): boolean {
    // "employee 40213 (Lena Park) makes PSTN calls": past the person's number, and out of the aside a name stands in.
    const numbered = this.items[index + 1]?.kind === 'word' && /^\d+$/.test(surfaceOf(this.items[index + 1]) ?? '');
    let start = this.people.afterAside(numbered ? index + 1 : index) + 1;
    while (isNameWord(this.items[start])) start++;
    const closing = this.items[start];
    if (closing?.kind === 'break' && closing.paren === 'close') start++;
    for (let k = start; k < this.items.length; k++) {
      const item = this.items[k];
      // "Ms. Okafor is at home today and calls customers": a verb joined by "and", with no subject of its own, is theirs.
      if (endsClause(item) && !(surfaceOf(item) === 'and' && this.callsAt(k + 1))) break;
      if (this.callsAt(k) && !this.joinDenied(k)) return true;
    }
    return false;
  }

  /** "我不會加入", "I won't join": a join word after a negation is no joining (a call word may be: "打不通"). */
  private joinDenied(k: number): boolean {
    const item = this.items[k];
    return item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join' && kindOf(this.items[previousIndex(this.items, k, isFiller)]) === 'negation';
  }

  /** Whether the item at `k` calls or joins: a call word, "join", or a call named by its type ("撥外線", "一對一"). */
  private callsAt(k: number): boolean {
    const item = this.items[k];
    if (kindOf(item) === 'call' || (item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join')) return true;
    // A meeting word alone may name someone else's meeting.
    return item?.kind === 'mention' && item.concept.kind === 'callType' && (item.concept.value === 'pstn' || item.concept.value === 'peerToPeer');
  }

  /** Whether the person at `index` is a ticket's person field ("Caller: Dana", "- user: Tanaka-san"), or its label. */
  private personField(index: number): boolean {
    const label = this.anchors.get(index - 2)?.kind === 'person' && this.items[index - 1]?.kind === 'break' ? index - 2 : index;
    const item = this.items[label];
    const colon = this.items[label + 1];
    const opens = previousIndex(this.items, label, (x) => x.kind === 'break' && !x.strong);
    return kindOf(item) === 'party' && PERSON_FIELDS.has(surfaceOf(item) ?? '') && colon?.kind === 'break' && !colon.strong && colon.paren === undefined && (opens < 0 || endsSentence(this.items[opens]) || surfaceOf(this.items[opens]) === 'affected');
  }

  /** Whether a sentence about the person at `index` (or a word for them) says they act too ("joins it too", "also calls"). */
  private joinsToo(index: number): boolean {
    for (const anchor of this.anchors.values()) {
      if (anchor.kind !== 'person' || this.people.resolve(anchor).index !== index) continue;
      for (let k = anchor.index + 1; k < this.items.length && !endsSentence(this.items[k]); k++) if (ALSO_WORDS.has(surfaceOf(this.items[k]) ?? '')) return true;
    }
    return false;
  }

  /** Whether the person at `index`, or a word that stands for them ("she"), joins or calls in their own clause. */
  private actsAsAnyone(index: number): boolean {
    for (const anchor of this.anchors.values()) if (anchor.kind === 'person' && this.people.resolve(anchor).index === index && this.acts(anchor.index)) return true;
    return false;
  }

  /** Whether the person at `index` calls someone else named after them in the sentence (not the speaker). */
  private callsSomeoneElse(index: number): boolean {
    const { people } = this;
    const who = (k: number) => people.resolve(this.anchors.get(k) as Anchor).index;
    let called = false;
    for (let k = index + 1; k < this.items.length && !endsSentence(this.items[k]); k++) {
      if (kindOf(this.items[k]) === 'call') called = true;
      const anchor = this.anchors.get(k);
      if (called && anchor?.kind === 'person' && people.callees.has(k)) return anchor.role !== 'user' && who(k) !== who(index);
    }
    return false;
  }

  /**
   * "Grace Otieno | Leeds office ... Ruben Alvarez | home ... Mina called Grace. Mina's media?": the one asked about
   * calls one of the others, or is called by one: that one is the other party, and the others listed in rows of their
   * own ("Ruben Alvarez: home, VPN off", a table's or a list's row) who neither call nor are called are beside the
   * call. Anyone else stays as they are (a colleague said to be "in the office" may be whom a place was called for).
   */
  private otherPartyOfAsked(roles: Map<number, Role | null>, asked: Anchor): void {
    const peers = [...roles].filter(([, role]) => role === 'peer').map(([index]) => index);
    if (peers.length < 2) return;
    const { people } = this;
    const called = (index: number) => [...people.callees].some((k) => this.anchors.has(k) && people.resolve(this.anchors.get(k) as Anchor).index === index);
    // "Amy 沒參與": joining denied is no acting.
    const found = (called(people.resolve(asked).index) ? peers.filter((index) => this.actsAsAnyone(index)) : peers.filter(called)).filter((index) => !this.saidAbsent(index));
    // "Rahul and Meera did a Skype-to-Skype call", "王課長跟林專員要一對一通話": nobody called, the one named with them in
    // the call's sentence.
    const other = found.length > 0 ? found : this.callPartners(people.resolve(asked).index).filter((index) => peers.includes(index));
    // A row of a table, or a line of a chat, about someone who neither calls nor is called: beside the call.
    // So is someone named by another name than the one called ("會跟 Ken 講電話 ... 秘書 Zoe 明天在家"): not them; and
    // anyone said not to be in it ("Amy 沒參與", "Gina 不在").
    const named = (index: number) => isNameWord(this.items[index]) && other.length === 1 && isNameWord(this.items[other[0]]);
    const listed = (index: number) => ((people.labelsRow(index) || people.labelsLine(index) || named(index)) && !called(index) && !this.actsAsAnyone(index)) || this.saidAbsent(index);
    if (other.length === 1) for (const index of peers) if (index !== other[0] && listed(index)) roles.set(index, null);
  }

  /**
   * "Priya | Leeds office ... Tom | home ... Priya called Tom. What path do signaling and media take?": people listed
   * in rows of their own, and a question that names none of them, nor the writer: either side could be the one asked
   * about, so no row is the user's (asked back), nor the other party's.
   */
  private unaskedRoster(roles: Map<number, Role | null>): void {
    const { people } = this;
    const row = (index: number) => people.labelsRow(index) || people.labelsLine(index);
    const parties = [...roles].filter(([, role]) => role === 'user' || role === 'peer').map(([index]) => index);
    if ([...roles.keys()].filter(row).length < 2 || !parties.every(row) || parties.some((index) => this.anchors.get(index)?.role === 'user')) return;
    for (const index of parties) roles.set(index, null);
  }

  /** Whether the person at `index`, named again, is said right after not to take part ("Amy 沒參與", "陳襄理不在這通"). */
  private saidAbsent(index: number): boolean {
    const { items } = this;
    return [...this.anchors.values()].some((anchor) => {
      if (anchor.kind !== 'person' || this.people.resolve(anchor).index !== index) return false;
      const k = nextIndex(items, anchor.index, isFiller);
      if (kindOf(items[k]) !== 'negation') return false;
      return ABSENT.has(surfaceOf(items[k]) ?? '') || this.callsAt(k + 1);
    });
  }

  /**
   * The people other than `index` named in a sentence that names them and a call ("Oscar and Elsa had a Skype call",
   * "Eva 跟 Frank 一對一"), when that sentence names exactly one such; not words for the rest ("其他人沒參與"), nor
   * anyone said not to be in it.
   */
  private callPartners(index: number): number[] {
    const { items, people } = this;
    let start = 0;
    for (let end = 0; end <= items.length; end++) {
      if (end < items.length && !endsSentence(items[end])) continue;
      const named = new Set<number>();
      let call = false;
      for (let k = start; k < end; k++) {
        if (this.callsAt(k)) call = true;
        const anchor = this.anchors.get(k);
        // "陳襄理不在這通", "Gina 不在": someone said not to be in it is not named with the call.
        const denied = kindOf(items[nextIndex(items, k, isFiller)]) === 'negation';
        if (anchor?.kind === 'person' && (anchor.role === 'generic' || anchor.role === 'peer') && !OTHERS.has(surfaceOf(items[k]) ?? '') && !denied) named.add(people.resolve(anchor).index);
      }
      start = end + 1;
      if (call && named.has(index) && named.size === 2) return [...named].filter((k) => k !== index);
    }
    return [];
  }

  /**
   * One person taken as the other party and another said to be another organization's (federated, another company's):
   * the first is ours, the user (unless the one `asked` about is the other organization's).
   */
  private oursBesideOutsider(roles: Map<number, Role | null>, attached: readonly { source: Item; statement: Statement; anchor?: Anchor }[], asked?: number): void {
    const { people } = this;
    // "a customer" alone may be phoned: not said to be another organization's user.
    const named = (source: Item, statement: Statement) => isOtherCompany(statement) && !BARE_OUTSIDERS.test(surfaceOf(source) ?? '');
    const outsiders = new Set(attached.flatMap(({ source, statement, anchor }) => (anchor?.kind === 'person' && (named(source, statement) || people.theirs.has(anchor.index) || people.namedOutsiders.has(anchor.index)) ? [anchor.index] : [])));
    const ours = [...roles].filter(([index, role]) => role === 'peer' && !outsiders.has(index));
    const word = surfaceOf(this.items[ours[0]?.[0]]) ?? '';
    // English only: a Chinese person word ("同事") is the other party's unless the text says otherwise.
    if (outsiders.size > 0 && ours.length === 1 && !HAN.test(word) && (asked === undefined || !outsiders.has(asked))) roles.set(ours[0][0], 'user');
  }

  /**
   * A call has one other party. Described about more people than that ("I'm at HQ; my colleague at home calls the
   * CFO in the office"), the one called is the other party; when that does not tell, none of them is: what is said
   * of them could be anyone's.
   */
  private oneOtherParty(roles: Map<number, Role | null>): void {
    const peers = [...roles].filter(([, role]) => role === 'peer').map(([index]) => index);
    if (peers.length < 2) return;
    const called = peers.filter((index) => this.people.callees.has(index));
    for (const index of peers) if (called.length !== 1 || called[0] !== index) roles.set(index, null);
  }
}

/**
 * Where a word like "Internet" or "Skype Online" describes someone: before a person, after a hosting verb or
 * "homed", or said of someone ("they're on Skype Online", "他是 SfB Online").
 */
function describes(parties: PartyReader, items: readonly Item[], index: number): boolean {
  const j = nextIndex(items, index, (item) => isFiller(item) || isStatement(item));
  const k = previousIndex(items, index, (item) => isFiller(item) && surfaceOf(item) !== 'homed' && !ACCOUNT_WORDS.has(surfaceOf(item) ?? ''));
  // "我的帳號也在本地", "帳號都在線上": said of an account, it is where the account is homed.
  if (ACCOUNT_WORDS.has(surfaceOf(items[k]) ?? '')) return true;
  // "(sfbo homed)": "homed" after it.
  if (surfaceOf(items[index + 1]) === 'homed') return true;
  // "Sofia | Leeds office | Skype Online": a cell of a roster's row is said of the one the row is about.
  if (parties.people.inLabelledRow(index)) return true;
  // "Chloe（已搬到 SfB Online）", "還沒移轉到 Skype Online": where someone's account was moved is where it is homed.
  if (MOVED_TO.has(surfaceOf(items[k]) ?? '') || MOVED_TO_FORM.test(surfaceOf(items[k]) ?? '')) return true;
  // "Meeting organised by Alejandro Vega (Skype Online)": a product alone in an aside right after a person is theirs.
  const open = items[k];
  if (open?.kind === 'break' && open.paren === 'open' && items[j]?.kind === 'break' && (items[j] as Extract<Item, { kind: 'break' }>).paren === 'close') {
    const person = previousIndex(items, k, isFiller);
    if (parties.people.anchors.get(parties.people.nameStart(person))?.kind === 'person') return true;
  }
  // "calling Siobhan, who's on Skype Online now": the copula's subject is the one the relative "who" follows.
  const before = previousIndex(items, k, isFiller);
  const relative = surfaceOf(items[before]) === 'who' ? previousIndex(items, before, (item) => isFiller(item) || (item.kind === 'break' && !item.strong)) : before;
  const subject = isMarker(items[k], 'copula') ? parties.people.anchors.get(relative) : undefined;
  return parties.people.anchors.get(j)?.kind === 'person' || isMarker(items[k], 'hosted') || surfaceOf(items[k]) === 'homed' || subject?.kind === 'person';
}

/** Verbs that move an account somewhere ("已搬到 SfB Online", "移到 Skype Online"): the product after them is its homing. */
const MOVED_TO: ReadonlySet<string> = new Set(['搬到', '搬去', '搬上', '移到', '移去', '遷到', '轉到', '搬移到', '遷移到', '還沒遷移到', '尚未遷移到']);

/** The same, said with any verb for moving and a move not yet made ("移轉到", "轉移至", "還沒搬遷到"). */
const MOVED_TO_FORM = /^(?:已|已經|還沒|尚未|還未|仍未|沒有|還沒有)?(?:移轉|轉移|遷移|搬遷|搬移)(?:到|至)$/;

/** Whether the text is about a conference (then another company is the organizer, not the other party). */
function aboutConference(items: readonly Item[]): boolean {
  return items.some(
    (item) =>
      item.kind === 'mention' &&
      ((item.concept.kind === 'callType' && item.concept.value === 'conference') ||
        item.concept.kind === 'hostedMeeting' ||
        (item.concept.kind === 'company' && item.concept.hosting) ||
        (item.concept.kind === 'party' && item.concept.role === 'organizer') ||
        (item.concept.kind === 'marker' && item.concept.marker === 'by')),
  );
}

/**
 * "whether the organiser is on-prem or online", "at home or in the office?": two different values of one kind joined
 * by "or" are asked about, neither is said.
 */
function offersAlternative(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || (item.concept.kind !== 'homed' && item.concept.kind !== 'place')) return false;
  const other = (step: number) => {
    const or = step > 0 ? nextIndex(items, index, isFiller) : previousIndex(items, index, isFiller);
    if (!OR_WORDS.has(surfaceOf(items[or]) ?? '')) return undefined;
    const k = step > 0 ? nextIndex(items, or, isFiller) : previousIndex(items, or, isFiller);
    return items[k];
  };
  return [other(1), other(-1)].some((o) => o?.kind === 'mention' && o.concept.kind === item.concept.kind && o.id !== item.id);
}

/**
 * Possessives that relate a person to someone named before ("her manager", "his colleague Tom", "the user's line
 * manager"); not "their", which is as often an organization's ("one of their sales reps").
 */
const RELATING_POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', "'s"]);
/** Words for a person that, before "else", name someone other than anyone described ("someone else"). */
const ALWAYS_ELSE: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody']);

/** Verbs of running a place, as surfaces or matching keys ("I run the office", "manages the branch", "in charge of HQ"). */
const MANAGING: ReadonlySet<string> = new Set([
  'run', 'runs', 'running', 'manage', 'manages', 'managing', 'manag', 'overse', 'oversee', 'oversees', 'administ',
  'administer', 'administers', 'head', 'heads', 'look after', 'looks after', 'looking after',
  'charg', 'care of', 'responsible for', 'support', 'supports', 'maintain', 'maintains',
]);

/** Words that say someone acts beside others ("joins it too", "also dials in", "as well"), as surfaces or keys. */
const ALSO_WORDS: ReadonlySet<string> = new Set(['too', 'also', 'well']);

/** The writer's words for themselves ("I", "me", "myself"); "the caller" is the user too, but no writer. */
const WRITER_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'myself', 'i am', "i'm"]);

/** Person words that label a ticket's field for whom it is about ("Caller: Dana", "- user: me", "End user: Bob"). */
const PERSON_FIELDS: ReadonlySet<string> = new Set(['user', 'caller', 'end user', 'requester', 'requestor']);

/** How many items after a location field its person field may come ("Site: WFH / Affected user: Tanaka-san"). */
const FIELD_REACH = 8;

/** Labels of a ticket's field for where someone is ("Location: home"). */
const FIELD_LABELS: ReadonlySet<string> = new Set(['location', 'locat', 'loc', 'where', 'site', 'working from']);
/**
 * A Chinese ticket's field for where ("地點：在家"): not tied to the reporter named above it (報修人 is often the agent
 * who files for the user), but in meeting minutes it is the minutes' room, and its "線上" is no one's homing.
 */
const PLACE_LABELS: ReadonlySet<string> = new Set([...FIELD_LABELS, '地點', '位置', '所在地', '所在位置']);
/** Words for our organization as a whole ("本院", "本公司", "我們公司"). */
const ORGANIZATION = /^(本|我們)/;
/** Characters of verbs of going ("回到", "繞去", "送到", "經過", "走"): after media or signaling, a place is where it goes. */
const GOING: ReadonlySet<string> = new Set(['回', '到', '去', '送', '繞', '經', '走', '進']);
/** English verbs of going, as written or as keys: what goes on the Internet after them is traffic ("goes out on the internet"). */
const GOING_EN: ReadonlySet<string> = new Set(['go', 'goes', 'going', 'went', 'travel', 'travels', 'route', 'routes', 'routed', 'flow', 'flows', 'head', 'heads']);
/** A place said as a network something goes on or over ("on the internet", "over the public internet"). */
const ONTO_WORDS: ReadonlySet<string> = new Set(['on', 'onto', 'over', 'across', 'via', 'through']);
const ONTO = new RegExp(`^(?:${[...ONTO_WORDS].join('|')}) `);
/** How many items back from a place the traffic going there may be named ("媒體會不會繞回到總部機房"). */
const GOING_REACH = 6;
/** Characters that end the name of a team ("資訊組", "品保課", "資訊處"): a place before them names the team. */
const UNIT_ENDS: ReadonlySet<string> = new Set(['組', '課', '處', '科', '股']);
/** How many characters a team's name may have between the place and its last ("院區" + "資 訊 組"). */
const UNIT_NAME_WORDS = 4;
/** Words that ask someone to do something ("請廠商說明"): the company after them is addressed, not called. */
const ADDRESSING: ReadonlySet<string> = new Set(['請', '擬請', '惠請', '煩請', '敬請', '懇請', '麻煩']);
/** Words for an account, or an account and where it is ("帳號", "的帳號", "帳號在", "賬戶"): a place after them is the account's. */
const ACCOUNT_PLACE = /^的?[帳賬][號戶]/;
/** Whose a room is, between an account and the room ("帳號在我們自己的機房"): the whole organization, or "自己". */
const isOwnersWord = (item: Item): boolean => (item.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'all') || OWN_WORDS.has(surfaceOf(item) ?? '');
const OWN_WORDS: ReadonlySet<string> = new Set(['自己', '自己的']);
/** Words that say an account is used ("用 Online 帳號", "拿我的帳號"). */
const USING: ReadonlySet<string> = new Set(['用', '使用', '拿', '以']);
/** Words for a machine or a store kept somewhere (see machinesPlace), as surfaces: in a word or a homing phrase. */
const MACHINE = /server|pool|mailbox/;
const SERVER_WORD = /server/;
/** Sites the vocabulary does not read as ours or not (stems): a room in one is where nobody can be told to be. */
const SITE_WORDS: ReadonlySet<string> = new Set(['school', 'hospit', 'clinic', 'academi', 'facil']);
/** Words between a room and its site ("the cafe on the ground floor of our office", "the HQ's gym"). */
const ROOM_LINKS: ReadonlySet<string> = new Set(['at', 'in', 'of', 'on', 'inside', 'within', 'the', 'our', 'a', 'an', "'s"]);
/** Of ROOM_LINKS, those that put the room in the site after them: before the room, only "the HQ gym" names it. */
const CONTAINING: ReadonlySet<string> = new Set(['at', 'in', 'of', 'on', 'inside', 'within']);
/** Devices a person connects with ("his phone", "her laptop"). */
const DEVICE = /^(?:phone|laptop|mobile|cell|cellphone|tablet|ipad|pc|notebook)$/;
/** A site's own phrase that puts what is before it inside ("at HQ", "in the office"). */
const CONTAINED = /^(?:at|in|on|inside|within)(?: |$)/;
/** Where in a building, not which building ("downstairs", "the next floor"). */
const WHERE_IN_BUILDING = /^(?:downstairs|upstairs|down the hall|next floor|another floor|same floor as)$/;
/** Words that place something near a site, not in it (stems): "next to", "across the street from", "opposite". */
const NEAR_WORDS: ReadonlySet<string> = new Set(['near', 'next', 'across', 'opposit', 'besid', 'behind', 'around', 'nearbi']);
/** How many words may stand between a word of nearness and the site ("across the street from", "around the corner from"). */
const NEAR_REACH = 3;
/** A mailbox: where it is homed is Exchange's, not where its owner is homed for Skype for Business. */
const MAILBOX = /mailbox/;
/** How many words may name a machine before its noun ("the Front End pool") or a place after a pool ("in the Amsterdam DC"). */
const MACHINE_REACH = 3;
/** The fillers between a pool and where it is kept ("on the on-prem pool in the Amsterdam DC"). */
const MACHINE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'the', 'our', 'their']);
/** Words that say a place is shut, after a copula ("the office was closed"). */
const CLOSED: ReadonlySet<string> = new Set(['closed', 'shut', 'locked']);
/** Labels of a ticket's field for whose unit someone is ("單位：新竹廠 品保課"): the unit's site is no place said of a call. */
const UNIT_LABELS: ReadonlySet<string> = new Set(['單位', '部門', '科室', '所屬單位', 'department', 'dept']);
/** Labels only meeting minutes have ("主席：", "決議："): their "地點：" is where the minutes' meeting sat. */
/** How many words of a field's value may stand before a place in it ("地點：3F 大會議室"). */
const FIELD_WORDS = 3;
const MINUTES_LABELS: ReadonlySet<string> = new Set(['主席', '決議', '出席', '出席者', '出席人員', '與會者', '記錄人', '紀錄人']);

/**
 * Place words that are also adjectives: "outside counsel", "external auditors" are who, not where; and "vpn" before a
 * noun names a thing of the VPN ("VPN token expired", "vpn client crashed"), not that anyone is on it.
 */
const ADJECTIVE_PLACES: ReadonlySet<string> = new Set(['outside', 'external', 'vpn']);

/** "calls to outside counsel at Baker & Lowe": a place adjective right before a noun describes the noun. */
function describesNoun(items: readonly Item[], index: number): boolean {
  const next = items[index + 1];
  return (ADJECTIVE_PLACES.has(surfaceOf(items[index]) ?? '') && next?.kind === 'word' && next.script === 'latin' && next.name !== true && !isFunctionWord(next.key)) || strayOp(items, index);
}

/**
 * "OP" is on-premises only as a word of its own about someone ("OP user", "OP-organised meeting", "she is OP"); "op"
 * anywhere else is another language's word ("1-op-1", "welke kant op") and says nothing of anyone's homing.
 */
function strayOp(items: readonly Item[], index: number): boolean {
  if (surfaceOf(items[index]) !== 'op') return false;
  const next = items[index + 1];
  const describes = next?.kind === 'mention' && ['party', 'marker', 'hostedMeeting', 'callType'].includes(next.concept.kind);
  return !describes && !isMarker(items[index - 1], 'copula');
}

/**
 * "台北辦公室的同事", "高雄廠的人", "the Osaka office's users", "the onsite coordinator", "our HQ receptionist": a place
 * right before a person (or before "的"/"'s" and a person) says whom the person belongs to, or their job. It is where
 * they are unless something else is said of them ("台北辦公室的同事今天在家" is at home; "the onsite coordinator, who
 * is on a client's guest Wi-Fi today" is not on our network); "在家的同事", said with 在, is where they are now.
 */
function affiliation(items: readonly Item[], index: number): boolean {
  const surface = surfaceOf(items[index]) ?? '';
  // Without a possessive only in English, where a place before a noun is an adjective ("the on-site coordinator"): a
  // Chinese place right before a person says where they are ("家裡同事").
  if (!isPossessive(items[index + 1])) return /^[a-z]/.test(surface) && isPerson(items[index + 1]);
  return !/^(在|從|於|at |in |on |from )/.test(surface) && isPerson(items[titleAt(items, index + 2)]);
}

/**
 * "門市店長", "區公所同仁", "門診護理師": one of our workplaces written into a job or a team, right before the person
 * word, as a Chinese noun without a word that puts someone there ("在門市的店長") or says where it is from the writer
 * ("隔壁棟同事"); a network is no workplace ("內網用戶端" is on it).
 */
function workplaceTitle(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork' || !isPerson(items[index + 1])) return false;
  return HAN.test(item.surface[0] ?? '') && !CHINESE_LOCATIVE.test(item.surface) && !RELATIVE_PLACE.test(item.surface);
}

/** Where a place is from the writer (next door, the same floor or building, upstairs), or a network. */
const RELATIVE_PLACE = /^(?:隔壁|同|樓上|樓下|對面|旁邊)|網/;

/**
 * Where a person with a workplace in their title is said to be, elsewhere, in words that put them there ("區公所同仁
 * 自宅", "門市店長今天在家", "分行經理出差住飯店"): that place, not the title's, is where they are now (the writers of
 * rounds 10 and 11 read it so). A VPN not connected or a network is no such place ("總部同仁沒開 VPN" is still at
 * headquarters, as older writers read the title).
 */
function tieWorkplaceTitles(items: readonly Item[], attached: { source: Item; statement: Statement; anchor?: Anchor; strength: number }[]): void {
  for (const title of attached) {
    const { statement, anchor } = title;
    if (statement.kind !== 'place' || anchor === undefined || !workplaceTitle(items, items.indexOf(title.source))) continue;
    const placed = attached.some((other) => other.anchor?.index === anchor.index && other.statement.kind === 'place' && other.statement.value !== statement.value && SAID_THERE.test(surfaceOf(other.source) ?? ''));
    if (placed) title.strength -= 2;
  }
}

/** A place said with where someone is or what they do there (CHINESE_LOCATIVE), or a home. */
const SAID_THERE = new RegExp(`${CHINESE_LOCATIVE.source}|^(?:自宅|家)`);

function isPerson(item: Item | undefined): boolean {
  return item?.kind === 'mention' && item.concept.kind === 'party';
}

/** Words that join the parts of a deployment's name ("Online + Cloud Connector", "Online with CCE"). */
const DEPLOYMENT_JOINS: ReadonlySet<string> = new Set(['with', 'and', '+', 'plus', '加', '搭配', '+']);

/**
 * "Env: Online + Cloud Connector", "Online with CCE for PSTN", "CCE + Online": a bare "Online" joined to a deployment
 * is part of the deployment's name, not where anyone is homed.
 */
function namesDeployment(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'homed' || item.concept.value !== 'online' || !/^(?:online|線上|雲端)$/.test(item.surface)) return false;
  const joined = (step: number) => {
    let k = index + step;
    if (DEPLOYMENT_JOINS.has(surfaceOf(items[k]) ?? '')) k += step;
    return kindOf(items[k]) === 'deployment';
  };
  // "hybrid and online users at home": before a person it says who they are.
  return (joined(1) || joined(-1)) && kindOf(items[nextIndex(items, index, isFiller)]) !== 'party';
}

/**
 * "內網這端的 media", "the office side": a place before a side word names that side, it says where nobody is; but
 * "總部這邊，打外線", "門市這邊有線": "here" (這邊) after a place, with no thing of that side after it, is where the
 * writer's side is.
 */
function namesSide(items: readonly Item[], index: number): boolean {
  const next = items[index + 1];
  if (kindOf(items[index]) !== 'place' || next?.kind !== 'mention' || next.concept.kind !== 'cue' || next.concept.cue !== 'perspective') return false;
  return !(HERE_SIDES.has(next.surface) && !isPossessive(items[index + 2]));
}
/** A side word that says "here": after a place, where the writer is. */
const HERE_SIDES: ReadonlySet<string> = new Set(['這邊']);

/**
 * "some folks still call it Lync", "the old-timers still say Lync", "what we used to call Lync": a name given to
 * something, right after a word for naming it, says what people call it, not where anyone is homed.
 */
function givesName(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'homed') return false;
  const before = [items[index - 1], items[index - 2]].map((item) => surfaceOf(item) ?? '');
  const naming = (surface: string) => NAMING.test(surface);
  return naming(before[0]) || (before[0] === 'it' && (kindOf(items[index - 2]) === 'call' || naming(before[1])));
}
/** Words for naming something ("say", "called", "known as"); "call it" is matched as a call word and "it". */
const NAMING = /^(?:say|says|said|name|named|names|nicknamed|known as|aka|a\.k\.a\.)$/;

/** A product's name, with a version at most: "lync", "lync 2013", "skype server 2015". */
export const PRODUCT_NAME = /^(?:lync|skype(?: for business)?|sfb|s4b)(?: server)?(?: \d{4})?$/;

/**
 * "we moved from SfB Server 2015 to SfB Online", "my old Lync 2013 account", "we used to have a Lync pool", "the Lync
 * 2013 pool was decommissioned": a product named in a clause about the past is what was, not anyone's homing now.
 */
function pastProduct(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'homed') return false;
  const product = PRODUCT_NAME.test(item.surface);
  // "we retired our on-prem Skype servers", "we shut down the Lync servers": servers or a pool (or the on-prem words
  // naming them) taken out of service are gone, said of any machine; "old" or "from" only put a product's name there
  // ("she is still on the old pool" is where she is homed).
  const next = items[index + 1];
  const machines = SERVER.test(item.surface) || (kindOf(next) === 'homed' && SERVER.test(surfaceOf(next) ?? ''));
  if (!product && !machines) return false;
  const past = product ? PAST : RETIRED;
  const inClause = (step: number, words: ReadonlySet<string>) => {
    for (let j = index + step; j >= 0 && j < items.length; j += step) {
      const other = items[j];
      if (other.kind === 'break') return false;
      if (words.has(surfaceOf(other) ?? '')) return true;
    }
    return false;
  };
  // "my manager is still on the old in-house Skype server": what someone is still on is where they are homed now.
  if (product && inClause(-1, STILL)) return false;
  return inClause(-1, past) || inClause(1, past);
}
/** Words after a product's name that make it the program someone runs ("the Lync 2013 client", "Lync 用戶端"). */
const CLIENT_SOFTWARE = /^(?:client|clients|app|apps|applic|softwar|desktop client|用戶端|客戶端|軟體)$/;

/**
 * "we still use the Lync 2013 client", "my Lync client shows presence": a product's name before a word of a program is
 * the client someone runs (an Online tenant's users may run the Lync client), not where anyone is homed.
 */
function clientSoftware(items: readonly Item[], index: number): boolean {
  const item = items[index];
  return item.kind === 'mention' && item.concept.kind === 'homed' && PRODUCT_NAME.test(item.surface) && CLIENT_SOFTWARE.test(surfaceOf(items[index + 1]) ?? '');
}

/** The on-premises words that, said of a person, may be where they are ("on premises", "地端") and not their homing. */
const ON_PREMISES_WORDS = /^(?:on prem|on premises?|on[- ]?prem(?:ise|ises)?|在?地端)$/;

/**
 * "SfB Online tenant. Both users are on premises at HQ", "I'm on-prem today (in the office)", "我人在地端（公司裡）": in
 * an Online or Cloud Connector organization (stated, and no Hybrid said), on-premises right before one of our places
 * says where someone is, on site, not that they are homed on-premises (read so, the deployment became Hybrid).
 */
function onSite(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'homed' || item.concept.value !== 'onPremises' || !ON_PREMISES_WORDS.test(item.surface)) return false;
  const next = items[nextIndex(items, index, (x) => isFiller(x) || (x.kind === 'break' && x.paren === 'open'))];
  if (!(next?.kind === 'mention' && next.concept.kind === 'place' && next.concept.value === 'customerNetwork')) return false;
  const deployments = items.flatMap((x, k) => (x.kind === 'mention' && (x.concept.kind === 'deployment' || x.concept.kind === 'deploymentHint') ? [x.concept.value] : weAreOnline(items, k) ? ['online'] : []));
  return deployments.length > 0 && !deployments.includes('hybrid');
}

/**
 * "I'm at the premises of a partner company", "on our client's premises": "premises" without "on" before it is a
 * building, whoever's it is, not a homing on-premises.
 */
function barePremises(items: readonly Item[], index: number): boolean {
  const item = items[index];
  return item.kind === 'mention' && item.concept.kind === 'homed' && /^premises?$/.test(item.surface);
}

/** "we're online", "we are on SfB Online": the whole organization said to be Online at `index` (slots.ts everyoneOnline reads the same of the attributes). */
function weAreOnline(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'homed' || item.concept.value !== 'online') return false;
  const before = items[previousIndex(items, index, (x) => isFiller(x) || isMarker(x, 'copula'))];
  return before?.kind === 'mention' && before.concept.kind === 'party' && before.concept.role === 'all';
}

/** Words after a person that say they are the same as someone just described ("Peter too", "Peter as well"). */
const LIKEWISE: ReadonlySet<string> = new Set(['too', 'also', 'well']);

/**
 * People said to be what the clause before says of someone: "and so was Peter", "as is Peter", "Peter too", "Peter is
 * as well". Each with the bounds of that clause before.
 */
function sameAsBefore(items: readonly Item[], people: People): { person: Anchor; start: number; end: number }[] {
  const found: { person: Anchor; start: number; end: number }[] = [];
  for (let start = 0; start < items.length; start++) {
    if (start > 0 && !endsClause(items[start - 1])) continue;
    let end = start;
    while (end < items.length && !endsClause(items[end])) end++;
    const person = likewisePerson(items, people, start, end);
    let before = start - 1;
    while (before >= 0 && endsClause(items[before])) before--;
    const same = person ? undefined : sameAsPerson(items, people, start, end);
    if (person && before >= 0) found.push({ person, start: clauseStart(items, before), end: before + 1 });
    // "Tom is on-prem, same as me": what the clause before says; "she's on-prem like me": what this one says before "like".
    else if (same && same.opener > start) found.push({ person: same.person, start, end: same.opener });
    else if (same && before >= 0) found.push({ person: same.person, start: clauseStart(items, before), end: before + 1 });
    start = end;
  }
  return found;
}

/** The person of a clause `[start, end)` that says only that they are the same ("so was Peter", "Peter too"). */
function likewisePerson(items: readonly Item[], people: People, start: number, end: number): Anchor | undefined {
  // The clause's words past the fillers ("so is my boss" is "so", "is", "boss"), "so" and "as" kept.
  const at: number[] = [];
  for (let k = start; k < end; k++) if (!isFiller(items[k]) || surfaceOf(items[k]) === 'so') at.push(k);
  const said = at.map((k) => surfaceOf(items[k]) ?? '');
  const anchorAt = (k: number | undefined) => (k !== undefined && people.anchors.get(k)?.kind === 'person' ? people.anchors.get(k) : undefined);
  // A person said in more than one word ("my colleague Jo"): the words after the first that name them too.
  const naming = (k: number) => people.anchors.get(k)?.kind === 'person' || isNameWord(items[k]);
  // "so was Peter", "as is Peter", "so is my colleague Jo"
  if (at.length >= 3 && at.length <= 4 && (said[0] === 'so' || said[0] === 'as') && isMarker(items[at[1]], 'copula') && at.slice(3).every(naming)) return anchorAt(at[2]);
  // "Peter too", "Peter is too", "Peter as well", "Peter is as well"
  const last = said[said.length - 1];
  if (at.length < 2 || at.length > 5 || !LIKEWISE.has(last) || (last === 'well' && said[said.length - 2] !== 'as')) return undefined;
  const between = at.slice(1, -1).every((k) => isMarker(items[k], 'copula') || surfaceOf(items[k]) === 'as' || naming(k));
  return between ? anchorAt(at[0]) : undefined;
}

/** Words that say someone is what another is ("same as me", "like my boss"). */
const SAME_AS = /^(?:(?:the )?same as|like)$/;

/**
 * The writer when a clause `[start, end)` ends by likening someone to them ("..., same as me", "she's on-prem just like
 * me"), with the index of the word that likens. Only the writer: someone else likened to ("I'm Online, like our CEO")
 * is mostly nobody in the call, and given a homing would stand for its other party. And only to the clause's end:
 * "looks like my boss is Online" says nothing.
 */
function sameAsPerson(items: readonly Item[], people: People, start: number, end: number): { person: Anchor; opener: number } | undefined {
  let opener = end - 1;
  while (opener >= start && !SAME_AS.test(surfaceOf(items[opener]) ?? '')) opener--;
  if (opener < start) return undefined;
  const after: number[] = [];
  for (let k = opener + 1; k < end; k++) if (!isFiller(items[k])) after.push(k);
  const person = after.length === 1 ? people.anchors.get(after[0]) : undefined;
  if (person?.kind !== 'person' || person.role !== 'user') return undefined;
  let first = start;
  while (first < opener && isFiller(items[first])) first++;
  return { person, opener: first === opener ? start : opener };
}

/** Possessives that say whose calls are described ("his calls", "my manager's calls"). */
const WHOSE: ReadonlySet<string> = new Set(['his', 'her', 'their', "'s"]);

/**
 * "the CEO says his calls from the hotel were fine but mine from the office drop": where someone else makes their own
 * calls, set against the writer's ("mine"), is a comparison, nobody's place in the call asked about.
 */
function comparedCalls(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'place') return false;
  const start = clauseStart(items, index);
  let whose = false;
  for (let k = start; k < index; k++) {
    if (kindOf(items[k]) === 'call' && WHOSE.has(surfaceOf(items[previousIndex(items, k, (x) => isFiller(x) && !WHOSE.has(surfaceOf(x) ?? ''))]) ?? '')) whose = true;
  }
  if (!whose) return false;
  for (let k = index + 1; k < items.length && !endsSentence(items[k]); k++) if (surfaceOf(items[k]) === 'mine') return true;
  return false;
}

/**
 * "We have both on-prem and Online users", "There are on-prem users and Online users": a sentence that says which
 * kinds of users the organization has, by two homings, says how it is split, not where anyone in the call is homed.
 */
function kindsOfUsers(items: readonly Item[], index: number): boolean {
  // The clause that says it, opening the sentence or after a comma ("it's hybrid, we have both ...").
  const opens = (k: number): boolean => {
    const first = items[k];
    const weHave = first.kind === 'mention' && first.concept.kind === 'party' && first.concept.role === 'all' && surfaceOf(items[k + 1]) === 'have';
    return (k === 0 || items[k - 1].kind === 'break') && (weHave || (surfaceOf(first) === 'there' && isMarker(items[k + 1], 'copula')));
  };
  let start = index;
  while (start > 0 && !endsSentence(items[start - 1]) && !opens(start)) start--;
  if (!opens(start)) return false;
  const homings = new Set<string>();
  for (let k = start; k < items.length && !endsSentence(items[k]); k++) {
    const item = items[k];
    if (item.kind === 'mention' && item.concept.kind === 'homed') homings.add(item.concept.value);
  }
  return homings.size > 1;
}

/** The rest of the organization, as keys or phrases ("everyone else", "the rest of us", "the others"). */
const REST = /^(?:els|else|rest|remaining|the others)$/;
const RELATIVES: ReadonlySet<string> = new Set(['that', 'who', 'which']);
/** Words for a part of a group, as keys ("some folks", "a few of our users", "half our staff", "a handful"). */
const PART_OF: ReadonlySet<string> = new Set(['some', 'mani', 'many', 'most', 'few', 'sever', 'several', 'half', 'part', 'coupl', 'couple', 'hand', 'handful', 'minor', 'minority']);

/**
 * Homing said of a part of the organization is how the deployment is split, not where anyone in the call is homed:
 * a part named ("we have some folks still on the on-prem servers", "a couple of guys in sales are still on Lync", "the
 * Lync pool for some users"), or a team set against the rest in one sentence ("finance is still on the on-prem pool,
 * everyone else is Online", "only IT is still on-prem, the rest of us moved to Online"), or the organization while a move
 * of its people is under way (see ongoingMove). A person named in the clause keeps theirs ("I'm still on-prem,
 * everyone else is Online", "she is one of the few still on-prem").
 */
export function splitsOrganization(items: readonly Item[], index: number): boolean {
  const kind = kindOf(items[index]);
  if (kind !== 'homed' && kind !== 'deploymentHint') return false;
  if (kindsOfUsers(items, index) || ongoingMove(items, index)) return true;
  // "some of our on-prem homed users will present ... path for them?": homing before the people says who they are.
  if (kindOf(items[nextIndex(items, index, isFiller)]) === 'party') return false;
  let start = clauseStart(items, index);
  // "we have some guys that moved to Online": a relative clause's subject is the clause before it.
  if (start > 0 && kindOf(items[start - 1]) === 'boundary' && RELATIVES.has(surfaceOf(items[start - 1]) ?? '')) start = clauseStart(items, start - 1);
  let part = surfaceOf(items[index + 1]) === 'for' && (PART_OF.has(surfaceOf(items[index + 2]) ?? '') || PART_OF.has(surfaceOf(items[index + 3]) ?? ''));
  let subject = false;
  if (teamSubject(items, start, index) !== undefined) return true;
  // "head office is still on-prem", "our Perth office was moved to Skype Online": a site as the subject is a part too
  // (English only: a Chinese place before 是 is as often where the person of the sentence before is).
  const first = nextIndex(items, start - 1, isFiller);
  const site = first < index && kindOf(items[first]) === 'place' && !HAN.test(surfaceOf(items[first]) ?? '');
  if (site && isMarker(items[nextIndex(items, first, isFiller)], 'copula')) part = true;
  for (let k = start; k < index; k++) {
    const item = items[k];
    const surface = surfaceOf(item) ?? '';
    if (PART_OF.has(surface)) part = true;
    // "only admin went Online", "only the nurses are still on-prem": a group said against the rest is a part.
    if (surface === 'only' && isGroup(items[nextIndex(items, k, (x) => isFiller(x) || kindOf(x) === 'place' || (x.kind === 'word' && x.name !== true))])) part = true;
    if (item.kind === 'mention' && item.concept.kind === 'party') {
      const { role } = item.concept;
      if (role === 'user' || role === 'pronoun' || (role !== 'all' && !part && !REST.test(surface))) return false;
      subject = true;
    } else if (isNameWord(item) && !part) {
      // "Both Grace and Sam are homed on the pool; the rest of the company is Online": people named keep theirs.
      return false;
    } else if (item.kind === 'word' || (isFiller(item) && surface.includes(' '))) subject = true;
  }
  if (part) return true;
  if (!subject) return false;
  let sentence = start;
  while (sentence > 0 && !endsSentence(items[sentence - 1])) sentence--;
  let rest = false;
  let others = 0;
  for (let k = sentence; k < items.length && !endsSentence(items[k]); k++) {
    rest ||= REST.test(surfaceOf(items[k]) ?? '');
    if (k !== index && ['homed', 'deployment', 'deploymentHint'].includes(kindOf(items[k]) ?? '')) others++;
  }
  return rest && others > 0;
}

/** Words for a group of people that take no plural "s" ("only admin went Online", "only IT is on-prem"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['admin', 'staff', 'management', 'personnel', 'it', 'faculty']);

/** A word for a group of people, not one person: a team, a plural ("the nurses"), "admin", "IT". */
function isGroup(item: Item | undefined): boolean {
  const surface = surfaceOf(item) ?? '';
  const person = item?.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'generic';
  return TEAMS.has(surface) || GROUP_NOUNS.has(surface) || (person && /[^s]s$/.test(surface));
}

/** A team or department, as matching keys ("Finance", "the Sales team", "our legal department", "Ops"). */
const TEAMS: ReadonlySet<string> = new Set([
  'finance', 'finance team', 'the finance team', 'hr', 'the hr team', 'human resources', 'legal', 'legal team', 'procurement', 'marketing',
  'treasury', 'payroll', 'sale', 'sales', 'engineering', 'ops',
]);

/**
 * "Finance is still on the pool", "Only the Sales team is homed on-prem", "Marketing and HR are on-prem": a clause
 * whose subject is a team says where that team is homed, whoever of the call is in it or not (a person named in it
 * keeps theirs; "my team", "our department" may be the writer's own, "our accounts" are everyone's, and "marketing
 * users" may be who asks).
 */
function teamSubject(items: readonly Item[], start: number, index: number): string | undefined {
  let team: string | undefined;
  let verb = false;
  for (let k = start; k < index; k++) {
    const item = items[k];
    const surface = surfaceOf(item) ?? '';
    // Only the homing's own verb after the team ("is still", "was"): "the finance team join a call hosted on ..." is no
    // team's homing.
    if (isMarker(item, 'copula') || kindOf(item) === 'cue') verb = true;
    if (verb) {
      const plain = item.kind === 'word' && item.script === 'latin' && item.name !== true;
      if (!plain && !isMarker(item, 'copula') && !isFiller(item) && !(item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'always')) return undefined;
    } else if (TEAMS.has(surface)) team = teamName(surface);
    // "Marketing users are still on-prem": people of the team, who may be the one asking (as before).
    else if (surface === 'my' || surface === 'our' || !(isFiller(item) || (item.kind === 'word' && item.script === 'latin' && item.name !== true))) return undefined;
  }
  return team;
}

/** A team's name however it is said: "the finance team", "from finance" and "Finance" are "finance"; "sale" is "sales". */
const teamName = (said: string): string => said.replace(/^(?:the |from |in )/, '').replace(/ team$/, '').replace(/^sale$/, 'sales');

/**
 * The one person said to be of the team whose homing the clause at `index` says ("Priya from finance", "Amit in
 * sales"): that homing is theirs. Undefined when nobody, or more than one person, is.
 */
export function teamMember(items: readonly Item[], index: number, people: People): Anchor | undefined {
  const team = teamSubject(items, clauseStart(items, index), index);
  if (team === undefined) return undefined;
  const members = new Set<number>();
  items.forEach((item, k) => {
    const said = surfaceOf(item) ?? '';
    const word = /^(?:from|in) /.test(said) ? said : (surfaceOf(items[k - 1]) === 'from' || surfaceOf(items[k - 1]) === 'in') && TEAMS.has(said) ? `in ${said}` : undefined;
    if (word === undefined || teamName(word) !== team) return;
    // "Rajesh Kumar from sales": back over the rest of a name to the person.
    let j = word === said ? k - 1 : k - 2;
    while (j > 0 && !people.anchors.has(j) && isNameWord(items[j])) j--;
    const person = people.anchors.get(j);
    if (person?.kind === 'person' && person.role !== 'user') members.add(people.resolve(person).index);
  });
  return members.size === 1 ? people.anchors.get([...members][0]) : undefined;
}

/**
 * Words that take machines out of service (as keys: "decommissioned" is "decommiss", "got rid of" has "rid"), in plain
 * speech too: "we killed the last lync pool", "ripped out", "tore down", "switched off", "pulled the plug on", "binned".
 */
const RETIRED: ReadonlySet<string> = new Set([
  'decommiss', 'decommissioned', 'retir', 'retired', 'shut', 'rid', 'sunset', 'sunsett', 'dismantl', 'scrap', 'scrapp', 'ago',
  'kill', 'rip', 'tore', 'torn', 'off', 'plug', 'ditch', 'bin', 'remov', 'uninstal', 'nuke',
]);
/** Words that say someone is on something yet. */
const STILL: ReadonlySet<string> = new Set(['still']);
/** Words that put a product in the past (as keys: "decommissioned" is "decommiss"). */
const PAST: ReadonlySet<string> = new Set(['from', 'old', 'used', 'former', 'formerli', 'previous', 'previousli', 'legaci', 'legacy', 'until', ...RETIRED]);

const isFirewall = (item: Item | undefined): boolean =>
  item?.kind === 'mention' && (item.concept.kind === 'firewall' || (item.concept.kind === 'cue' && item.concept.cue === 'firewall'));

/** Servers named by their role ("Edge servers", "the Front End pool", "conferencing servers"). */
const SERVER_TERMS: ReadonlySet<string> = new Set(['edgeServer', 'frontEnd', 'conferencingServer']);
const isServerTerm = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'term' && SERVER_TERMS.has(item.concept.term);

/**
 * A place in what a firewall is said to do or where it stands ("the firewall on our network", "the firewall at HQ",
 * "our firewall blocks UDP between inside clients and internet hosts"): the firewall's, not anyone's. From the place
 * back to the start of its clause, a firewall comes before any person.
 */
function describesFirewall(items: readonly Item[], index: number): boolean {
  const kind = kindOf(items[index]);
  if (kind !== 'place' && kind !== 'datacenter') return false;
  for (let j = index - 1; j >= 0 && !endsClause(items[j]); j--) {
    // "our Edge servers sit in the Amsterdam datacenter": so is a place said of a server.
    if (isFirewall(items[j]) || (isServerTerm(items[j]) && items.slice(j + 1, index).every((x) => x.kind === 'word' || isFiller(x)))) return true;
    const item = items[j];
    // "the Amsterdam datacenter": a name right before the place is the place's.
    const placeName = item.kind === 'word' && item.name && j === index - 1;
    if (kindOf(item) === 'party' || (item.kind === 'word' && item.name && !placeName)) return false;
  }
  return false;
}

/**
 * "half our users", "most of our people", "a third of the staff", "40% of users": a share of the organization's
 * people. Where it is homed is about the organization, never about a party of the call. A count above two ("40 of
 * our users") is a share too: a call has two parties. Where a share is ("most staff will watch from the Singapore
 * office", "several users in Marketing") still says where the broadcast's attendees or the users asking are.
 */
function isShare(items: readonly Item[], anchor: number): boolean {
  const party = items[anchor];
  // "大部分人都搬到 Online", "有些同事還在地端": a share before a word for both (人都) or for a colleague is the share too.
  if (party?.kind !== 'mention' || party.concept.kind !== 'party' || !['generic', 'both', 'peer'].includes(party.concept.role)) return false;
  // "隔壁部門的人都還在地端": a team's people are a share of the organization, not the two parties.
  if (party.concept.role === 'both' && surfaceOf(items[anchor - 1]) === '的' && TEAM_END.test(surfaceOf(items[anchor - 2]) ?? '')) return true;
  for (let j = anchor - 1; j >= 0 && j >= anchor - SHARE_REACH; j--) {
    const before = items[j];
    if (before.kind === 'break') break;
    const surface = surfaceOf(before) ?? '';
    if (SHARES.has(surface) || (/^\d+$/.test(surface) && Number(surface) > 2)) return true;
    if (before.kind === 'mention' && before.concept.kind !== 'filler' && before.concept.kind !== 'number') break;
  }
  // "財務部的人大部分帳號都還在地端", "同事們一半已經搬到 Online": in Chinese the share may follow the people.
  for (let j = anchor + 1; j < items.length && j <= anchor + SHARE_REACH; j++) {
    const after = items[j];
    if (SHARES.has(surfaceOf(after) ?? '')) return true;
    if (after.kind === 'break' || (after.kind === 'mention' && after.concept.kind !== 'filler' && after.concept.kind !== 'party')) return false;
  }
  return false;
}
/**
 * "大部分人都搬到 Online 了", "只剩 IT 還在地端", "剩下 IT 的帳號還在地端": a share of the organization named by a word no
 * person is read from (人, a team's name the vocabulary does not know), right before where it is homed.
 */
function shareBefore(items: readonly Item[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - SHARE_REACH - 1; j--) {
    const before = items[j];
    if (before.kind === 'break') return false;
    if (SHARES.has(surfaceOf(before) ?? '')) return true;
    if (before.kind === 'mention' && before.concept.kind !== 'filler' && !(before.concept.kind === 'party' && before.concept.role === 'generic')) return false;
  }
  return false;
}
/** Words that end a team's name ("隔壁部門", "業務部", "品保課"). */
const TEAM_END = /(?:部門|部|課|組|處|單位|團隊)$/;
/** Words that put someone in a team ("我在財務部", "他是業務部的", "她屬於品管課"). */
const IN_TEAM: ReadonlySet<string> = new Set(['在', '是', '屬於', '也是', '都是']);
/** "業務部", "品管課", "客服部" (a person word, then 部): a team named by a person word, in Chinese. */
function isTeam(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item?.kind !== 'mention' || item.concept.kind !== 'party' || item.concept.role !== 'generic' || !HAN.test(item.surface)) return false;
  // "業務部的佩君": a name the lexicon does not know after the team's 的 is one of its people, named by the team word.
  const named = (at: number) => {
    const next = items[at + 1];
    return surfaceOf(items[at]) === '的' && next?.kind === 'word' && next.script === 'han';
  };
  if (TEAM_END.test(item.surface)) return !named(index + 1);
  return isFiller(items[index + 1]) && TEAM_END.test(surfaceOf(items[index + 1]) ?? '') && !named(index + 2);
}
/** How far before "users" a share word may stand ("about half of our users"), or after them in Chinese. */
const SHARE_REACH = 3;
const SHARES: ReadonlySet<string> = new Set([
  'half', 'most', 'mani', 'many', 'few', 'sever', 'several', 'major', 'majority', 'minor', 'minority', 'part', 'rest', 'third', 'quarter', 'percent', 'some',
  '大部分', '大部份', '部分', '部份', '一部分', '一部份', '大多數', '多數', '少數', '一半', '大半', '多半', '過半', '有些', '有的', '少部分',
  // "只剩 IT 還在地端": the part that is left.
  '只剩', '只剩下', '剩下', '其餘',
  // "公司其他部門還在地端": the rest of the organization.
  '其他部門', '其他單位', '別的部門', '別的單位', '其他處室',
]);

/** "帳號在校內 Skype Server", "our HQ Skype pool": a place right before a server (past "的") says which server, not where anyone is. */
function describesServer(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (kindOf(item) !== 'place' || LOCATIVE.test(`${surfaceOf(item) ?? ''} `)) return false;
  const next = items[nextIndex(items, index, isPossessive)];
  return next?.kind === 'mention' && next.concept.kind === 'homed' && next.concept.value === 'onPremises' && SERVER.test(next.surface);
}
/**
 * "Online 的 Edge 在香港", "雲端那邊的 Edge 掛了", "地端的 pool 昨天重開機", "地端那台 Lync server": where a server runs,
 * said right before the server (past "的", a side word, or a measure for a machine), names the server, not anyone's homing.
 */
function namesServer(items: readonly Item[], index: number): boolean {
  // In Chinese: the statement or the word after it.
  if (kindOf(items[index]) !== 'homed' || (!HAN.test(surfaceOf(items[index]) ?? '') && !HAN.test(surfaceOf(items[index + 1]) ?? ''))) return false;
  const side = (x: Item) => x.kind === 'mention' && x.concept.kind === 'cue' && x.concept.cue === 'perspective';
  const next = items[nextIndex(items, index, (x) => (isFiller(x) && !MACHINE_MEASURES.has(surfaceOf(x) ?? '')) || side(x))];
  // "電話採雲端 Phone System": where the phone system runs is the deployment's telephony, not anyone's homing.
  if (isServerTerm(next) || MACHINE_MEASURES.has(surfaceOf(next) ?? '') || kindOf(next) === 'telephony') return true;
  // "地端的 pool 昨天重開機": a pool opening its sentence is the machine; "我還是吃地端的 pool", "帳號還在地端 pool" are homings.
  let ownerBefore = false;
  for (let k = index - 1; k >= 0 && !endsSentence(items[k]) && !ownerBefore; k--) ownerBefore = kindOf(items[k]) === 'party' || ACCOUNT_OWNER.test(surfaceOf(items[k]) ?? '');
  return next?.kind === 'word' && SERVER.test(next.key) && !ownerBefore && !ACCOUNT_OWNER.test(surfaceOf(items[index]) ?? '');
}
/** Words that say whose account it is ("我的帳號在 SfB Server 2015 的 pool 上"). */
const ACCOUNT_OWNER = /[我他她]的|[帳賬]號|account/;
/** Measure words for a machine ("那台 server"). */
const MACHINE_MEASURES: ReadonlySet<string> = new Set(['那台', '這台', '那臺', '這臺']);

/** "我們公司地端 pool 還沒全部搬完": a server said to be moving says the deployment (hybrid), not where anyone is homed. */
function poolBeingMoved(items: readonly Item[], index: number): boolean {
  return kindOf(items[index]) === 'homed' && SERVER.test(surfaceOf(items[index]) ?? '') && kindOf(items[nextIndex(items, index, isFiller)]) === 'deployment';
}
/** A server named as such ("Skype Server", "地端 pool"), not a word for someone's homing ("總部的內部部署使用者"). */
const SERVER = /server|伺服器|pool|集區|主機/;

/**
 * "總部機房有兩台 SfB Server 2015", "DMZ 有 F5", "我們有一套 Lync pool": an inventory of the organization. A place
 * right before "有" (without 在) says what is there, not where anyone is; a server after "有" (past a count) is what
 * the organization has, not where anyone is homed.
 */
function describesInventory(items: readonly Item[], index: number): boolean {
  const item = items[index];
  const kind = kindOf(item);
  if ((kind === 'place' || kind === 'datacenter') && !LOCATIVE.test(`${surfaceOf(item) ?? ''} `)) {
    const next = nextIndex(items, index, (x) => kindOf(x) === 'place' || kindOf(x) === 'datacenter');
    // "分公司有線": "有線" is wired, how someone there is connected, not a thing the place has.
    return surfaceOf(items[next]) === HAS && kindOf(items[next + 1]) !== 'party' && !WIRE.test(surfaceOf(items[next + 1]) ?? '');
  }
  if (item.kind !== 'mention' || kind !== 'homed' || !(SERVER.test(item.surface) || PRODUCT_NAME.test(item.surface))) return false;
  const before = previousIndex(items, index, (x) => kindOf(x) === 'number' || (x.kind === 'word' && x.script === 'han' && (x.unknown === true || COUNT.test(x.key))) || (isFiller(x) && surfaceOf(x) !== HAS));
  return surfaceOf(items[before]) === HAS;
}
/** Whether the organizer is named before `index` in its clause. */
function hostsClause(items: readonly Item[], index: number, people: People): boolean {
  // Chinese only: in English the place after a host is as often where the meeting is joined from.
  if (!HAN.test(surfaceOf(items[index]) ?? '')) return false;
  for (let k = clauseStart(items, index); k < index; k++) {
    if (people.organizers.has(k)) return true;
  }
  return false;
}

/** A count of machines the segmenter knows as a word ("兩臺", "一套"). */
const COUNT = /^[一二兩三四五六七八九十幾多數]+[臺台個套組部]$/;
/** Words for a machine, not a person ("伺服器在總部機房", "the pool sits in the datacenter"). */
const MACHINE_WORDS: ReadonlySet<string> = new Set(['伺服器', '主機', '設備', '機器', '閘道', 'pool', 'server', 'servers', 'sbc', 'gateway', 'f5', 'appliance', 'box', 'boxes']);
/** English verbs that say where a machine stands ("the box lives in the server room", "the server sits in the DMZ"). */
const STANDING_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'sits', 'sit', 'lives', 'live', 'stands', 'located', 'housed', 'installed', 'kept', 'racked', 'hosted']);
/** Verbs that say where a machine stands ("SfB Server 放在台北機房", "pool 架在總部"). */
const PLACING_WORDS: ReadonlySet<string> = new Set(['放在', '架在', '裝在', '擺在', '位於', '在', '放', '架設在', '建在']);

const isMachine = (item: Item | undefined): boolean =>
  (item?.kind === 'word' && MACHINE_WORDS.has(item.key)) ||
  (item?.kind === 'mention' &&
    // "the PSTN gateway", "the SBC": a phrase of the vocabulary whose last word names a machine.
    (MACHINE_WORDS.has(item.surface.slice(item.surface.lastIndexOf(' ') + 1)) ||
      (item.concept.kind === 'term' && ['edgeServer', 'frontEnd', 'conferencingServer'].includes(item.concept.term)) ||
      (item.concept.kind === 'homed' && SERVER.test(item.surface))));

/**
 * Whether a standing verb joins a machine to a place, with nothing between but fillers and, after the verb, words the
 * vocabulary does not know ("the box lives in the comms cupboard at HQ").
 */
function standsAt(items: readonly Item[], machine: number, place: number): boolean {
  let verb = false;
  for (let k = machine + 1; k < place; k++) {
    const item = items[k];
    if (STANDING_VERBS.has(surfaceOf(item) ?? '')) verb = true;
    else if (!isFiller(item) && !(verb && item.kind === 'word' && item.name !== true)) return false;
  }
  return verb;
}

/**
 * "伺服器在總部機房", "Edge 在 DMZ", "SfB Server 放在台北機房": where a machine stands is nobody's place, and a server
 * said to stand somewhere is what the organization has, not anyone's homing. A person before the place in its clause
 * keeps it theirs ("小王在伺服器旁邊").
 */
function placesMachine(items: readonly Item[], index: number): boolean {
  const kind = kindOf(items[index]);
  if (kind === 'homed') {
    if (!isMachine(items[index])) return false;
    const verb = items[index + 1];
    // "放在 臺 北 機房": a place name the vocabulary does not know may stand between.
    const where = nextIndex(items, index + 1, (x) => isFiller(x) || (x.kind === 'word' && x.script === 'han' && x.unknown === true));
    return HAN.test(surfaceOf(verb) ?? '') && PLACING_WORDS.has(surfaceOf(verb) ?? '') && ['place', 'datacenter'].includes(kindOf(items[where]) ?? '');
  }
  if (kind !== 'place' && kind !== 'datacenter') return false;
  let chinese = HAN.test(surfaceOf(items[index]) ?? '');
  for (let j = index - 1; j >= 0 && !endsClause(items[j]); j--) {
    const item = items[j];
    if (kindOf(item) === 'party' || isNameWord(item)) return false;
    // English: only the machine the clause is about, right before where it stands ("the Cloud Connector box lives in
    // our server room", "the gateway is in the comms room"); "I'm on the on-prem pool at my desk" is the speaker's desk.
    if (isMachine(item)) return chinese || standsAt(items, j, index);
    chinese ||= HAN.test(surfaceOf(item) ?? '');
  }
  return false;
}

/** "有": there is, we have. */
const HAS = '有';
/** "線" after "有": "有線" (wired), not "有線路問題" (the place has line trouble). */
const WIRE = /^線(?:網路)?$/;

/**
 * "SfB Server 2015 的 CU", "SfB Server 2019 的累積更新", "Lync 2013 的授權": a product named for a thing of its own (an
 * update, a licence) or with such a thing said right after it ("SfB Server 2015 still supported") is about the
 * product, not where anyone is homed; "SfB Server 2015 的 pool" and "還在地端 pool 的阿明" still are.
 */
function productAttribute(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || kindOf(item) !== 'homed' || !(SERVER.test(item.surface) || PRODUCT_NAME.test(item.surface))) return false;
  const of = items[index + 1];
  const thing = items[index + 2];
  // "is SfB Server 2015 still supported", "SfB Server 2015 還有支援嗎": what is said of the product right after it.
  if (kindOf(items[nextIndex(items, index, isFiller)]) === 'noise') return true;
  // "打給還在地端 pool 的阿明": a name after it is someone homed there, not a thing of the product.
  return isPossessive(of) && (kindOf(thing) === 'noise' || (thing?.kind === 'word' && !SERVER.test(thing.key) && thing.name !== true));
}

/** Words for having a meeting, not for the meeting itself ("在總部開會" is meeting at HQ). */
const MEETING_VERBS: ReadonlySet<string> = new Set(['開會', '開', '會談', 'meet']);
/** A place said with where it is ("在總部", "at the office", "從家裡"): where someone is, whatever follows. */
const LOCATIVE = /^(在|從|到|於|at |in |from |on )/;
const PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'from', 'on']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'their', 'my', 'his', 'her', 'your']);

/** "users in the Bristol office say meeting audio breaks up": a preposition before the place (past articles) makes it where someone is. */
function afterPreposition(items: readonly Item[], index: number): boolean {
  const before = previousIndex(items, index, (item) => isFiller(item) && DETERMINERS.has(surfaceOf(item) ?? ''));
  return PREPOSITIONS.has(surfaceOf(items[before]) ?? '');
}

/**
 * "參加客戶那邊的會議", "那場內部即時會議", "an internal meeting": a place right before a meeting (a noun, past "的"
 * or fillers) says whose or what meeting it is, not where anyone is; so does a company right before one.
 */
function describesMeeting(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item?.kind !== 'mention') return false;
  // "營運長召開的供應商檢討會", "a vendor review meeting": a company right before a meeting (no "的") is what it is about.
  const company = item.concept.kind === 'company' && !item.concept.hosting;
  if (!company && (item.concept.kind !== 'place' || LOCATIVE.test(item.surface) || afterPreposition(items, index))) return false;
  const next = items[company ? index + 1 : nextIndex(items, index, isFiller)];
  if (next?.kind !== 'mention' || MEETING_VERBS.has(next.surface)) return false;
  // "the supplier's meeting": a company's meeting ("'s meeting", "開的會") is theirs to host.
  return (next.concept.kind === 'callType' && next.concept.value === 'conference') || (!company && next.concept.kind === 'hostedMeeting' && !HOLDS_MEETING.test(next.surface));
}

/** "我在總公司開會議", "在分行開了一個會": holding a meeting somewhere says where one is, not whose meeting it is. */
const HOLDS_MEETING = /^(開|發)(?!的)/;


/** Words for a person that say nothing of whose person they are ("a meeting someone set up"). */
const ANYONE = new Set(['someone', 'somebody', 'anyone', 'they', 'them', '有人', '某人', '別人', '其他人', '他們', '她們']);

/** Whether the organizer at `index` is one of our own people: not anyone, not an outsider, nor an outsider's. */
function ourOwn(items: readonly Item[], index: number): boolean {
  const word = (item: Item | undefined) => (item?.kind === 'mention' ? item.head : item?.kind === 'word' ? item.key : '');
  if (ANYONE.has(surfaceOf(items[index]) ?? '') || OUTSIDERS.has(word(items[index]))) return false;
  // "客戶的 PM", "the customer's lead": whose person it is.
  for (let k = index - 1; k >= 0 && k >= index - 3 && !endsClause(items[k]); k--) if (OUTSIDERS.has(word(items[k]))) return false;
  return true;
}

/**
 * "主辦人是業務部經理", "organizer 是美國分公司的 VP": the person a word for the organizer is said to be, in its clause
 * (none when nobody is named there).
 */
function namedOrganizer(items: readonly Item[], people: People): number[] {
  for (const anchor of people.anchors.values()) {
    if (anchor.kind !== 'organizer') continue;
    const copula = nextIndex(items, anchor.index, isFiller);
    if (!isMarker(items[copula], 'copula')) continue;
    for (let k = copula + 1; k < items.length && !endsClause(items[k]); k++) if (people.anchors.get(k)?.kind === 'person') return [k];
  }
  return [];
}

export interface Parties {
  attributes: Attribute[];
  /** Someone other than the user takes part in the call: someone called, the other party named, or two people. */
  otherParty: boolean;
  /** The meeting is hosted by one of our own people ("a meeting my boss set up", "副總開的會"), homed we don't know where. */
  internalOrganizer: boolean;
  /** Homing said of a part of the organization against the rest ("finance is still on-prem, everyone else is Online"). */
  split: boolean;
}

/** A word for both that names the writer among them ("we're both", "both of us", "the two of us"). */
const BOTH_OF_US = /\b(?:we|us)\b/;

/**
 * Whether the only person named besides the writer is the one host `hosts` name: then "both of us" are the writer and
 * the host. A name nobody's anchor holds ("Tom and I are both ...") is someone else.
 */
function onlyHostBesideWriter(items: readonly Item[], people: People, hosts: readonly number[]): boolean {
  const referent = (anchor: Anchor) => people.resolve(anchor).index;
  const host = new Set(hosts.map((k) => referent(people.anchors.get(k) as Anchor)));
  const others = new Set<number>();
  for (const anchor of people.anchors.values()) {
    if (anchor.kind === 'person' && !['user', 'both', 'all'].includes(anchor.role ?? '')) others.add(referent(anchor));
  }
  for (let k = 0; k < items.length; k++) {
    let last = k;
    while (isNameWord(items[last]) && !people.anchors.has(last)) last++;
    if (last > k && !people.anchors.has(last)) return false;
    k = last;
  }
  return host.size === 1 && others.size === 1 && host.has([...others][0]);
}

/**
 * Every place, homing and company statement of the text, with the party it is about. `noPeer`: the call has no
 * other party (a meeting, a phone call, a broadcast). A statement about people named together ("me and the organizer
 * are both homed Online") is one attribute per role.
 */
export function partiesOf(items: readonly Item[], negated: ReadonlySet<number>, noPeer = false): Parties {
  const parties = new PartyReader(items);
  const { people } = parties;
  let split = false;
  const attached: { source: Item; statement: Statement; negated: boolean; anchor?: Anchor; role?: Role; strength: number }[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'mention') return;
    // The client a consultant writes for and its name are nobody in the call, and "their tenant" is its own.
    if (people.client.has(index) || (people.theirMeansClient && saidWithTheir(item))) return;
    // What the mention states comes first: most mentions state nothing, and the checks after it cost a scan each.
    const owned = ownedStatement(items, index, people);
    const adjective = adjectiveOf(item);
    const stated = owned === undefined ? (statementOf(item.concept) ?? (adjective && describes(parties, items, index) ? adjective : undefined)) : owned;
    if (!stated) return;
    // "帳號還在公司機房", "我的帳號在我們自己機房": our own server room, said of where an account is kept, is where
    // the account is homed, not a place anyone is.
    const statement: Statement = stated.kind === 'place' && stated.hosting === 'onPremises' && parties.accountsPlace(index) ? { kind: 'homed', value: 'onPremises' } : stated;
    if (describesMeeting(items, index) || namesDeployment(items, index) || describesNoun(items, index) || offersAlternative(items, index) || namesSide(items, index) || describesServer(items, index) || describesInventory(items, index) || productAttribute(items, index) || givesName(items, index) || describesFirewall(items, index) || pastProduct(items, index) || clientSoftware(items, index) || onSite(items, index) || barePremises(items, index) || placesMachine(items, index) || comparedCalls(items, index) || poolBeingMoved(items, index) || namesServer(items, index) || describesPlace(items, index)) return;
    // "總經理室開的例會": an office that hosts stands for the one who heads it, not for a place (see People).
    if (people.anchors.get(index)?.kind === 'person') return;
    if (splitsOrganization(items, index)) {
      // "some users might still be on the old pool": a split guessed is not stated.
      split ||= !isGuessed(items, index);
      // "Finance is still on the pool ... Priya from finance calls Sam": the team's homing is its member's (weakly:
      // what is said of her herself decides).
      const member = statement.kind === 'homed' ? teamMember(items, index, people) : undefined;
      if (member !== undefined) attached.push({ source: item, statement, negated: negated.has(index), anchor: member, strength: 1 });
      return;
    }
    const { anchor, role, strength, ignored } = parties.attach(index, statement);
    if (ignored || (statement.kind === 'homed' && (anchor !== undefined ? isShare(items, anchor.index) || (anchor.index < index && shareBefore(items, index)) : shareBefore(items, index)))) return;
    // "老闆在機場，叫我加入他開的會": where the host is, said in their own clause, is nobody's in the call (a host has
    // no place in it); it was the user's by default.
    if (anchor === undefined && role === undefined && statement.kind === 'place' && hostsClause(items, index, people)) return;
    // Weaker than where the person is said to be ("our site lead is at home today"): that one decides.
    const weaker = statement.kind === 'place' && affiliation(items, index) ? 2 : 0;
    // "... but mine from HQ drop": a clause opened by "mine" says the writer's.
    if (surfaceOf(items[nextIndex(items, clauseStart(items, index) - 1, isFiller)]) === 'mine') {
      attached.push({ source: item, statement, negated: negated.has(index), role: 'user', strength, anchor: undefined });
      return;
    }
    const base = { source: item, statement, negated: negated.has(index), role, strength: strength - weaker };
    const group = anchor && people.groups.get(anchor.index);
    // "Ana and Tom work at HQ. Ana is at home today": said of a pair without "both", weaker than said of one of them.
    const together = anchor !== undefined && people.saidTogether.has(anchor.index) ? { strength: base.strength - 1 } : {};
    if (group) for (const member of group) attached.push({ ...base, ...together, anchor: people.resolve(people.anchors.get(member) as Anchor) });
    else attached.push({ ...base, anchor: anchor && people.resolve(anchor) });
  });

  tieWorkplaceTitles(items, attached);

  // "Mercy was migrated to Online, and so was Peter", "Mercy is homed on-prem, Peter too": the one said to be the same
  // is what the clause before says Mercy is.
  for (const { person, start, end } of sameAsBefore(items, people)) {
    for (const entry of attached.slice()) {
      const at = items.indexOf(entry.source);
      if (at >= start && at < end && (entry.anchor === undefined || entry.anchor.kind === 'person')) attached.push({ ...entry, role: undefined, anchor: people.resolve(person) });
    }
  }
  const conference = aboutConference(items);
  const roles = parties.personRoles(attached, noPeer, conference);
  // In a meeting nobody is the other party: another company's people there host it ("客戶寄了會議邀請，他們是自己架的").
  if (conference && noPeer) {
    for (const { statement, anchor } of attached) {
      if (anchor?.kind === 'person' && isOtherCompany(statement) && roles.get(anchor.index) === 'peer') roles.set(anchor.index, 'organizer');
    }
  }
  const attributes = attached.flatMap(({ source, statement, negated: isNegated, anchor, role: ruled, strength }) => {
    const named = anchor === undefined ? undefined : anchor.kind === 'person' ? roles.get(anchor.index) : 'organizer';
    if (named === null && ruled === undefined) return [];
    // "o365-only skype", "SfB 都在雲上": homing said of the whole setup is everyone's, whatever call word is near.
    const whole = ruled !== 'organizer' && named !== 'organizer' && statement.kind === 'homed' && saidOfWholeSetup(items, items.indexOf(source));
    let role: Role = whole ? 'all' : (ruled ?? named ?? (isOtherCompany(statement) && conference ? 'organizer' : 'user'));
    if (role === 'both' && conference && noPeer && anchor !== undefined && everyoneOfUs(items, anchor.index)) role = 'all';
    // Another company's own servers only ever host a meeting; its people are otherwise the other party of a call.
    if (statement.kind === 'company' && statement.ownServers && conference) role = 'organizer';
    else if (isOtherCompany(statement) && role !== 'organizer') role = 'peer';
    const person = anchor?.kind === 'person' ? { person: anchor.index, ...((people.theirs.has(anchor.index) || people.namedOutsiders.has(anchor.index)) && { outsider: true }) } : {};
    return [{ source, statement, negated: isNegated, role, strength, ...person }];
  });
  const theirs = attributes.some((a) => a.role === 'organizer' && isOtherCompany(a.statement) && !a.negated);
  const hosts = people.organizers.size > 0 ? [...people.organizers] : namedOrganizer(items, people);
  const ours = hosts.length > 0 && hosts.every((index) => ourOwn(items, index));
  // "the meeting I booked": where the speaker is homed is where the host is homed.
  const speakerHosts = people.speakerHosts && hosts.every((index) => people.resolve(people.anchors.get(index) as Anchor).role === 'user');
  const hosted = speakerHosts ? attributes.filter((a) => a.role === 'user' && a.statement.kind === 'homed').map((a) => ({ ...a, role: 'organizer' as Role })) : [];
  // "the meeting Mr. Hughes set up ... we're both on the on-prem server": beside one host of ours and nobody else, both
  // are the writer and the host.
  const bothHost = ours && conference && noPeer && onlyHostBesideWriter(items, people, hosts);
  const ofUs = (a: Attribute) => a.person !== undefined && BOTH_OF_US.test(surfaceOf(items[a.person]) ?? '');
  // "加入經理開的會，我們都是地端帳號": everyone of ours in a meeting includes its host of ours.
  const usAll = (a: Attribute) => ours && conference && noPeer && a.role === 'all' && a.person !== undefined && everyoneOfUs(items, a.person);
  const hostToo = attributes.filter((a) => a.statement.kind === 'homed' && ((bothHost && a.role === 'both' && ofUs(a)) || usAll(a))).map((a) => ({ ...a, role: 'organizer' as Role }));
  return { attributes: [...attributes, ...hosted, ...hostToo], internalOrganizer: (ours || speakerHosts) && !theirs, otherParty: people.otherParty(), split };
}
