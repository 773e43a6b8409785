// Who is who: which party each place and homing statement is about. "An online user calls an on-prem coworker"
// has two people; "a meeting hosted by our on-prem users" has an organizer; "my colleague at home" is the other
// party. Statements attach to the person words around them (anchors) by a few rules, strongest first:
//   4 inside "hosted by ..." / "由 ... 主持": the organizer
//   3 right before an anchor ("online user", "在家的線上使用者"), or next to a hosting verb ("hosted online",
//     "在雲端主持"): the organizer; a place both share ("same office", "都在家")
//   2 "to <place>" in a call: the other party; "from ..." / "從..." the subject of its clause; otherwise the
//     nearest anchor before it ("user at home")
//   1 the next anchor in the sentence
//   0 nobody named: the user (another company: the organizer or the other party)
import type { Homing } from '../engine/types';
import type { Item } from './analyzer';
import type { Concept, PartyRole, PlaceValue } from './concepts';

export type Role = 'user' | 'peer' | 'organizer' | 'both';

export type Statement = { kind: 'place'; value: PlaceValue } | { kind: 'homed'; value: Homing } | { kind: 'company' };

export interface Attribute {
  /** The item the statement was read from. */
  source: Item;
  statement: Statement;
  negated: boolean;
  role: Role;
  strength: number;
}

type AnchorKind = 'person' | 'organizer' | 'meeting';

interface Anchor {
  index: number;
  kind: AnchorKind;
  /** For person anchors: how the text names them. */
  role?: PartyRole;
}

interface Attachment {
  anchor?: Anchor;
  /** A role the rule itself decides (organizer next to a hosting verb, both for a shared place). */
  role?: Role;
  strength: number;
}

/** Words that read as a statement about the person they come right before ("Internet user", "hybrid user"). */
const ADJECTIVES: Readonly<Record<string, Statement>> = {
  'path.internet': { kind: 'place', value: 'internet' },
  'path.local': { kind: 'place', value: 'customerNetwork' },
  'deployment.hybrid': { kind: 'homed', value: 'onPremises' },
  'deploymentHint.online': { kind: 'homed', value: 'online' },
};

/** Words after which a person is the other party of a call: "calls X", "打給X", "with X", "和X". */
const CALLEE_WORDS: ReadonlySet<string> = new Set(['to', 'with', '和', '跟', '與', '給']);
/** "from the office to home": where a call comes from and where it goes. */
const ORIGIN_WORDS: ReadonlySet<string> = new Set(['from', '從']);
const DESTINATION_WORDS: ReadonlySet<string> = new Set(['to', '到']);
/** "By" words that need a hosting verb after them ("由X主持"). */
const OPEN_BY_WORDS: ReadonlySet<string> = new Set(['由']);
/** "One ..., one ..." / "一位…、一位…": the first is the user, the next the other party. */
const ONE_WORDS: ReadonlySet<string> = new Set(['one', '一位', '一個', '一名']);

function statementOf(concept: Concept): Statement | undefined {
  switch (concept.kind) {
    case 'place':
    case 'sharedPlace':
      return { kind: 'place', value: concept.value };
    case 'homed':
      return { kind: 'homed', value: concept.value };
    case 'company':
      return { kind: 'company' };
    default:
      return undefined;
  }
}

function anchorOf(item: Item, index: number): Anchor | undefined {
  if (item.kind !== 'mention') return undefined;
  const { concept } = item;
  if (concept.kind === 'party') {
    return concept.role === 'organizer' ? { index, kind: 'organizer' } : { index, kind: 'person', role: concept.role };
  }
  if (concept.kind === 'callType' && concept.value === 'conference') return { index, kind: 'meeting' };
  return undefined;
}

/** Whether a statement can be about an anchor: a meeting or its organizer has no place, only where it is hosted. */
function fits(statement: Statement, anchor: Anchor): boolean {
  if (anchor.kind === 'person') return true;
  return statement.kind !== 'place' || statement.value === 'federated';
}

function isOtherCompany(statement: Statement): boolean {
  return statement.kind === 'company' || (statement.kind === 'place' && statement.value === 'federated');
}

const kindOf = (item: Item | undefined): Concept['kind'] | undefined => (item?.kind === 'mention' ? item.concept.kind : undefined);

function isMarker(item: Item | undefined, marker: 'by' | 'hosted' | 'copula'): boolean {
  return item?.kind === 'mention' && item.concept.kind === 'marker' && item.concept.marker === marker;
}

