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
import type { Item, Mention } from './analyzer';
import { clauseStart, endsClause, namesCallOrJoining, sentenceStart, endsSentence, sentenceEnd, isColon, isFiller, isMarker, isNameWord, isPossessive, kindOf, nextIndex, placeGoneOn, previousIndex, surfaceOf } from './items';
import { saidWithTheir } from './client';
import { ownedStatement } from './ownership';
import { describesPlace } from './describedPlaces';
import { everyoneOfUs } from './everyoneOfUs';
import { myUserHomed } from './myUser';
import { ACCOUNT_WORDS, BARE_OUTSIDERS, HIS_WORDS, HOMING_VERBS, OTHERS, OUTSIDERS, PAIRING_WORDS, People, countsThings, isOwnThing, namesOutsiders } from './people';
import { homingOfThePast } from './usedTo';
import { aboutHosting, adjectiveOf, isOtherCompany, isStatement, statementOf, type Statement } from './statements';
import { homingOfTraffic, isGuessed, isHeard } from './supposed';
import { CHINESE_LOCATIVE, HAN } from './text';
import { saidOfWholeSetup } from './wholeOrganization';
import { describesNoun, affiliation, tieWorkplaceTitles, namesSide, describesMeeting, metWith, afterPreposition } from './placeWords';
import { MOVED_TO, MOVED_TO_FORM, namesDeployment, pastProduct, clientSoftware, onSite, barePremises, productAttribute } from './productMentions';
import { MAILBOX, describesFirewall, describesServer, namesServer, poolBeingMoved, describesInventory, placesMachine, machinesPlace } from './machines';
import { splitsOrganization, otherTeamsHomingZh, teamAgainstRestZh, teamMember, partMemberZh, rivalMembers, isShare, shareBefore, shareOfOurs, placedApart, IN_TEAM, isTeam } from './organizationParts';
import { sameAsBefore, SAME_AS, comparedCalls } from './likewise';
import { sentenceAsks } from './askedSides';
import { aboutConference, hostsClause, ourOwn, namedOrganizer, BOTH_OF_US, onlyHostBesideWriter } from './organizers';
import { ourMeetingSaid, ownTitledMeeting } from './ourMeetings';
import { equipmentPlace } from './equipment';
import { roomOfSite, nearSite, whereIsPublicPlace, goesOutOn, CLOUD_OWNERS, namesUnit, accountsPlace, accountOfPlace, isOwnersWord, siteRunsSetup, closedPlace, placeCalled, calledBackTo, namesNobodyAfter, trafficGoesTo } from './placeReaders';
import { joinDenied, callsAt, callsNext, personCalledAfter, callerBefore, callGoesOn } from './callsMade';
import { notCallersField, FIELD_LABELS } from './ticketFields';
import { WITH_WORDS, OR_WORDS, RELATIVE_WORDS, NOBODY, organizationAside, writerIs, placedRightAfter, isParen, isComma, managed, companyTopic, saidOfOneself, predicateBefore, offeredWay, onlyLinks, productRunner, openingSubject, relativeAbout, inRelativeClause, inClosedRelative, someonesRelation } from './clauses';
import type { Anchor } from './anchors';
import { RUNNING } from './hostingShapes';
import { headOf, relation } from './titles';
import { saidOutOfCallAfter } from './outOfCall';
import { classWords } from './wordClasses';
import { hostingAccountBefore } from './hostingAccount';
import { placesOfOffered } from './offeredCallees';
import { exceptedPeople, type Exception } from './exceptedPeople';
import { delegationOf, withDelegation } from './delegatedBookings';

export type { Statement } from './statements';

/** `all`: everyone in the organization ("all our users are homed Online" describes the deployment). */
export type Role = 'user' | 'peer' | 'organizer' | 'both' | 'all';

/** The organization's "we", as written. */
const WE: ReadonlySet<string> = new Set(['we', "we're"]);
/** Words that say two people as a pair ("both", "both of us"). */
const PAIR_WORDS: ReadonlySet<string> = new Set(['both', 'both of us', 'the two of us', 'we both']);

export interface Attribute {
  /** The item the statement was read from. */
  source: Item;
  /** The person it is said of (their first anchor, after following who refers to whom), when one is named. */
  person?: number;
  /** Said of another company's people ("they" after another company is named): where they are is their network. */
  outsider?: boolean;
  /** Said of the meeting by the words that host it ("the meeting is hosted on-prem"), not of anyone named. */
  ofMeeting?: boolean;
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

/** Words that join two people ("我跟同事", "阿明、Kevin"): a place after them is shared by both. */
const JOINING: ReadonlySet<string> = new Set([...PAIRING_WORDS, ...WITH_WORDS, '、', '及', '以及', 'and']);
/** "from the office to home": where a call comes from and where it goes. */
/** One's own servers or room, said with no one else's word before them ("自己機房", "自家伺服器"; not "他們自己機房"). */
const OWN_SERVERS = /^(?:自己|自家)/;
/** A floor said after a place: "8 樓", "12F", "B1", "3 層". */
const FLOOR_WORDS = /^(?:[a-z]?\d+[a-z]?|樓|層)$/;
const ORIGIN_WORDS: ReadonlySet<string> = new Set(['from', '從']);
/** Words a field's label may have after its person word ("Attendee reporting:", "User affected:"). */
const LABEL_WORDS = 2;
const DESTINATION_WORDS: ReadonlySet<string> = new Set(['to', '到']);
/** Verbs that join a device to a network, as keys: "wired to the corp LAN" is where someone is, not where a call goes. */
const JOINED_TO: ReadonlySet<string> = new Set(['wire', 'attach']);
/** "回" before "到": going back somewhere ("回到公司"), not a call going there. */
const BACK = '回';
/** Where traffic goes ("回到地端機房", "goes back to the datacenter"): a destination, not where a person is. */
/** Verbs of reaching, as keys: "does our call touch the cloud?", "hit the cloud", "reach the datacenter" ask where traffic goes. */
const REACHING: ReadonlySet<string> = new Set(['touch', 'hit', 'reach', 'enter']);
const TRAFFIC_DESTINATIONS: ReadonlySet<string> = new Set(['回到', '繞回', '繞回到', '送回', '傳回', 'back to', 'goes to', 'go to', 'sent to', 'routed to']);

/** Negations that alone say someone is not there ("Gina 不在"). */
const ABSENT: ReadonlySet<string> = new Set(['不在', '沒在']);

/** Whether a statement can be about an anchor: a meeting or its organizer has no place, only where it is hosted. */
function fits(statement: Statement, anchor: Anchor): boolean {
  return anchor.kind === 'person' || aboutHosting(statement);
}

const isHosting = (item: Item | undefined): boolean =>
  (isMarker(item, 'hosted') && !HOMING_VERBS.has(surfaceOf(item) ?? '')) || kindOf(item) === 'hostedMeeting';

/**
 * How many plain words saying which place it is may be passed over to the word that governs it ("from the yard office",
 * "calling the venue's box office landline").
 */
const MODIFIER_WORDS = 2;

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

/** Whether a word for living somewhere ("live", "住") comes right before `index`, past fillers ("live in", "住在"). */
function livedIn(items: readonly Item[], index: number): boolean {
  return classWords(items, 'dwelling').has(previousIndex(items, index, isFiller));
}

/**
 * "門市跟總部同一個 WAN", "the branch and HQ are on the same network", "on the same WAN as HQ": a shared place said of
 * two sites (a site joined to it right before, or after "as") says how the sites are linked, not that both parties of
 * the call share it.
 */
function sharedBySites(items: readonly Item[], index: number): boolean {
  const skipped = (item: Item): boolean => isFiller(item) || isMarker(item, 'copula');
  const before = previousIndex(items, index, skipped);
  const after = nextIndex(items, index, isFiller);
  const isSite = (k: number): boolean => kindOf(items[k]) === 'place';
  const joinedSite = isSite(before) && JOINING.has(surfaceOf(items[previousIndex(items, before, isFiller)]) ?? '');
  return joinedSite || (surfaceOf(items[after]) === 'as' && isSite(nextIndex(items, after, isFiller)));
}

class PartyReader {
  readonly people: People;
  /** Whether a call is described ("to <place>" is then the other party's place). */
  private readonly call: boolean;