function isStatement(item: Item | undefined): boolean {
  return item?.kind === 'mention' && statementOf(item.concept) !== undefined;
}

const isFiller = (item: Item | undefined): boolean => kindOf(item) === 'filler';

function endsClause(item: Item): boolean {
  return item.kind === 'break' || kindOf(item) === 'boundary';
}

function endsSentence(item: Item): boolean {
  return item.kind === 'break' && item.strong;
}

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

function surfaceOf(item: Item | undefined): string | undefined {
  if (item?.kind === 'word') return item.key;
  return item?.kind === 'mention' ? item.surface : undefined;
}

class Parties {
  readonly anchors = new Map<number, Anchor>();
  /** Person anchors that name the organizer: inside "hosted by ...", or before a hosting verb ("使用者主持的"). */
  readonly organizers = new Set<number>();
  /** Items inside "hosted by ..." (statements there are the organizer's). */
  readonly organizerScope = new Set<number>();
  /** Person anchors right after a call word: the other party ("calls an on-prem user", "打給在家的使用者"). */
  readonly callees = new Set<number>();
  /** A person anchor that names the same party as an earlier one ("my colleague is an online user"). */
  readonly sameAs = new Map<number, number>();

  /** "one" words standing for a person, in order ("one homed Online, one on-premises"). */
  readonly ones: number[] = [];
  /** Whether a call is described ("to <place>" is then the other party's place). */
  private readonly call: boolean;

  constructor(private readonly items: readonly Item[]) {
    this.call = describesCall(items);
    items.forEach((item, index) => {
      const named = anchorOf(item, index);
      const anchor = named ?? this.oneAnchor(item, index);
      if (!anchor) return;
      this.anchors.set(index, anchor);
      const onePronoun = named?.role === 'user' && item.kind === 'mention' && /^(one|一|其中)/.test(item.surface);
      if (onePronoun || !named) this.ones.push(index);
    });
    items.forEach((item, index) => {
      if (isMarker(item, 'by')) this.markScope(index);
    });
    for (const anchor of this.anchors.values()) {
      if (anchor.role !== 'generic' || this.ones.includes(anchor.index)) continue;
      if (this.organizerScope.has(anchor.index) || isMarker(this.next(anchor.index, isFiller), 'hosted')) {
        this.organizers.add(anchor.index);
        continue;
      }
      this.linkCopula(anchor);
      this.linkPair(anchor);
      if (this.isCallee(anchor.index)) this.callees.add(anchor.index);
    }
  }

  /** "one homed Online, one on-premises": a "one" right before a statement stands for a person. */
  private oneAnchor(item: Item, index: number): Anchor | undefined {
    if (item.kind !== 'mention' || !ONE_WORDS.has(item.surface)) return undefined;
    if (item.concept.kind !== 'number' && item.concept.kind !== 'filler') return undefined;
    return isStatement(this.next(index, isFiller)) ? { index, kind: 'person', role: 'generic' } : undefined;
  }

  /** The index of the first item after `index` that `skip` does not pass over. */
  private nextIndex(index: number, skip: (item: Item) => boolean): number {
    let j = index + 1;
    while (j < this.items.length && skip(this.items[j])) j++;
    return j;
  }

  private next(index: number, skip: (item: Item) => boolean): Item | undefined {
    return this.items[this.nextIndex(index, skip)];
  }

  private previousIndex(index: number, skip: (item: Item) => boolean): number {
    let j = index - 1;
    while (j >= 0 && skip(this.items[j])) j--;
    return j;
  }

  /** "hosted by our on-prem users", "由內部部署使用者主持": until the clause ends or another party is named. */
  private markScope(start: number): void {
    const scope: number[] = [];
    // "由" only marks who hosts when a hosting verb closes it ("由X主持"); "由使用者加入" is who joins.
    let closed = !OPEN_BY_WORDS.has(surfaceOf(this.items[start]) ?? '');
    for (let j = start + 1; j < this.items.length && j <= start + 8; j++) {
      const item = this.items[j];
      if (isMarker(item, 'hosted')) closed = true;
      if (endsClause(item) || isMarker(item, 'hosted')) break;
      const anchor = this.anchors.get(j);
      if (anchor && anchor.role !== 'generic' && anchor.role !== 'both') break;
      if (kindOf(item) === 'callType' || kindOf(item) === 'call' || kindOf(item) === 'cue') break;
      scope.push(j);
    }
    if (closed) for (const j of scope) this.organizerScope.add(j);
  }

  /** "X is a Y": Y names X. */
  private linkCopula(anchor: Anchor): void {
    const passes = (item: Item) => isFiller(item) || isStatement(item) || kindOf(item) === 'negation';
    let j = this.previousIndex(anchor.index, passes);
    if (!isMarker(this.items[j], 'copula')) return;
    j = this.previousIndex(j, passes);
    const named = this.anchors.get(j);
    if (named) this.sameAs.set(anchor.index, named.index);
  }

  /** "both on-prem users", "two remote users", "另一個用戶端": the noun names who the word before it named. */
  private linkPair(anchor: Anchor): void {
    const passes = (item: Item) => isFiller(item) || isStatement(item) || kindOf(item) === 'deploymentHint';
    const j = this.previousIndex(anchor.index, passes);
    const before = this.items[j];
    const role = this.anchors.get(j)?.role;
    if (role === 'both' || role === 'peer') this.sameAs.set(anchor.index, j);
    else if (before?.kind === 'mention' && before.concept.kind === 'number' && before.concept.value === 2) {
      this.anchors.set(anchor.index, { ...anchor, role: 'both' });
    }
  }

  private isCallee(index: number): boolean {
    const before = this.items[this.previousIndex(index, (item) => isFiller(item) || isStatement(item))];
    if (!before) return false;
    const word = surfaceOf(before);
    return kindOf(before) === 'call' || (word !== undefined && CALLEE_WORDS.has(word));
  }

  private fitting(statement: Statement, j: number): Anchor | undefined {
    const anchor = this.anchors.get(j);
    if (!anchor || !fits(statement, anchor)) return undefined;
    // An organizer named as a person ("scheduled by an Online user") has no place in the call.
    const place = statement.kind === 'place' && statement.value !== 'federated';
    return place && this.organizers.has(j) ? undefined : anchor;
  }

  /** The party a statement is about, and how sure that is. */
  attach(index: number, statement: Statement): Attachment {
    const item = this.items[index];
    if (this.organizerScope.has(index)) return { role: 'organizer', strength: 4 };
    if (kindOf(item) === 'sharedPlace') return { role: 'both', strength: 3 };
    // "一位位於線上、一位位於內部部署的使用者": a statement right after "one" is about that one.
    let one = index - 1;
    while (one >= 0 && isFiller(this.items[one]) && !this.ones.includes(one)) one--;
    if (this.ones.includes(one) && this.fitting(statement, one)) return { anchor: this.anchors.get(one), strength: 3 };
    const modified = this.nextIndex(index, (i) => isFiller(i) || isMarker(i, 'hosted') || isStatement(i));
    const adjacent = this.fitting(statement, modified);
    if (adjacent) return { anchor: adjacent, strength: 3 };
    if (statement.kind !== 'place') {
      const hostedNext = isMarker(this.next(index, isFiller), 'hosted');
      const hostedBefore = isMarker(this.items[this.previousIndex(index, isFiller)], 'hosted');
      if (hostedNext || hostedBefore) return { role: 'organizer', strength: 3 };
    }
    const before = surfaceOf(this.items[this.previousIndex(index, isFiller)]) ?? '';
    if (statement.kind === 'place' && this.call && DESTINATION_WORDS.has(before)) return { role: 'peer', strength: 2 };
    if (isOrigin(item) || ORIGIN_WORDS.has(before)) {
      const subject = this.subjectOf(index, statement);
      if (subject) return { anchor: subject, strength: 2 };
    }
    for (let k = index - 1; k >= 0 && !endsSentence(this.items[k]); k--) {
      const before = this.fitting(statement, k);
      if (before) return { anchor: before, strength: 2 };
    }
    for (let k = index + 1; k < this.items.length && !endsSentence(this.items[k]); k++) {
      const after = this.fitting(statement, k);
      if (after) return { anchor: after, strength: 1 };
    }
    return { strength: 0 };
  }

  /** The first person of the clause, else of the sentence. */
  private subjectOf(index: number, statement: Statement): Anchor | undefined {
    const first = (stop: (item: Item) => boolean) => {
      let start = index;
      while (start > 0 && !stop(this.items[start - 1])) start--;
      for (let k = start; k < index; k++) {
        const anchor = this.fitting(statement, k);
        if (anchor?.kind === 'person') return anchor;
      }
      return undefined;
    };
    return first(endsClause) ?? first(endsSentence);
  }