  /** `noPeer`: the call named has no other party (a phone number dialled, a meeting, a broadcast). */
  constructor(private readonly items: readonly Item[], private readonly calledMeetings: ReadonlySet<number>, private readonly noPeer = false) {
    this.people = new People(items, calledMeetings);
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
  /** Whether the item at `index` opens a line labelled by the meeting's host ("王經理：總部", "Wang (host): HQ"). */
  private hostsLine(index: number): boolean {
    const colon = this.items[previousIndex(this.items, index, isFiller)];
    if (colon?.kind !== 'break' || colon.colon !== true || colon.strong) return false;
    return this.hosts(previousIndex(this.items, previousIndex(this.items, index, isFiller), isFiller));
  }

  private hosts(j: number): boolean {
    const anchor = this.anchors.get(j);
    if (anchor === undefined) return false;
    return this.people.organizers.has(HAN.test(surfaceOf(this.items[j]) ?? '') ? this.people.resolve(anchor).index : j);
  }

  /**
   * The host whose clause the place at `index` is all of, as its subject ("My manager is at HQ today.",
   * "財務長在辦公室。"); none when the clause goes on to what someone does there ("同仁於總行會議室加入…": may be the
   * writer's).
   */
  private hostAsSubject(index: number): Anchor | undefined {
    const k = previousIndex(this.items, index, (x) => isFiller(x) || isMarker(x, 'copula'));
    const end = this.items[nextIndex(this.items, index, isFiller)];
    const ends = end === undefined || (end.kind === 'break' && end.paren === undefined);
    const anchor = this.anchors.get(k);
    return ends && anchor?.kind === 'person' && this.hosts(k) && nextIndex(this.items, clauseStart(this.items, k) - 1, isFiller) === k ? anchor : undefined;
  }

  /** The party a statement is about, and how sure that is; nobody's when that is a pronoun that could be two people. */
  attach(index: number, statement: Statement): Attachment {
    const attachment = this.attachTo(index, statement);
    if (attachment.anchor === undefined || !this.people.unresolved.has(attachment.anchor.index)) return attachment;
    // "... the call the director scheduled. She'll be at the airport": unclear between the host and one other, a
    // place is the other's (a host has no place in the call).
    const guest = statement.kind === 'place' ? this.people.placedBesideHost.get(attachment.anchor.index) : undefined;
    const anchor = guest === undefined ? undefined : this.people.anchors.get(guest);
    return anchor === undefined ? { strength: 0, ignored: true } : { ...attachment, anchor };
  }

  private attachTo(index: number, statement: Statement): Attachment {
    const item = this.items[index];
    const { ones } = this.people;
    if (this.people.organizerScope.has(index)) return { role: 'organizer', strength: 4 };
    // "以共用帳號 meeting-room01 召集，該帳號駐留於內部部署": the hosting account's homing is the meeting's.
    if (statement.kind === 'homed' && hostingAccountBefore(this.items, index)) return { role: 'organizer', strength: 3 };
    // "我們是供應商", "我們公司是乙方", "我是乙方的工程師": a company the writer says they are is our side, nobody called.
    if (statement.kind === 'company' && writerIs(this.items, index)) return { strength: 0, ignored: true };
    // "擬請廠商說明", "惠請供應商協助確認": the company asked to explain is whom the letter is for, nobody in the call.
    // "the vendor said calls from home ...": a company that only passes something on is nobody in the call.
    if (statement.kind === 'company' && (this.people.reporters.has(index) || ADDRESSING.has(surfaceOf(this.items[previousIndex(this.items, index, isFiller)]) ?? ''))) {
      return { strength: 0, ignored: true };
    }
    // "call Kofi or Lena, both at home": the place of two offered callees is the other party's whichever is called,
    // and nobody's one (slots.ts reads it as the other party's).
    if (placesOfOffered(this.items).has(index)) return { strength: 0, ignored: true };
    // "we live in the same building", "他跟我住同一棟": a shared place where people live is no room of ours. One two
    // sites share says no more than that the writer's side is on our network, weakly (the other party may be at one).
    if (kindOf(item) === 'sharedPlace') {
      if (this.sharedByOthers(index) || livedIn(this.items, index)) return { strength: 0, ignored: true };
      if (sharedBySites(this.items, index)) return { role: 'user', strength: 1 };
      const alone = this.oneOtherAlone(index);
      if (alone !== undefined) return { anchor: alone, strength: 3 };
      return { role: saidOfOneself(this.items, index) || this.pairedBesideCall(index) ? 'user' : 'both', strength: 3 };
    }
    if (statement.kind === 'place' && this.pairedCallingEachOther(index)) return { role: 'both', strength: 3 };
    // "the library at school", "the HQ canteen": a public place's word for a room of a site; "next to our office".
    if (statement.kind === 'place' && (roomOfSite(this.items, index) || nearSite(this.items, index) || whereIsPublicPlace(this.items, index))) return { strength: 0, ignored: true };
    // "一位位於線上、一位位於內部部署的使用者": a statement right after "one" is about that one.
    let one = index - 1;
    while (one >= 0 && isFiller(this.items[one]) && !ones.includes(one)) one--;
    if (ones.includes(one) && this.fitting(statement, one)) return { anchor: this.anchors.get(one), strength: 3 };
    const target = this.modified(index);
    const adjacent = this.fitting(statement, target);
    // "召集人在國外", "the organizer is at home": where the meeting's organizer is, said right after the word for them,
    // is nobody's place in the call ("we host in-house" is a verb, after who hosts).
    const organizerWord = previousIndex(this.items, index, (x) => isFiller(x) || isMarker(x, 'copula'));
    if (statement.kind === 'place' && this.anchors.get(organizerWord)?.kind === 'organizer' && kindOf(this.items[organizerWord - 1]) !== 'party') return { strength: 0, ignored: true };
    // "參加美國總部同事開的會": where the host is, said right before them, is nobody's place in the call.
    if (statement.kind === 'place' && statement.hosting === undefined && this.anchors.get(target)?.kind === 'person' && this.hosts(target)) {
      return this.askedHost(target) ? { anchor: this.anchors.get(target), strength: 3 } : { strength: 0, ignored: true };
    }
    if (adjacent && !(adjacent.kind === 'person' && predicateBefore(this.items, index, target))) return { anchor: adjacent, strength: 3 };
    // "Contoso runs Skype Online", "Priya (runs SfB Online)": the product someone runs is theirs, not a meeting's;
    // "we run Skype Online" and "a host, which runs ..." are left to the rules below.
    const runner = productRunner(this.items, this.people, index);
    if (runner !== undefined) return runner === NOBODY ? { strength: 0, ignored: true } : { anchor: runner, strength: 3 };
    // "Fabrikam, which runs its own Office 365 tenant": a company running a tenant of its own hosts no meeting by it.
    // Read only when a company or a hosting statement needs it.
    const hostWordBefore = () => this.items[previousIndex(this.items, this.people.beforeAside(index), isFiller)];
    const runsTenant = statement.kind === 'company' && !statement.ownServers && RUNNING.has(surfaceOf(hostWordBefore()) ?? '');
    if (aboutHosting(statement) && !runsTenant) {
      const hostedNext = isHosting(this.items[nextIndex(this.items, this.people.afterAside(index), isFiller)]);
      const hostedBefore = isHosting(hostWordBefore());
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
    if (statement.kind === 'place' && managed(this.items, index)) return { strength: 0, ignored: true };
    const aside = this.asideOwner(index, statement);
    if (aside) return aside;
    if ((statement.kind === 'place' || statement.kind === 'homed') && notCallersField(this.items, index, statement)) return { strength: 0, ignored: true };
    // "帳號在院內地端", "帳號均位於院內地端伺服器", "帳號在公司，人在家": where an account is kept is nobody's place,
    // nor is a site the organization's set-up is said of ("總部是 Skype Online", "所裡是 Cloud Connector").
    if (statement.kind === 'place' && (accountsPlace(this.items, index) || siteRunsSetup(this.items, index))) return { strength: 0, ignored: true };
    // "his mailbox is in the on-prem datacenter", "homed on the on-prem pool in the Amsterdam DC", "the office was
    // closed", "the corp wifi is down": where a machine is kept, or a place said to be shut, is nobody's place; nor is
    // equipment or where work on it was done ("we replaced the hotel wifi access points at the warehouse").
    if (statement.kind === 'place' && (machinesPlace(this.items, index) || closedPlace(this.items, index) || equipmentPlace(this.items, index))) return { strength: 0, ignored: true };
    // "her mailbox is in the on-prem datacenter": where a mailbox is homed is Exchange's, not where she is homed.
    if (statement.kind === 'homed' && machinesPlace(this.items, index, MAILBOX)) return { strength: 0, ignored: true };
    // "User location: Paris office, both", "at HQ (both)": "both" closing the place's clause says it of both parties.
    if (statement.kind === 'place' && statement.value !== 'federated' && bothClosing(this.items, index)) return { role: 'both', strength: 2 };
    // "Both huts are on our WAN", "both PCs on the staff LAN": where both of the pair's things are, both parties are.
    if (statement.kind === 'place' && statement.value !== 'federated' && this.placeOfBothThings(index)) return { role: 'both', strength: 2 };
    // "calling the venue's box office landline", "dials out to a funeral home's landline": a place that only says
    // which number is dialled is nobody's in the call (a phone number's end has no place), least of all the caller's.
    if (statement.kind === 'place' && this.namesNumberDialled(index)) return { strength: 0, ignored: true };
    const field = this.fieldOwner(index, statement);
    if (field) return field;
    // "供應商是 Online 帳號", "廠商是地端帳號": said right after another company is named, it is theirs, nobody's of the call.
    if (statement.kind !== 'company' && companyTopic(this.items, previousIndex(this.items, index, (x) => isFiller(x) || isMarker(x, 'copula')), index)) {
      return { strength: 0, ignored: true };
    }
    // "from her desk at HQ", "at his desk in the Lagos office": a place that goes on from the place right before it
    // (only fillers between) is the same person's.
    const previous = previousIndex(this.items, index, isFiller);
    const placeBefore = this.items[previous];
    // "when I call the office from home", "I call Jo at home from the office": where the call comes from is the
    // caller's, not the place called nor that of the one called.
    const fromCalled = isOrigin(item) && (placeCalled(this.items, previous) || this.people.callees.has(previousIndex(this.items, previous, isFiller)));
    // "both at home on the VPN": what goes on from a place both share is both parties'.
    if (statement.kind === 'place' && statement.value !== 'federated' && kindOf(placeBefore) === 'sharedPlace') return { role: this.pairedBesideCall(previous) ? 'user' : 'both', strength: 3 };
    if (statement.kind === 'place' && statement.value !== 'federated' && placeBefore?.kind === 'mention' && placeBefore.concept.kind === 'place' && placeBefore.concept.value !== 'federated' && !fromCalled) {
      const same = this.attachTo(previous, statementOf(placeBefore.concept) as Statement);
      if (same.anchor !== undefined || same.role !== undefined) return same;
    }
    // "My manager is at HQ today. I'm joining the review she hosts", "處長在總部。我要參加處長主持的會議": a place
    // said of the host, the subject of a clause of their own, is the host's, and a host has no place in the call (it
    // was the writer's by default).
    const host = statement.kind === 'place' && statement.value !== 'federated' && statement.hosting === undefined && !isOrigin(item) && !ORIGIN_WORDS.has(surfaceOf(placeBefore) ?? '') ? this.hostAsSubject(index) : undefined;
    if (host) return { anchor: host, strength: 2 };
    const continued = this.continuedPlace(index, statement);
    if (continued) return continued;
    const before = surfaceOf(this.items[previousIndex(this.items, index, isFiller)]) ?? '';
    // "does it go out on the internet?", "will the call go over the internet", "does the call go out through the
    // Microsoft cloud?": where a call goes, asked, is nobody's place nor anyone's homing.
    const goneOn = (statement.kind === 'place' && statement.value === 'internet') || (statement.kind === 'homed' && statement.value === 'online');
    if (goneOn && goesOutOn(this.items, index)) return { strength: 0, ignored: true };
    // "媒體會回到地端機房", "goes back to our datacenter": where traffic goes is nobody's place.
    // "does the call ever touch the Microsoft cloud?": past the cloud's owner, to the verb.
    const reaches = REACHING.has(surfaceOf(this.items[previousIndex(this.items, index, (x) => isFiller(x) || CLOUD_OWNERS.has(surfaceOf(x) ?? ''))]) ?? '');
    if (TRAFFIC_DESTINATIONS.has(before) || REACHING.has(before) || reaches) return { strength: 0, ignored: true };
    // "媒體會回到總部機房嗎", "訊號會不會經過地端機房", "媒體會不會繞去微軟機房": where traffic goes, said after the
    // traffic with a verb of going, is part of the question; "院區資訊組": a place naming a team is nobody's place.
    if ((statement.kind === 'place' || statement.kind === 'homed') && (trafficGoesTo(this.items, this.people, index) || namesUnit(this.items, index))) return { strength: 0, ignored: true };
    // "media 會走 ER 還是直接出外網", "signaling 會不會上雲": a way a question offers for the traffic.
    if ((statement.kind === 'place' || statement.kind === 'homed') && offeredWay(this.items, index)) return { strength: 0, ignored: true };
    // "打到總部", "calls to HQ": where a call goes is the other party's; "我回到公司座位上" is where someone went back to.
    const beforeThat = surfaceOf(this.items[previousIndex(this.items, index, isFiller) - 1]) ?? '';
    const back = beforeThat === BACK;
    const joined = statement.kind === 'place' && statement.connection === true && JOINED_TO.has(beforeThat);
    if (statement.kind === 'place' && this.call && DESTINATION_WORDS.has(before) && !back && !joined) return { role: 'peer', strength: 2 };
    if (statement.kind === 'place' && (placeCalled(this.items, index) || calledBackTo(this.items, this.people, index))) return { role: 'peer', strength: 2 };
    // "地端帳號跟 Online 帳號互打": what is said between "with" and the call is the other party's.
    if (WITH_WORDS.has(before) && callsNext(this.items, this.people, index)) return { role: 'peer', strength: 2 };
    // "與同棟 5 樓另一位同仁一對一": a place between "with" and the person called with is that person's.
    if (statement.kind === 'place' && WITH_WORDS.has(before) && personCalledAfter(this.items, this.people, index)) return { role: 'peer', strength: 2 };
    if (isOrigin(item) || ORIGIN_WORDS.has(before) || this.originPastModifiers(index)) {
      const subject = this.subjectOf(index, statement);
      // "calling a coworker one-to-one from the office", "Keanu called Leilani from the Honolulu office": where a
      // call comes from is the caller's, never the one called (an unnamed caller is the writer).
      if (subject && statement.kind === 'place' && this.people.callees.has(subject.index) && callGoesOn(this.items, subject.index, index)) {
        const caller = callerBefore(this.items, this.people, subject.index);
        return caller === undefined ? { role: 'user', strength: 2 } : { anchor: caller, strength: 2 };
      }
      if (subject) return { anchor: subject, strength: 2 };
      // "joining a conf the fleet mgr set up (she's Online too) from the depot": nobody but the one an aside is about
      // is named in the sentence; who joins or calls is the writer, and so is where they do it from.
      if (statement.kind === 'place' && this.writerActsBefore(index)) return { role: 'user', strength: 2 };
    }
    // "- 王經理：總部", a list of who is where: the line of the meeting's host says nobody's place in the call.
    if (statement.kind === 'place' && this.hostsLine(index)) return { strength: 0, ignored: true };
    // "館長的帳號在我們機房": the owner word of the servers an account is kept on is not whose account it is.
    const account = statement.kind === 'homed' ? accountOfPlace(this.items, index) : -1;
    for (let k = index - 1; k >= 0 && !endsSentence(this.items[k]); k--) {
      if (account >= 0 && k > account && isOwnersWord(this.items[k])) continue;
      // "廠商是 Online 帳號，在他們辦公室": a clause without a subject goes on about another company said of before it.
      if (statement.kind !== 'company' && companyTopic(this.items, k, index)) return { strength: 0, ignored: true };
      // "both Kavitha and Mr. Lee are homed Online": after a pair named after "both", both of them.
      const pair = this.people.pairEnds.get(k);
      const earlier = pair !== undefined && clauseStart(this.items, k) === clauseStart(this.items, index) ? this.anchors.get(pair) : this.fitting(statement, k);
      // "主管在飯店開的會，我要加入": where the host is, said between the host and the hosting, is nobody's of the call.
      // Unless the host is the one asked about ("小美在公司主持會議…她的媒體走哪？"): then it is where she joins from.
      if (!earlier && this.hostsClause(statement, k, index)) return this.askedHost(k) ? { anchor: this.anchors.get(k), strength: 2 } : { strength: 0, ignored: true };
      if (!earlier || inRelativeClause(this.items, this.people, earlier) || inClosedRelative(this.items, k, index) || (statement.kind === 'place' && organizationAside(this.items, earlier, index))) continue;
      if (purposeHost(this.items, k)) continue;
      if (earlier.kind !== 'meeting' || onlyLinks(this.items, k, index)) return { anchor: earlier, strength: 2 };
    }
    // "Working from home, Tanaka-san phones ...": a place opening its sentence, before a comma, is the subject's after
    // it; "in a starbucks, teammate at his desk in our Lisbon office": not when a place of their own follows them, then
    // it is the writer's, who says where they are with no subject.
    const subject = statement.kind === 'place' ? openingSubject(this.items, this.people, index) : undefined;
    if (subject) return placedRightAfter(this.items, subject.index) ? { role: 'user', strength: 2 } : { anchor: subject, strength: 2 };
    // The next person of the clause, not someone called or another company's people: "在公司跟供應商視訊" and
    // "地端帳號、人在辦公室，跟合作廠商 1:1" leave out who calls (the speaker); they do not describe the supplier.
    for (let k = index + 1; k < this.items.length && !this.endsDescription(this.items[k]); k++) {
      const after = this.fitting(statement, k);
      if (after && after.kind !== 'meeting' && !this.people.callees.has(k) && !this.people.theirs.has(k)) return { anchor: after, strength: 1 };
    }
    return { strength: 0 };
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
    if (pause !== undefined && (!network || (endsSentence(pause) && !namesNobodyAfter(this.items, this.people, index)))) return undefined;
    const same = this.attachTo(k, statementOf((this.items[k] as Mention).concept) as Statement);
    // A meeting's host has no place in it: what goes on from one said of them is left to the other rules, and so is
    // a network said after a pause that follows the place of someone called ("calling Sam at HQ, on my hotspot").
    if (pause !== undefined && (same.role === 'peer' || (same.anchor !== undefined && this.people.callees.has(same.anchor.index)))) return undefined;
    return (same.anchor !== undefined && same.anchor.kind === 'person') || (same.role !== undefined && same.role !== 'organizer') ? same : undefined;
  }

  /**
   * "我跟 PM 都在家沒連 VPN；老闆在公司 ... 我打給老闆": a place shared by the writer and someone joined to them,
   * when someone else is called, is the writer's (and their companion's), not the other party's.
   */
  private pairedBesideCall(index: number): boolean {
    const companion = previousIndex(this.items, index, isFiller);
    const anchor = this.anchors.get(companion);
    if (anchor?.kind !== 'person' || anchor.role === 'user') return false;
    const joiner = previousIndex(this.items, companion, isFiller);
    if (!PAIRING_WORDS.has(surfaceOf(this.items[joiner]) ?? '') || this.anchors.get(previousIndex(this.items, joiner, isFiller))?.role !== 'user') return false;
    // The writer calls someone else by name or title: not a pronoun (who may be the companion), not the companion's word.
    const { people } = this;
    const companionIndex = people.resolve(anchor).index;
    const someoneElse = (k: number) => {
      const callee = this.anchors.get(k);
      if (callee?.kind !== 'person' || (callee.role !== 'generic' && callee.role !== 'peer')) return false;
      if (callerBefore(this.items, people, k)?.role !== 'user') return false;
      return people.resolve(callee).index !== companionIndex && surfaceOf(this.items[k]) !== surfaceOf(this.items[companion]);
    };
    return [...people.callees].some(someoneElse);
  }

  /**
   * The first of a pair before 跟/和/與: the writer, someone else of ours ("小林和小王"), or a colleague said by their
   * homing alone ("地端跟 Online 同事": an on-prem one and an Online one).
   */
  private firstOfPair(k: number, companion: number): boolean {
    if (kindOf(this.items[k]) === 'homed') return true;
    const first = this.anchors.get(k);
    return first?.kind === 'person' && !this.people.organizers.has(k) && this.people.resolve(first).index !== companion && first.role !== 'all' && first.role !== 'both';
  }

  /**
   * "我跟阿凱在辦公室互打", "我和小林在公司互相 call", "地端跟 Online 同事在辦公室互打", "領班跟倉管在倉庫一對一通話": a
   * place after two people joined as a pair, right before they call each other, is where both are (the two are the
   * sentence's subject; "我跟在家的阿凱互打" is not this).
   */
  private pairedCallingEachOther(index: number): boolean {
    const companion = previousIndex(this.items, index, isFiller);
    const anchor = this.anchors.get(companion);
    if (anchor?.kind !== 'person' || anchor.role === 'user' || this.people.organizers.has(companion)) return false;
    // Past the companion's title or unit ("業務部小林", "業務部的小林").
    const who = this.people.resolve(anchor).index;
    // Past the companion's homing too ("跟 Online 同事").
    const sameOne = (x: Item, k: number) => isFiller(x) || kindOf(x) === 'homed' || (this.anchors.get(k)?.kind === 'person' && this.people.resolve(this.anchors.get(k) as Anchor).index === who);
    let joiner = companion - 1;
    while (joiner >= 0 && sameOne(this.items[joiner], joiner)) joiner--;
    if (!PAIRING_WORDS.has(surfaceOf(this.items[joiner]) ?? '') || !this.firstOfPair(previousIndex(this.items, joiner, isFiller), who)) return false;
    // The call word itself ("互打"), or "互" before one ("互 call"), or a word for a call between two ("一對一通話",
    // "點對點通話": it takes no one called, so the pair holds it; a bare "通話" may be with the second alone), past
    // what only says more of the place ("在總站辦公室（公司網路）一對一通話").
    const call = this.pastPlace(index);
    const calls = (k: number) => kindOf(this.items[k]) === 'call' || kindOf(this.items[k]) === 'callType';
    const item = this.items[call];
    const together = item?.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'peerToPeer';
    return together || (RECIPROCAL.test(surfaceOf(item) ?? '') && (calls(call) || calls(call + 1)));
  }

  /**
   * The first item after the place at `index` past what only says more of it: fillers, more places ("在倉庫辦公室"),
   * an aside of places ("（公司網路）").
   */
  private pastPlace(index: number): number {
    const placeOrFiller = (k: number) => isFiller(this.items[k]) || kindOf(this.items[k]) === 'place';
    let k = index + 1;
    for (;;) {
      while (k < this.items.length && placeOrFiller(k)) k++;
      const open = this.items[k];
      if (open?.kind !== 'break' || open.paren !== 'open') return k;
      let close = k + 1;
      while (close < this.items.length && placeOrFiller(close)) close++;
      const closing = this.items[close];
      if (closing?.kind !== 'break' || closing.paren !== 'close' || close === k + 1) return k;
      k = close + 1;
    }
  }

  /**
   * "我同事今天都在辦公室", "同組的李小姐整天都在辦公室": 都 after one person alone (not the writer, not a pair or a
   * list) says all of them or always, not both parties of the call: the place is theirs alone, and the writer, who
   * is no part of the clause, is not said to be there. Only in a call with no other party (a number dialled, a
   * meeting). Someone the call is about (the one asked for, called, calling or hosting) keeps the old reading: 都 may
   * then join them to the writer.
   */
  private oneOtherAlone(index: number): Anchor | undefined {
    // In a call between two people, one said alone may be the other party, whom the place joins to the writer.
    if (!this.noPeer || !/^(?:都|也都|全都)/.test(surfaceOf(this.items[index]) ?? '')) return undefined;
    // The clause before it holds one person and, besides, only fillers, that person's own words ("同組的李小姐"),
    // the writer saying whose colleague they are right before them ("我同事"), and after them words of time or manner
    // ("整天", "平常"): no second person, no word joining two.
    let alone: Anchor | undefined;
    // From the last break (a boundary such as "跟" ends a clause for other readers, but here it joins two people).
    let start = index;
    while (start > 0 && this.items[start - 1].kind !== 'break') start--;
    for (let j = start; j < index; j++) {
      const item = this.items[j];
      const anchor = this.anchors.get(j);
      if (anchor?.kind === 'person') {
        if (anchor.role === 'user' || anchor.role === 'both' || anchor.role === 'all') return undefined;
        if (alone !== undefined && this.people.resolve(anchor).index !== this.people.resolve(alone).index) return undefined;
        alone ??= anchor;
      } else if (surfaceOf(item) === '我' && this.anchors.get(j + 1)?.kind === 'person') continue;
      else if (anchor !== undefined || kindOf(item) === 'boundary' || JOINING.has(surfaceOf(item) ?? '') || !(isFiller(item) || isNameWord(item) || (alone !== undefined && item.kind === 'word'))) return undefined;
    }
    return alone !== undefined && !this.inTheCall(alone) ? alone : undefined;
  }

  /** Whether the person is someone the call is about: the one asked for, one called, their caller, or a host. */
  private inTheCall(anchor: Anchor): boolean {
    const { people } = this;
    const who = people.resolve(anchor).index;
    const same = (k: number | undefined) => k !== undefined && this.anchors.get(k) !== undefined && people.resolve(this.anchors.get(k) as Anchor).index === who;
    if (same(people.perspective) || [...people.organizers].some(same)) return true;
    return [...people.callees].some((k) => same(k) || same(callerBefore(this.items, people, k)?.index));
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
    // One person before it shares it with the other party ("calls a colleague in the same office"); the writer asked
    // about, named again ("我跟 PM 都在家 ... 我這端"), is among those who share it.
    const writerAsked = this.anchors.get(perspective)?.role === 'user' && named.some((k) => this.anchors.get(k)?.role === 'user');
    return field && named.length >= 2 && !named.includes(perspective) && !writerAsked;
  }

  /** Whether the person at `k`, who hosts, is the one whose own traffic the question asks about. */
  private askedHost(k: number): boolean {
    const { perspective } = this.people;
    const anchor = this.anchors.get(k);
    return perspective !== undefined && anchor !== undefined && this.people.resolve(anchor).index === perspective;
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
    return (hostingNext && clauseStart(this.items, k) === clauseStart(this.items, index)) || relativeAbout(this.items, this.people, k, index);
  }

  /**
   * "Both huts (Alpha and Bravo) are on our WAN", "both PCs on the staff LAN": a place said right after "both" and the
   * one word for things it counts (countsThings: no person, so the place fell to whoever was named next) is where the
   * pair's things are, the room or machine each of them calls from, so where both parties are. Machines kept
   * somewhere ("both pools are in the DC") were read before this as nobody's place.
   */
  private placeOfBothThings(index: number): boolean {
    const things = previousIndex(this.items, this.people.beforeAside(previousIndex(this.items, index, (x) => isFiller(x) || isMarker(x, 'copula')) + 1), isFiller);
    return this.items[things]?.kind === 'word' && countsThings(this.items, this.items[things - 1], things - 1);
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
    // "Northwind 那邊（同盟組織）的窗口", "Contoso's side (federated)": past a side word, an aside naming another
    // organization is about whose side it is (what else it says may be of anyone there: "（用手機）").
    const side = (item: Item) => isFiller(item) || (isOtherCompany(statement) && item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'perspective');
    const j = this.anchors.has(open - 1) && isFiller(this.items[open - 1]) ? open - 1 : this.people.nameStart(previousIndex(this.items, open, side));
    const before = this.items[j];
    const anchor = this.fitting(statement, j) ?? this.hostOfIt(statement, j) ?? this.townOfPerson(statement, j);
    if (anchor) return { anchor, strength: 2 };
    if (isStatement(before) || (before?.kind === 'mention' && adjectiveOf(before))) return this.attachTo(j, statement);
    // After a word for something ("Ward 4 of the hospital (our network)", "someone from Woodgrove Bank (federated)"):
    // whoever is there, when one person is named before it; with more, it could be anyone's.
    // "the officer at booth 6 (on the customs network)": a number after a word is part of that word's name.
    const thing = kindOf(before) === 'number' && this.items[j - 1]?.kind === 'word' ? this.items[j - 1] : before;
    // "on his phone (4G)", "her laptop (on the VPN)": how a device connects is its owner's, found as any place is.
    if (DEVICE.test(surfaceOf(thing) ?? '') && (statement.kind === 'place' && (statement.connection === true || statement.decisive === true))) return undefined;
    // "from a hotel room in Lisbon (over the VPN)": a network after a place's own words goes on about the place.
    if (thing?.kind === 'word' && (isOtherCompany(statement) || this.peopleBefore(j) <= 1 || placeGoneOn(this.items, index, (k) => this.anchors.has(k)) >= 0)) return undefined;
    return { strength: 0, ignored: true };
  }

  /**
   * "calls Callum in Inverness (also on our WAN)": a town or site named right after a person and "in"/"at"/"from" is
   * where that person is (the vocabulary does not know the name, so it is no place of its own), and an aside after
   * it goes on about them; read as the aside of a thing, it was nobody's and the other party's place was asked back.
   */
  private townOfPerson(statement: Statement, j: number): Anchor | undefined {
    if (!isNameWord(this.items[j]) || this.anchors.has(j) || !afterPreposition(this.items, j)) return undefined;
    const person = this.fitting(statement, previousIndex(this.items, j, isFiller));
    return person?.kind === 'person' ? person : undefined;
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
      const doing = (_: Item, k: number) => this.calledMeetings.has(k);
      // "在我們 Lync 2013 伺服器上的阿嬌": a word the phrase left out, and fillers after it ("上"), up to "的"; "出差住在東京飯店的同事":
      // and another place of the same description, unless a word for whom something is done stands before it ("在公司給在家的同事").
      const towards = (k: number) => this.items.slice(j, k).some((i) => TOWARDS.has(surfaceOf(i) ?? ''));
      const of = nextIndex(this.items, j - 1, (i, k) => (i.kind === 'word' && (i.script === 'han' || FLOOR_WORDS.test(i.key))) || doing(i, k) || (k > j && ((isFiller(i) && !isPossessive(i)) || (kindOf(i) === 'place' && !towards(k)))));
      if (of > j && surfaceOf(this.items[of]) === '的' && this.anchors.has(of + 1)) return of + 1;
      // "總部 7F 業務部王小姐": a floor, then the person.
      const floor = nextIndex(this.items, j - 1, (i) => i.kind === 'word' && FLOOR_WORDS.test(i.key));
      if (floor > j && this.anchors.has(floor)) return floor;
      const item = this.items[j];
      // Out of the aside the statement is in ("出差中（住飯店、用飯店 Wi-Fi）的業務經理"), and past enumeration commas
      // between descriptions ("在家、on-prem 帳號的 IT 主管"), not before a person ("他在家、我在辦公室").
      // An aside right after a person ("理專（地端帳號）在客戶家") is that person's (see asideOwner).
      if (item?.kind === 'break' && item.paren === 'close' && !this.anchors.has(previousIndex(this.items, this.people.beforeAside(j + 1), isFiller))) continue;
      // "打給在公司辦公室（公司網路）加班的助理": an aside right after the description's last statement notes that
      // place; the description goes on past it (the first of two place words stopped at the bracket and was left
      // the writer's, against where the writer said they were).
      if (item?.kind === 'break' && item.paren === 'open' && isStatement(this.items[j - 1]) && this.people.afterAside(j - 1) > j) {
        j--;
        continue;
      }
      // "在總部 8 樓、有接內網的助理": a verb of the description may come before its statement; a person may not
      // ("阿明 on-prem、小芳 Online": 小芳's homing is hers, and 阿明's is his).
      const described = (i: Item, k: number) => isFiller(i) || (i.kind === 'word' && i.script === 'han' && !this.anchors.has(k));
      if (item?.kind === 'break' && item.list && isStatement(this.items[nextIndex(this.items, j, described)])) continue;
      return j;
    }
  }

  /**
   * "Tenant: SfB Online / User: Pablo, from home", "Attendee reporting: Pablo Ortega, from home": a field's label (a
   * person word, maybe with a word or two after it) names whom its value names; the value is the subject.
   */
  private labelsPerson(k: number, statement: Statement): boolean {
    let colon = k + 1;
    while (colon <= k + LABEL_WORDS && this.items[colon]?.kind === 'word') colon++;
    return isColon(this.items[colon]) && this.fitting(statement, colon + 1)?.kind === 'person';
  }

  /**
   * The aside closed right before the clause of `index` ("Ingrid (sales) calls Sam from the gate", "joins the review
   * Dr. Lee set up (he's on-prem too), from home": a comma after it or not), as the indexes of its brackets.
   */
  private asideBefore(index: number): { open: number; close: number } | undefined {
    let start = index;
    while (start > 0 && !endsClause(this.items[start - 1])) start--;
    const close = isComma(this.items, start - 1) && isParen(this.items, start - 2, 'close') ? start - 2 : start - 1;
    if (!isParen(this.items, close, 'close')) return undefined;
    let open = close - 1;
    while (open > 0 && !isParen(this.items, open, 'open') && !endsSentence(this.items[open])) open--;
    return isParen(this.items, open, 'open') ? { open, close } : undefined;
  }

  /**
   * Walking back from `index` past what `skipped` says, the index past at most MODIFIER_WORDS words that only say which
   * one it is ("the venue's box", "the yard office"): none a name, none `stops` says.
   */
  private pastModifiers(index: number, skipped: (item: Item) => boolean, stops: (item: Item) => boolean = () => false): number {
    let k = previousIndex(this.items, index, skipped);
    for (let words = 0; words < MODIFIER_WORDS; words++) {
      const item = this.items[k];
      if (item?.kind !== 'word' || isNameWord(item) || stops(item)) break;
      k = previousIndex(this.items, k, skipped);
    }
    return k;
  }

  /**
   * "from the yard office", "from a patient's home": "from" before a place and words that only say which one it is
   * (at most two, none a name: "a call from Sam at home" is not where anyone is).
   */
  private originPastModifiers(index: number): boolean {
    const nearest = previousIndex(this.items, index, isFiller);
    const k = this.pastModifiers(index, isFiller, (item) => ORIGIN_WORDS.has(surfaceOf(item) ?? ''));
    if (k === nearest || !ORIGIN_WORDS.has(surfaceOf(this.items[k]) ?? '')) return false;
    // "Hannah from our Reading office organised it": "from" right after someone says where they work, not where from.
    const before = previousIndex(this.items, k, isFiller);
    return !isNameWord(this.items[before]) && !this.anchors.has(before);
  }

  /**
   * Whether the place at `index` is in the words of a phone number dialled: a PSTN call word right after it (past
   * "'s"), a call word right before it (past "to", fillers, and at most two words that say whose: "the venue's box",
   * "a care home's landline"). "office PSTN calls" names where the calls are made, with no call word before.
   */
  private namesNumberDialled(index: number): boolean {
    // English only: "在公司打市話" puts the caller in the office before the call word ("skype ... 在公司打市話").
    if (!/^[a-z]/.test(surfaceOf(this.items[index]) ?? '')) return false;
    const number = this.items[nextIndex(this.items, index, (x) => isFiller(x) || isPossessive(x))];
    if (number?.kind !== 'mention' || number.concept.kind !== 'callType' || number.concept.value !== 'pstn') return false;
    const skipped = (x: Item) => isFiller(x) || isPossessive(x) || surfaceOf(x) === 'to';
    const k = this.pastModifiers(index, skipped);
    // "calls", "rings", or a call word that is itself a PSTN call ("dials out to").
    return kindOf(this.items[k]) === 'call' || kindOf(this.items[k]) === 'callType';
  }

  /** Whether a call or joining word comes before the aside closed right before `index`, in its sentence. */
  private writerActsBefore(index: number): boolean {
    const aside = this.asideBefore(index);
    if (aside === undefined) return false;
    for (let k = aside.open - 1; k >= 0 && !endsSentence(this.items[k]); k--) if (namesCallOrJoining(this.items[k])) return true;
    return false;
  }

  /** The first person of the clause, else of the sentence (past a field's label to the person it names). */
  private subjectOf(index: number, statement: Statement): Anchor | undefined {
    const aside = this.asideBefore(index);
    const first = (stop: (item: Item) => boolean) => {
      let start = index;
      while (start > 0 && !stop(this.items[start - 1])) start--;
      // "Ingrid (sales) calls Sam from the gate", "Ingrid, who is new, calls Sam from the gate": past an aside that
      // has closed, to the subject before it.
      // After a comma the clause may have a subject of its own ("（人資經理約的），我從辦公室加入"): then it is not passed.
      if (aside !== undefined && start > aside.close && (aside.close === start - 1 || this.personFrom(start, index, statement) === undefined)) {
        for (start = aside.open; start > 0 && !stop(this.items[start - 1]); ) start--;
      } else if (isComma(this.items, start - 1)) {
        // "who" may end the clause before its own ("Priya, who | is new,").
        const clause = clauseStart(this.items, start - 2);
        const relative = RELATIVE_WORDS.has(surfaceOf(this.items[clause]) ?? '') ? clause : clause - 1;
        if (RELATIVE_WORDS.has(surfaceOf(this.items[relative]) ?? '') && isComma(this.items, relative - 1)) for (start = relative - 1; start > 0 && !stop(this.items[start - 1]); ) start--;
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
      return this.personFrom(start, index, statement, aside);
    };
    return first(endsClause) ?? first(endsSentence);
  }

  /** The first person from `start` on before `index` a statement can be about, past an aside (see subjectOf). */
  private personFrom(start: number, index: number, statement: Statement, aside?: { open: number; close: number }): Anchor | undefined {
    for (let k = start; k < index; k++) {
      // The aside is a clause of its own: who it is about ("he" for the host) is not the subject here.
      if (aside !== undefined && k > aside.open && k < aside.close) continue;
      const anchor = this.fitting(statement, k);
      if (anchor?.kind === 'person' && !this.labelsPerson(k, statement)) return anchor;
    }
    return undefined;
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
    // "打給財務部": the team itself is called, whoever answers is one of its people.
    const called = [...this.people.callees].some((k) => surfaceOf(this.items[k]) === name);
    if (acts || asked || called) return undefined;
    let other = false;
    for (const anchor of this.anchors.values()) {
      if (anchor.kind !== 'person' || anchor.index === team || anchor.role === 'all' || anchor.role === 'both') continue;
      if (surfaceOf(this.items[anchor.index]) === name || isTeam(this.items, anchor.index)) continue;
      // 「財務部還在地端，其他人都在 Online」: the rest of the organization, set against the team, is none of its people.
      if (OTHERS.has(surfaceOf(this.items[anchor.index]) ?? '')) continue;
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
  /**
   * "公司內的人跟外面的人 P2P … 公司內這端的 media 走哪？", "總部的同事和在家的同事互打，在家那端呢？": a side named by a
   * place (namesSide) in a sentence that asks is the one person said to be at a place of that kind, when someone else
   * is said to be elsewhere. Two such sides, or two people at that kind of place, say no one.
   */
  private placeSide(attached: readonly { source: Item; statement: Statement; anchor?: Anchor; negated: boolean }[]): number | undefined {
    const sides = new Set<string>();
    this.items.forEach((item, index) => {
      if (item.kind === 'mention' && item.concept.kind === 'place' && namesSide(this.items, index) && sentenceAsks(this.items, index + 1)) sides.add(item.concept.value);
    });
    if (sides.size !== 1) return undefined;
    const [side] = sides;
    const at = new Set<number>();
    let elsewhere = false;
    for (const { source, statement, anchor, negated } of attached) {
      if (anchor?.kind !== 'person' || negated || statement.kind !== 'place' || (anchor.role !== 'generic' && anchor.role !== 'peer' && anchor.role !== 'pronoun' && anchor.role !== 'user')) continue;
      if (namesSide(this.items, this.items.indexOf(source))) continue;
      if (statement.value === side) at.add(this.people.resolve(anchor).index);
      else elsewhere = true;
    }
    return at.size === 1 && elsewhere ? [...at][0] : undefined;
  }

  personRoles(
    attached: readonly { source: Item; statement: Statement; negated: boolean; anchor?: Anchor; role?: Role; strength: number }[],
    noPeer: boolean,
    conference: boolean,
  ): Map<number, Role | null> {
    const roles = new Map<number, Role | null>();
    const { people } = this;
    const generic: number[] = [];
    // "At the airport, Priya on the LAN at HQ": where the writer is, said without naming them, is a statement of theirs.
    let speakerHasStatements = attached.some(({ anchor, role }) => anchor === undefined && role === 'user');
    const askedPerson = people.perspective ?? this.placeSide(attached);
    const perspective = askedPerson === undefined ? undefined : this.anchors.get(askedPerson);
    // "which path for the EA": the one asked about, wherever they are named.
    const askedIndex = perspective === undefined ? undefined : people.resolve(perspective).index;
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
      // "he's the organizer ... What path will his signaling and media use?": the organizer asked about is the user.
      else if (people.organizers.has(index) && index !== askedIndex) roles.set(index, 'organizer');
      // "客服部還在地端…同事在公司打外線": a team is part of the organization, not anyone in the call unless called
      // (its homing is a member's only when the text links them: "業務部的小李", "Amy 是財務部的").
      else if (isTeam(this.items, index) && !people.callees.has(index) && this.teamRole(index) !== undefined) roles.set(index, this.teamRole(index) as Role | null);
      // "我的秘書已經搬上雲了…我打給同事": someone's own secretary or manager, beside a call to someone else, is not in it;
      // in English "Klaus calls Ayumi ... Klaus's manager is in the garage", unless that one calls or joins themselves.
      else if ((someonesRelation(this.items, this.people, index) || (this.englishRelation(index) && index !== askedIndex)) && people.callees.size > 0 && !people.callees.has(index) && !called.has(index)) roles.set(index, null);
      // "在廠裡。順便說一下，他的助理是線上使用者" beside an answer: in a message that names no call, the assistant of the one
      // "他" stands for is someone beside them, not the user whose call the conversation is about.
      else if (this.thirdPersonsRelation(index)) roles.set(index, null);
      else if (anchor.role === 'all' && !noPeer && this.weThePair(index)) roles.set(index, 'both');
      else if (anchor.role === 'both' || anchor.role === 'all') roles.set(index, anchor.role);
      else if (noPeer && this.someoneElses(index)) roles.set(index, null);
      // "小陳…打給 Amy，Amy 今天也在總部。她是 Online 使用者 … 那 Amy 那邊呢？": with one of them asked about, a "她" that
      // could be either is neither the asked one nor surely the other party.
      else if (perspective && people.unresolved.has(index)) roles.set(index, null);
      else if (perspective) {
        const asked = perspective.role === 'user' ? anchor.role === 'user' : index === perspective.index;
        // "I'm organizing the all-hands, I'm homed online. Jenny ... what's her path?": asked about someone else, a
        // writer who organizes the conference is its organizer, and what they say of themselves is the organizer's.
        const writerHosts = !asked && conference && anchor.role === 'user' && people.speakerHosts;
        roles.set(index, asked ? 'user' : writerHosts ? 'organizer' : noPeer ? null : 'peer');
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
    // "one in the office and one at home ... the one at home": the one asked about, else the first, is the user.
    const askedOne = askedIndex !== undefined && people.ones.includes(askedIndex);
    people.ones.forEach((index, position) => roles.set(index, (askedOne ? index === askedIndex : position === 0) ? 'user' : 'peer'));
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

  /**
   * "Me and my colleague Stefan both are homed on-premises and we are sitting in the Munich office": "we" after the
   * writer and one other said as a pair ("both") in its sentence is the pair, both parties of the call; elsewhere "we"
   * is the organization, and a place said of it the writer's. English only.
   */
  private weThePair(index: number): boolean {
    if (!WE.has(surfaceOf(this.items[index]) ?? '')) return false;
    for (let k = index - 1; k >= sentenceStart(this.items, index); k--) if (this.anchors.get(k)?.role === 'both' && PAIR_WORDS.has(surfaceOf(this.items[k]) ?? '')) return true;
    return false;
  }

  /** "Klaus's manager", "the user's EA": an English word for someone's own people after whose they are, who neither calls nor joins. */
  private englishRelation(index: number): boolean {
    // "Jorge's boss Frank": the name after someone's relation is that relation, unless the call reaches them through
    // the one they are related to ("calling Jorge's boss Frank"). A Chinese title is someone's only after that someone
    // ("Kevin 的主管 Andy"): after a description and 的 it is the one described ("打給在高鐵上用手機 4G 的主管 Andy").
    const title = index - 1;
    const related = HAN.test(surfaceOf(this.items[title]) ?? '') ? someonesRelation(this.items, this.people, title) : relation(this.items, title);
    const named = isNameWord(this.items[index]) && kindOf(this.items[title]) === 'party' && related && !this.calledThrough(title);
    return !HAN.test(surfaceOf(this.items[index]) ?? '') && (relation(this.items, index) || named) && !this.actsAsAnyone(index);
  }

  /** Whether the person at `index` is "他的"/"她的" secretary or assistant ("他的助理") in a message that names no call. */
  private thirdPersonsRelation(index: number): boolean {
    if (!HIS_WORDS.has(surfaceOf(this.items[index - 1]) ?? '') || !someonesRelation(this.items, this.people, index)) return false;
    return !this.items.some((item) => CALL_KINDS.has(kindOf(item) ?? ''));
  }

  /** Whether a call word comes right before the owner of the relation at `index` ("calling Jorge's boss"). */
  private calledThrough(index: number): boolean {
    const possessive = previousIndex(this.items, index, (item) => isFiller(item) && !isPossessive(item));
    const owner = previousIndex(this.items, possessive, isFiller);
    return kindOf(this.items[previousIndex(this.items, owner, isFiller)]) === 'call';
  }

  /** Whether the person at `index` is on a line of a pasted text (one of several) that says nobody calls or joins. */
  private quietLine(index: number): boolean {
    const isLine = (item: Item | undefined) => item?.kind === 'break' && item.line === true;
    if (!this.items.some(isLine)) return false;
    let start = index;
    while (start > 0 && !isLine(this.items[start - 1])) start--;
    for (let k = start; k < this.items.length && !isLine(this.items[k]); k++) if (callsAt(this.items, k)) return false;
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
    // "the head brewer's account", its owner a title the vocabulary does not know (a plain word, nobody read): an own
    // thing stands for its owner, no one related to a person said before ("We're hybrid. The brewer's account is
    // on-prem. He ..." read "we" as whose relation the account was, and the brewer's homing and place went to nobody).
    // An owner the vocabulary reads ("partner's account") is left as it was.
    const unreadOwner = surfaceOf(items[before]) === "'s" && isOwnThing(items[index]) && items[previousIndex(items, before, isFiller)]?.kind === 'word';
    const related = !unreadOwner && RELATING_POSSESSIVES.has(surfaceOf(items[before]) ?? '') && [...this.anchors.keys()].some((k) => k < before && this.anchors.get(k)?.kind === 'person');
    // "I make a PSTN call. My colleague Tom is at HQ.": when the speaker calls or joins, their own people are others
    // ("my user is at home", said by someone who does not call, is who the question is about).
    // "my account is Online and I am calling": the speaker's own account is the speaker, not one of their people.
    const mine = surfaceOf(items[before]) === 'my' && !isOwnThing(items[index]) && !myUserHomed(items, index) && this.speakerActs();
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
   * In Chinese, a phrase of not taking part after any word for them, in its sentence (see outOfCall.ts).
   */
  private outOfCall(index: number): boolean {
    const { items } = this;
    const outWords = classWords(items, 'outOfCall');
    const who = (k: number) => (this.anchors.get(k)?.kind === 'person' ? this.people.resolve(this.anchors.get(k) as Anchor).index : undefined);
    if (items.some((item) => HAN.test(surfaceOf(item) ?? ''))) {
      const someoneElse = (k: number) => who(k) !== undefined && who(k) !== index;
      return [...this.anchors.keys()].some((k) => who(k) === index && saidOutOfCallAfter(items, k, outWords, someoneElse));
    }
    const start = sentenceStart(items, index);
    const end = sentenceEnd(items, index);
    let out = false;
    for (let k = start; k < end; k++) {
      if (k !== index && this.anchors.get(k)?.kind === 'person' && this.people.resolve(this.anchors.get(k) as Anchor).index !== index) return false;
      const item = items[k];
      if (outWords.has(k)) out = true;
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
      if (endsClause(item) && !(surfaceOf(item) === 'and' && callsAt(this.items, k + 1))) break;
      if (callsAt(this.items, k) && !joinDenied(this.items, k)) return true;
    }
    return false;
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
    this.writerBesideCall(roles, asked);
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
    // So is, in Chinese, someone of another title than the one called ("副組長今天 WFH ... 小林打給組長").
    // In English, someone named by a title beside the one called by their name ("Rahim calls Mette ... the head of
    // sales, who asked us, is at home").
    const titled = (index: number) => other.length === 1 && (this.otherTitle(index, other[0]) || this.titleBesideName(index, other[0]));
    const listed = (index: number) => ((people.labelsRow(index) || people.labelsLine(index) || named(index) || titled(index)) && !called(index) && !this.actsAsAnyone(index)) || this.saidAbsent(index);
    if (other.length === 1) for (const index of peers) if (index !== other[0] && listed(index)) roles.set(index, null);
  }

  /**
   * "Priscilla calls Henri ... I'm on guest Wi-Fi at a customer site, ignore me", "小美打給阿明，我在高鐵上": the writer,
   * asking for someone else who calls a third person, neither calling nor called, is beside the call.
   */
  private writerBesideCall(roles: Map<number, Role | null>, asked: Anchor): void {
    const { people } = this;
    const askedIndex = people.resolve(asked).index;
    const writers = [...roles].filter(([index, role]) => role === 'peer' && this.anchors.get(index)?.role === 'user').map(([index]) => index);
    if (writers.length === 0 || asked.role === 'user') return;
    const calleeOf = (k: number) => (this.anchors.has(k) ? people.resolve(this.anchors.get(k) as Anchor).index : undefined);
    const callees = [...people.callees].map(calleeOf);
    const third = callees.some((index) => index !== undefined && index !== askedIndex && !writers.includes(index) && this.anchors.get(index)?.role !== 'user' && this.anchors.get(index)?.role !== 'pronoun');
    // "... calls Sara. I'm in the lab and the intern is at the airport": with another uncalled person described beside
    // the writer, either could be who is called, so both stay (and, disagreeing, say nothing of the other party).
    const uncalled = [...roles].filter(([index, role]) => role === 'peer' && !writers.includes(index) && !callees.includes(index));
    if (!third || uncalled.length > 0 || !this.actsAsAnyone(askedIndex)) return;
    for (const index of writers) if (!callees.includes(index) && !this.actsAsAnyone(index)) roles.set(index, null);
  }

  /**
   * Whether, in Chinese, the people at `index` and `called` are named by titles ("副組長", "組長", "PM"), not by words
   * for anyone ("同事", "對方"): titles that the text did not link are two people.
   */
  /** Whether, in English, the person at `index` is named by a title ("the head of sales") and `called` by a name: two people. */
  private titleBesideName(index: number, called: number): boolean {
    const item = this.items[index];
    return isNameWord(this.items[called]) && item?.kind === 'mention' && !HAN.test(item.surface) && this.anchors.get(index)?.role === 'generic';
  }

  private otherTitle(index: number, called: number): boolean {
    const titled = (k: number) => this.anchors.get(k)?.role === 'generic' && !isNameWord(this.items[k]);
    return HAN.test(surfaceOf(this.items[called]) ?? '') && titled(index) && titled(called);
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
      return ABSENT.has(surfaceOf(items[k]) ?? '') || callsAt(this.items, k + 1);
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
        if (callsAt(this.items, k)) call = true;
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
  /** Whether the item at `index` is in an aside set right after another company or a federated place, before anyone else. */
  private inAsideAfterOutsider(index: number): boolean {
    let open = index - 1;
    while (open >= 0 && !(this.items[open].kind === 'break' && (this.items[open] as Extract<Item, { kind: 'break' }>).paren === 'open')) {
      const item = this.items[open];
      if ((item.kind === 'break' && (item.strong || item.paren === 'close')) || this.anchors.has(open)) return false;
      open--;
    }
    const before = this.items[open - 1];
    return before?.kind === 'mention' && (before.concept.kind === 'company' || (before.concept.kind === 'place' && before.concept.value === 'federated'));
  }

  private oneOtherParty(roles: Map<number, Role | null>): void {
    const peers = [...roles].filter(([, role]) => role === 'peer').map(([index]) => index);
    if (peers.length < 2) return;
    // "合作夥伴公司（同盟，他們也是 Online 使用者）的人": a pronoun in an aside right after another organization is its
    // people, whom the words after the aside name: one other party, not two.
    const theirs = peers.filter((index) => this.anchors.get(index)?.role === 'pronoun' && this.inAsideAfterOutsider(index));
    if (theirs.length > 0 && peers.length - theirs.length === 1) {
      for (const index of theirs) roles.set(index, null);
      return;
    }
    // "組長在公司、副組長今天 WFH ... 小林打給組長": a title called again is the one described by it (a word for
    // anyone, "同事", "對方", may be someone else).
    const { people } = this;
    const titled = [...people.callees].flatMap((k) => {
      const anchor = this.anchors.get(k);
      return anchor?.kind === 'person' && anchor.role === 'generic' ? [people.resolve(anchor).index] : [];
    });
    const called = peers.filter((index) => people.callees.has(index) || titled.includes(index));
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

/** Words that say someone acts beside others ("joins it too", "also dials in", "as well"), as surfaces or keys. */
const ALSO_WORDS: ReadonlySet<string> = new Set(['too', 'also', 'well']);

/** The writer's words for themselves ("I", "me", "myself"); "the caller" is the user too, but no writer. */
export const WRITER_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'myself', 'i am', "i'm"]);

/** Person words that label a ticket's field for whom it is about ("Caller: Dana", "- user: me", "End user: Bob"). */
const PERSON_FIELDS: ReadonlySet<string> = new Set(['user', 'caller', 'end user', 'requester', 'requestor']);

/** Kinds of the words that name a call or a meeting ("打給", "一對一", "開會"). */
const CALL_KINDS: ReadonlySet<string> = new Set(['call', 'callType', 'hostedMeeting']);
/** A call both sides make to each other ("互打", "互相通話", "彼此視訊", "互 call"). */
const RECIPROCAL = /^(?:互|互相|彼此)/;
/** How many items after a location field its person field may come ("Site: WFH / Affected user: Tanaka-san"). */
const FIELD_REACH = 8;
/** Words that ask someone to do something ("請廠商說明"): the company after them is addressed, not called. */
const ADDRESSING: ReadonlySet<string> = new Set(['請', '擬請', '惠請', '煩請', '敬請', '懇請', '麻煩']);
/** Devices a person connects with ("his phone", "her laptop"). */
const DEVICE = /^(?:phone|laptop|mobile|cell|cellphone|tablet|ipad|pc|notebook)$/;

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

/**
 * "Everyone on my team is homed on-prem except Priya": a homing or place said in the sentence is the group's, and
 * not the excepted one's (exceptedPeople.ts); "apart" of "apart from" is no place.
 */
function exceptFromGroups(items: readonly Item[], people: People, attached: { source: Item; statement: Statement; negated: boolean; anchor?: Anchor; role?: Role; strength: number }[]): Exception[] {
  const exceptions = exceptedPeople(items, people.anchors);
  for (const { word, person, group, start, end } of exceptions) {
    const excepted = people.resolve(people.anchors.get(person) as Anchor);
    const everyone = people.anchors.get(group) as Anchor;
    for (let i = attached.length - 1; i >= 0; i--) {
      const entry = attached[i];
      const at = items.indexOf(entry.source);
      if (at === word) attached.splice(i, 1);
      // "except Tom, who's in the office", 「打給在家的小美，除了她以外…」: said of the excepted one before the exception or
      // in a clause of their own is theirs.
      const theirOwn = at < person || items.slice(person + 1, at).some(endsClause);
      const about = entry.anchor === undefined ? entry.role === 'all' : (entry.anchor.index === excepted.index && !theirOwn) || entry.anchor.index === group;
      if (at === word || at < start || at >= end || entry.negated || !about || (entry.statement.kind !== 'homed' && entry.statement.kind !== 'place')) continue;
      attached[i] = { ...entry, anchor: everyone, role: undefined };
      attached.push({ ...entry, anchor: excepted, role: undefined, negated: true });
    }
  }
  return exceptions;
}

/**
 * "Everyone is in the office except Tom ... Tom's media?": where the group is, is not where the excepted one, the
 * user, is ("not in the office" says nowhere: asked back).
 */
function withoutGroupPlaces(items: readonly Item[], people: People, attributes: Attribute[], exceptions: readonly Exception[]): Attribute[] {
  const user = (person: number) => attributes.some((a) => a.role === 'user' && a.person === people.resolve(people.anchors.get(person) as Anchor).index);
  const asked = exceptions.filter((e) => user(e.person));
  if (asked.length === 0) return attributes;
  return attributes.filter((a) => {
    const at = items.indexOf(a.source);
    return !(a.role === 'all' && a.statement.kind === 'place' && asked.some((e) => at >= e.start && at < e.end));
  });
}

/** Words that say what something is done for: 「為了我約的會進公司」. */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['為了', '為']);

/**
 * 「阿凱今天為了我約的會進公司」: the host of a meeting named as what something is done for is no subject of the verb
 * after it; whoever comes for the meeting is said before.
 */
function purposeHost(items: readonly Item[], index: number): boolean {
  return kindOf(items[index + 1]) === 'hostedMeeting' && PURPOSE_WORDS.has(surfaceOf(items[previousIndex(items, index, isFiller)]) ?? '');
}

/** Words that say for or to whom something is done ("給", "幫"): what follows is someone else's. */
const TOWARDS: ReadonlySet<string> = new Set(['給', '幫', '替', '向', '找', '對', '要找', '去找', '想找', '打給', '撥給', '跟']);

export interface Parties {
  attributes: Attribute[];
  /** Someone other than the user takes part in the call: someone called, the other party named, or two people. */
  otherParty: boolean;
  /** The meeting is hosted by one of our own people ("a meeting my boss set up", "副總開的會"), homed we don't know where. */
  internalOrganizer: boolean;
  /**
   * A meeting is named by one of our own titles ("the team huddle", 「週一站會」): one of us hosts it. Unlike
   * internalOrganizer, no sign the call is a meeting (minutes headed 【IT 月會】 may ask about a call between two).
   */
  ourTitle: boolean;
  /** Homing said of a part of the organization against the rest ("finance is still on-prem, everyone else is Online"). */
  split: boolean;
  /** The meeting is booked by one person for another ("the EA sent the invite for the CEO"): one of ours hosts it. */
  delegated: boolean;
  /** Who is who in the text, as these statements were attached: a reading costs a pass per rule, so it is shared. */
  people: People;
}

/** Whether "both" alone follows the place at `index`, past fillers, a comma or a bracket, and closes its clause or line. */
function bothClosing(items: readonly Item[], index: number): boolean {
  const soft = (item: Item) => isFiller(item) || (item.kind === 'break' && !item.strong && item.paren !== 'close');
  const both = nextIndex(items, index, soft);
  const item = items[both];
  if (item?.kind !== 'mention' || item.concept.kind !== 'party' || item.concept.role !== 'both') return false;
  const after = items[nextIndex(items, both, (item) => item.kind === 'break' && item.paren === 'close')];
  return after === undefined || endsClause(after);
}

/**
 * Every place, homing and company statement of the text, with the party it is about. `noPeer`: the call has no
 * other party (a meeting, a phone call, a broadcast). A statement about people named together ("me and the organizer
 * are both homed Online") is one attribute per role.
 */
export function partiesOf(items: readonly Item[], negated: ReadonlySet<number>, calledMeetings: ReadonlySet<number>, noPeer = false): Parties {
  const parties = new PartyReader(items, calledMeetings, noPeer);
  const { people } = parties;
  let split = false;
  const attached: { source: Item; statement: Statement; negated: boolean; anchor?: Anchor; role?: Role; strength: number; team?: true }[] = [];
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
    // "帳號放在自己機房": so are one's own servers, said with no one else's word before them ("他們自己機房" is theirs).
    const ours = (stated.kind === 'place' && stated.hosting === 'onPremises') || (stated.kind === 'company' && stated.ownServers === true && OWN_SERVERS.test(item.surface));
    const statement: Statement = ours && accountsPlace(items, index) ? { kind: 'homed', value: 'onPremises' } : stated;
    if (describesMeeting(items, index) || metWith(items, index) || namesDeployment(items, index) || describesNoun(items, index) || offersAlternative(items, index) || namesSide(items, index) || describesServer(items, index) || describesInventory(items, index) || productAttribute(items, index) || givesName(items, index) || describesFirewall(items, index) || pastProduct(items, index) || homingOfThePast(items, index) || clientSoftware(items, index) || onSite(items, index) || barePremises(items, index) || placesMachine(items, index) || comparedCalls(items, index) || poolBeingMoved(items, index) || namesServer(items, index) || describesPlace(items, index) || homingOfTraffic(items, index)) return;
    // "總經理室開的例會": an office that hosts stands for the one who heads it, not for a place (see People).
    if (people.anchors.get(index)?.kind === 'person') return;
    // "Finance is still on the pool ... Priya from finance calls Sam", "Radiology staff are on the pool ... a Radiology
    // clerk dials out": the team's homing is its member's (weakly: what is said of her herself decides).
    const member = statement.kind === 'homed' ? (teamMember(items, index, people) ?? partMemberZh(items, index, people)) : undefined;
    if (member !== undefined) attached.push({ source: item, statement, negated: negated.has(index), anchor: member, strength: 1, team: true });
    // The team's homing stays its members' (read above, and by teamRole).
    if (teamAgainstRestZh(items, index)) split = true;
    if (splitsOrganization(items, index)) {
      // "some users might still be on the old pool": a split guessed is not stated.
      split ||= !isGuessed(items, index);
      return;
    }
    if (member !== undefined || placedApart(items, index) || (statement.kind === 'homed' && otherTeamsHomingZh(items, index, people))) return;
    const { anchor, role, strength, ignored } = parties.attach(index, statement);
    // "Radiology staff are on the pool, the admin staff are in O365 ... an admin clerk dials out": not the clerk's,
    // nor, said of nobody, the caller's when the clerk may be the caller.
    const rivals = statement.kind === 'homed' ? rivalMembers(items, index, people) : new Set<number>();
    if (rivals.size > 0 && (anchor === undefined ? role === undefined || role === 'user' : rivals.has(people.resolve(anchor).index))) return;
    const share = statement.kind === 'homed' && (anchor !== undefined ? isShare(items, anchor.index) || (anchor.index < index && shareBefore(items, index)) : shareBefore(items, index));
    // "老員工大部分還在地端", "大部分人都搬到 Online 了": a share of our users homed somewhere is how the organization is
    // split (the rest are homed otherwise: Hybrid), as "most of our users moved to Online" is in English; one only heard
    // or guessed is not ("聽說有些人還在地端").
    if (share && shareOfOurs(items, index)) split ||= !isGuessed(items, index) && !isHeard(items, index);
    if (ignored || share) return;
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
  const exceptions = exceptFromGroups(items, people, attached);

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
  // Beside a host named otherwise ("會議召集人：研發處長 … - 廠商工程師：在他們公司"), they are guests: nobody the
  // question is about.
  if (conference && noPeer) {
    const hostNamed = (index: number) => [...roles].some(([k, role]) => role === 'organizer' && k !== index) || attached.some((a) => a.anchor?.kind === 'organizer');
    for (const { statement, anchor } of attached) {
      if (anchor?.kind === 'person' && isOtherCompany(statement) && roles.get(anchor.index) === 'peer') roles.set(anchor.index, hostNamed(anchor.index) ? null : 'organizer');
    }
  }
  let attributes: Attribute[] = attached.flatMap(({ source, statement, negated: isNegated, anchor, role: ruled, strength, team }) => {
    const named = anchor === undefined ? undefined : anchor.kind === 'person' ? roles.get(anchor.index) : 'organizer';
    if (named === null && ruled === undefined) return [];
    // "o365-only skype", "SfB 都在雲上": homing said of the whole setup is everyone's, whatever call word is near; not
    // a team's ("整個設施組都已經搬到線上": its member's).
    const whole = team === undefined && ruled !== 'organizer' && named !== 'organizer' && statement.kind === 'homed' && saidOfWholeSetup(items, items.indexOf(source));
    let role: Role = whole ? 'all' : (ruled ?? named ?? (isOtherCompany(statement) && conference ? 'organizer' : 'user'));
    if (role === 'both' && conference && noPeer && anchor !== undefined && everyoneOfUs(items, anchor.index)) role = 'all';
    // Another company's own servers only ever host a meeting; its people are otherwise the other party of a call.
    if (statement.kind === 'company' && statement.ownServers && conference) role = 'organizer';
    else if (isOtherCompany(statement) && role !== 'organizer') role = 'peer';
    const person = anchor?.kind === 'person' ? { person: anchor.index, ...((people.theirs.has(anchor.index) || people.namedOutsiders.has(anchor.index)) && { outsider: true }) } : {};
    // Not inside "hosted by ...": said of whoever hosts ("from Omar (he's on Skype Online)").
    const ofMeeting = anchor === undefined && ruled === 'organizer' && !people.organizerScope.has(items.indexOf(source)) ? { ofMeeting: true } : {};
    return [{ source, statement, negated: isNegated, role, strength, ...person, ...ofMeeting }];
  });
  // The organizer asked about is still the organizer: where they are homed is where the meeting is hosted.
  const asked = people.perspective;
  const askedHost = asked !== undefined && people.organizers.has(asked) ? attributes.filter((a) => a.person === asked && a.role === 'user' && a.statement.kind === 'homed').map((a) => ({ ...a, role: 'organizer' as Role })) : [];
  attributes.push(...askedHost);
  attributes = withoutGroupPlaces(items, people, attributes, exceptions);
  const theirs = attributes.some((a) => a.role === 'organizer' && isOtherCompany(a.statement) && !a.negated);
  const hosts = people.organizers.size > 0 ? [...people.organizers] : namedOrganizer(items, people);
  const ours = hosts.length > 0 && hosts.every((index) => ourOwn(items, index));
  // "the meeting I booked": where the speaker is homed is where the host is homed.
  const speakerHosts = people.speakerHosts && hosts.every((index) => people.resolve(people.anchors.get(index) as Anchor).role === 'user');
  // Not what is said of someone else asked about ("the conference I organized; I'm homed online ... Joe's media? He's
  // on-prem"): that one is the user, not the writer who hosts.
  const writers = (a: Attribute) => a.person === undefined || people.resolve(people.anchors.get(a.person) as Anchor).role === 'user';
  const hosted = speakerHosts ? attributes.filter((a) => a.role === 'user' && a.statement.kind === 'homed' && writers(a)).map((a) => ({ ...a, role: 'organizer' as Role })) : [];
  // "the meeting Mr. Hughes set up ... we're both on the on-prem server": beside one host of ours and nobody else, both
  // are the writer and the host.
  const bothHost = ours && conference && noPeer && onlyHostBesideWriter(items, people, hosts);
  const ofUs = (a: Attribute) => a.person !== undefined && BOTH_OF_US.test(surfaceOf(items[a.person]) ?? '');
  // "加入經理開的會，我們都是地端帳號": everyone of ours in a meeting includes its host of ours.
  const usAll = (a: Attribute) => ours && conference && noPeer && a.role === 'all' && a.person !== undefined && everyoneOfUs(items, a.person);
  const hostToo = attributes.filter((a) => a.statement.kind === 'homed' && ((bothHost && a.role === 'both' && ofUs(a)) || usAll(a))).map((a) => ({ ...a, role: 'organizer' as Role }));
  // "my Skype meeting", "organiser also our own staff": a meeting said to be ours, whoever of us hosts it.
  const ourMeeting = hosts.every((index) => ourOwn(items, index)) && ourMeetingSaid(items);
  // "the team huddle", 「部門會議」: a meeting by one of our titles is hosted by one of us too, when no host is said
  // ("the town hall Fabrikam hosts" is Fabrikam's; a host of ours is read above).
  const ourTitle = hosts.length === 0 && ownTitledMeeting(items) && !theirs;
  const personAt = (index: number) => {
    const anchor = people.anchors.get(index);
    return anchor?.kind === 'person' ? people.resolve(anchor).index : undefined;
  };
  // "my assistant booked it for me", 「秘書幫老闆發的」: whom a meeting is booked for is one more vote of who hosts it.
  const delegation = delegationOf(items, personAt);
  const all = [...attributes, ...hosted, ...hostToo];
  return {
    attributes: delegation === undefined ? all : withDelegation(items, all, delegation),
    internalOrganizer: (ours || speakerHosts || ourMeeting) && !theirs,
    ourTitle,
    otherParty: people.otherParty(),
    split,
    delegated: delegation !== undefined,
    people,
  };
}