  /** The anchor a person anchor stands for after following "X is a Y" links. */
  resolve(anchor: Anchor): Anchor {
    const target = this.sameAs.get(anchor.index);
    return target === undefined ? anchor : this.resolve(this.anchors.get(target) as Anchor);
  }

  /**
   * Roles of the person anchors statements are about. Named ones keep their role ("colleague" is the other party);
   * a person from another company, or called, is the other party; of the remaining generic ones ("user", "使用者")
   * the first is the user and the others the other party, unless the text speaks of itself ("I", "我").
   */
  personRoles(attached: readonly { statement: Statement; anchor?: Anchor; strength: number }[]): Map<number, Role> {
    const roles = new Map<number, Role>();
    const generic: number[] = [];
    let speakerHasStatements = false;
    for (const { statement, anchor, strength } of attached) {
      if (anchor?.kind !== 'person') continue;
      const index = anchor.index;
      // Another company says who someone is only when it names them ("a federated user", "夥伴公司的人").
      if (isOtherCompany(statement)) {
        if (strength >= 3 && anchor.role === 'generic' && !this.organizers.has(index)) roles.set(index, 'peer');
        continue;
      }
      if (this.ones.includes(index)) continue;
      if (this.organizers.has(index)) roles.set(index, 'organizer');
      else if (anchor.role === 'generic') {
        if (this.callees.has(index)) roles.set(index, 'peer');
        else if (!generic.includes(index)) generic.push(index);
      } else {
        roles.set(index, anchor.role === 'peer' ? 'peer' : anchor.role === 'both' ? 'both' : 'user');
        if (anchor.role === 'user') speakerHasStatements = true;
      }
    }
    const unassigned = generic.filter((index) => !roles.has(index));
    unassigned.forEach((index, position) => roles.set(index, position === 0 && !speakerHasStatements ? 'user' : 'peer'));
    this.ones.forEach((index, position) => roles.set(index, position === 0 ? 'user' : 'peer'));
    // "a colleague in the office calls a colleague at home": with nobody else described, the first is the user.
    const named = [...roles].filter(([index, role]) => role === 'peer' && this.anchors.get(index)?.role === 'peer');
    if (named.length >= 2 && ![...roles.values()].includes('user')) roles.set(Math.min(...named.map(([i]) => i)), 'user');
    return roles;
  }
}

/** Where a word like "Internet" or "Skype Online" describes someone: before a person, or after a hosting verb. */
function describes(parties: Parties, items: readonly Item[], index: number): boolean {
  let j = index + 1;
  while (j < items.length && (isFiller(items[j]) || isStatement(items[j]))) j++;
  let k = index - 1;
  while (k >= 0 && isFiller(items[k])) k--;
  return parties.anchors.get(j)?.kind === 'person' || isMarker(items[k], 'hosted');
}

/** Whether the text is about a conference (then another company is the organizer, not the other party). */
function aboutConference(items: readonly Item[]): boolean {
  return items.some(
    (item) =>
      item.kind === 'mention' &&
      ((item.concept.kind === 'callType' && item.concept.value === 'conference') ||
        (item.concept.kind === 'company' && item.concept.hosting) ||
        (item.concept.kind === 'party' && item.concept.role === 'organizer') ||
        (item.concept.kind === 'marker' && item.concept.marker === 'by')),
  );
}

/** Every place, homing and company statement of the text, with the party it is about. */
export function attributes(items: readonly Item[], negated: ReadonlySet<number>): Attribute[] {
  const parties = new Parties(items);
  const attached: { source: Item; statement: Statement; negated: boolean; anchor?: Anchor; role?: Role; strength: number }[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'mention') return;
    const statement = statementOf(item.concept) ?? (describes(parties, items, index) ? ADJECTIVES[item.id] : undefined);
    if (!statement) return;
    const { anchor, role, strength } = parties.attach(index, statement);
    attached.push({ source: item, statement, negated: negated.has(index), anchor: anchor && parties.resolve(anchor), role, strength });
  });

  const roles = parties.personRoles(attached);
  const conference = aboutConference(items);
  return attached.map(({ source, statement, negated: isNegated, anchor, role: ruled, strength }) => {
    const named: Role | undefined =
      ruled ?? (anchor === undefined ? undefined : anchor.kind === 'person' ? roles.get(anchor.index) : 'organizer');
    let role: Role = named ?? (isOtherCompany(statement) && conference ? 'organizer' : 'user');
    // Another company's people are always the other party of a call.
    if (isOtherCompany(statement) && role !== 'organizer') role = 'peer';
    return { source, statement, negated: isNegated, role, strength };
  });
}
