// Who the text names and how: person words (anchors), which of them are the same person ("the CFO ... he ... the
// CFO's side"), who organizes the meeting ("hosted by X", "a meeting X set up", "X's meeting", "X 開的會"), who is
// called ("calls X", "打給X"), who is named together ("me and the organizer are both ...", "我跟同事都..."), and whom
// the question is about ("for the office user", "the CFO's side", "老闆那端", "my signaling").
import type { Item } from './analyzer';
import type { PartyRole } from './concepts';
import {
  clauseStart,
  endsClause,
  endsSentence,
  isFiller,
  isMarker,
  isPossessive,
  kindOf,
  nextIndex,
  previousIndex,
  surfaceOf,
} from './items';
import { isStatement } from './statements';

export type AnchorKind = 'person' | 'organizer' | 'meeting';

export interface Anchor {
  index: number;
  kind: AnchorKind;
  /** For person anchors: how the text names them. */
  role?: PartyRole;
}

/** Words after which a person is the other party of a call: "calls X", "打給X", "with X", "和X". */
const CALLEE_WORDS: ReadonlySet<string> = new Set(['to', 'with', '和', '跟', '與', '給']);
/** "By" words that need a hosting verb after them ("由X主持"). */
const OPEN_BY_WORDS: ReadonlySet<string> = new Set(['由']);
/** "One ..., one ..." / "一位…、一位…": the first is the user, the next the other party. */
const ONE_WORDS: ReadonlySet<string> = new Set(['one', '一位', '一個', '一名']);
/** Words that introduce someone new ("an on-prem user", "另一位同事"): the noun does not refer back. */
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'any', '一位', '一個', '一名', '某位', '某個', '另一位', '另一個', '另外一位', '另外一個']);
/** Nouns for anyone: in English they refer back only with "the" ("a user ... the user"), and never as the one called. */
const GENERIC_NOUNS = new Set([
  'user', 'users', 'client', 'clients', 'person', 'people', 'employee', 'employees', 'member', 'members', 'participant',
  'participants', 'attendee', 'attendees', 'endpoint', 'endpoints', 'device', 'laptop', 'pc', 'desktop', 'account',
  '使用者', '用戶', '用戶端', '客戶端', '人', '人員', '員工', '成員', '參與者', '與會者', '出席者', '端點', '裝置', '電腦', '筆電',
]);
const DEFINITE = new Set(['the', 'this', 'that', 'said', 'same']);
/** Nouns that never refer back: each "someone" is someone else. */
const ALWAYS_NEW = new Set(['someone', 'somebody', 'anyone', 'anybody', '有人', '某人', '別人', '其他人']);
/** "X and Y": the words that join two people. */
const AND_WORDS = new Set(['and', '&', '跟', '和', '與', '及', '以及']);
/** What makes the people before it each do the same ("我跟同事都在公司", "me and the organizer are both ..."). */
const EACH_WORDS = new Set(['都', '都是', '也都', '全都', 'both', 'both of us', 'both of them']);
/** "my signaling", "我這端": the speaker's own side, said without naming them. */
const MY_WORDS = new Set(['my', 'mine', '我的', '我這']);
/** "her call", "his side": a pronoun inside a possessive word. */
const THEIR_WORDS = new Set(['his', 'her', 'their', '他的', '她的']);
/** "for the office user", "for me": the person a question is asked for. */
const FOR_WORDS = new Set(['for', '對於', '針對']);

function anchorOf(item: Item, index: number): Anchor | undefined {
  if (item.kind !== 'mention') return undefined;
  const { concept } = item;
  if (concept.kind === 'party') {
    return concept.role === 'organizer' ? { index, kind: 'organizer' } : { index, kind: 'person', role: concept.role };
  }
  if ((concept.kind === 'callType' && concept.value === 'conference') || concept.kind === 'hostedMeeting') return { index, kind: 'meeting' };
  return undefined;
}

const isSideWord = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'perspective';
const asks = (item: Item): boolean => ['traffic', 'path'].includes(kindOf(item) ?? '') || (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'question');

export class People {
  readonly anchors = new Map<number, Anchor>();
  /** Person anchors that name the organizer: "hosted by X", "X set up", "X's meeting", "X 開的會". */
  readonly organizers = new Set<number>();
  /** Items inside "hosted by ..." (statements there are the organizer's). */
  readonly organizerScope = new Set<number>();
  /** Person anchors right after a call word: the other party ("calls an on-prem user", "打給在家的使用者"). */
  readonly callees = new Set<number>();
  /** A person anchor that names the same person as an earlier one. */
  readonly sameAs = new Map<number, number>();
  /** An "each" word standing for the people named together before it ("me and the organizer are both"). */
  readonly groups = new Map<number, number[]>();
  /** "one" words standing for a person, in order ("one homed Online, one on-premises"). */
  readonly ones: number[] = [];
  /** The person the question is about, when the text says so ("for the office user", "老闆那端"). */
  readonly perspective: number | undefined;

  constructor(private readonly items: readonly Item[]) {
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
    for (const anchor of [...this.anchors.values()]) {
      if (anchor.kind !== 'person' || this.ones.includes(anchor.index)) continue;
      if (anchor.role === 'pronoun') this.linkPronoun(anchor);
      if (this.hosts(anchor)) {
        this.organizers.add(anchor.index);
        continue;
      }
      if (anchor.role !== 'generic' && anchor.role !== 'peer' && anchor.role !== 'pronoun') continue;
      this.linkCopula(anchor);
      this.linkPair(anchor);
      this.linkPossession(anchor);
      this.linkRepeated(anchor);
      if (this.isCallee(anchor.index)) this.callees.add(anchor.index);
    }
    items.forEach((item, index) => this.linkGroup(item, index));
    this.perspective = this.findPerspective();
  }

  /** The anchor a person anchor stands for after following the links to who it refers to. */
  resolve(anchor: Anchor): Anchor {
    const seen = new Set<number>();
    let current = anchor;
    for (let target = this.sameAs.get(current.index); target !== undefined && !seen.has(target); target = this.sameAs.get(current.index)) {
      seen.add(current.index);
      current = this.anchors.get(target) as Anchor;
    }
    return current;
  }

  /** Whether the resolved person is the organizer (an organizer word, or a person who hosts). */
  isOrganizer(anchor: Anchor): boolean {
    return anchor.kind === 'organizer' || this.organizers.has(anchor.index);
  }

  /** "one homed Online, one on-premises": a "one" right before a statement stands for a person. */
  private oneAnchor(item: Item, index: number): Anchor | undefined {
    if (item.kind !== 'mention' || !ONE_WORDS.has(item.surface)) return undefined;
    if (item.concept.kind !== 'number' && item.concept.kind !== 'filler') return undefined;
    return isStatement(this.items[nextIndex(this.items, index, isFiller)]) ? { index, kind: 'person', role: 'generic' } : undefined;
  }

  /** Whether a person hosts the meeting: inside "hosted by ...", before a hosting verb, or owning the meeting. */
  private hosts(anchor: Anchor): boolean {
    if (anchor.role === 'user' || anchor.role === 'both' || anchor.role === 'all') return false;
    if (this.organizerScope.has(anchor.index)) return true;
    const after = this.items[nextIndex(this.items, this.afterAside(anchor.index), isFiller)];
    if (isMarker(after, 'hosted') || kindOf(after) === 'hostedMeeting') return true;
    // "the sales director's weekly meeting", "副總的會議": whose meeting it is.
    const j = nextIndex(this.items, anchor.index, (item) => isFiller(item) && !isPossessive(item));
    if (!isPossessive(this.items[j])) return false;
    for (let k = j + 1; k < this.items.length && k <= j + 3 && !endsClause(this.items[k]); k++) {
      const item = this.items[k];
      if (this.anchors.get(k)?.kind === 'meeting') return true;
      if (this.anchors.has(k)) return false;
      if (item.kind === 'mention' && !isFiller(item)) return false;
    }
    return false;
  }

  /** "the finance controller (homed on-prem) set up": the index of the aside's closing bracket, else `index` itself. */
  private afterAside(index: number): number {
    const open = this.items[index + 1];
    if (open?.kind !== 'break' || open.paren !== 'open') return index;
    for (let k = index + 2; k < this.items.length && k <= index + 12; k++) {
      const item = this.items[k];
      if (item.kind === 'break' && (item.paren === 'close' || item.strong)) return item.paren === 'close' ? k : index;
    }
    return index;
  }

  /** "hosted by our on-prem users", "由內部部署使用者主持": until the clause ends or another party is named. */
  private markScope(start: number): void {
    const scope: number[] = [];
    // "由" only marks who hosts when a hosting verb closes it ("由X主持"); "由使用者加入" is who joins.
    let closed = !OPEN_BY_WORDS.has(surfaceOf(this.items[start]) ?? '');
    let inParens = false;
    for (let j = start + 1; j < this.items.length && j <= start + 12; j++) {
      const item = this.items[j];
      if (isMarker(item, 'hosted') || kindOf(item) === 'hostedMeeting') closed = true;
      // An aside in brackets names the same person ("由 Online 使用者（專案經理）排定的").
      if (item.kind === 'break' && item.paren !== undefined) {
        inParens = item.paren === 'open';
        continue;
      }
      if ((endsClause(item) && !inParens) || isMarker(item, 'hosted') || kindOf(item) === 'hostedMeeting') break;
      const anchor = this.anchors.get(j);
      if (anchor && anchor.role !== 'generic' && anchor.role !== 'both' && anchor.role !== 'peer') break;
      if (kindOf(item) === 'callType' || kindOf(item) === 'call' || kindOf(item) === 'cue') break;
      scope.push(j);
    }
    if (closed) for (const j of scope) this.organizerScope.add(j);
  }

  /** "X is a Y": Y names X. */
  private linkCopula(anchor: Anchor): void {
    const passes = (item: Item) => isFiller(item) || isStatement(item) || kindOf(item) === 'negation';
    let j = previousIndex(this.items, anchor.index, passes);
    if (!isMarker(this.items[j], 'copula')) return;
    j = previousIndex(this.items, j, passes);
    const named = this.anchors.get(j);
    if (named) this.sameAs.set(anchor.index, named.index);
  }

  /** "both on-prem users", "two remote users", "另一個用戶端": the noun names who the word before it named. */
  private linkPair(anchor: Anchor): void {
    const passes = (item: Item) => isFiller(item) || isStatement(item) || kindOf(item) === 'deploymentHint';
    const j = previousIndex(this.items, anchor.index, passes);
    const before = this.items[j];
    const role = this.anchors.get(j)?.role;
    if (role === 'both' || role === 'peer' || role === 'all') this.sameAs.set(anchor.index, j);
    else if (before?.kind === 'mention' && before.concept.kind === 'number' && before.concept.value === 2) {
      this.anchors.set(anchor.index, { ...anchor, role: 'both' });
    }
  }

  /**
   * "the CFO ... the CFO's side", "老闆 ... 老闆打給秘書": a person named again by the same word is the same person,
   * unless the word introduces someone new ("an on-prem user") or is the other party of the same clause ("使用者打給使用者").
   */
  private linkRepeated(anchor: Anchor): void {
    if (this.sameAs.has(anchor.index)) return;
    const surface = surfaceOf(this.items[anchor.index]) ?? '';
    if (ALWAYS_NEW.has(surface)) return;
    // The words before the noun: determiners ("an", "the"; a place phrase may carry one: "the office user") and
    // modifiers the text does not know ("the Austin engineer").
    const determiners: string[] = [];
    const modifiers: string[] = [];
    for (let k = anchor.index - 1; k >= 0; k--) {
      const item = this.items[k];
      if (isFiller(item)) determiners.push(surfaceOf(item) ?? '');
      else if (isStatement(item)) determiners.push((surfaceOf(item) ?? '').split(' ')[0]);
      else if (item.kind === 'word' && k >= anchor.index - 3) modifiers.push(item.key);
      else break;
    }
    if (determiners.some((word) => INDEFINITE.has(word))) return;
    const generic = GENERIC_NOUNS.has(surface);
    if (generic && /^[a-z]/.test(surface) && !determiners.some((word) => DEFINITE.has(word))) return;
    if (generic && this.isCallee(anchor.index)) return;
    const earlier: number[] = [];
    for (let k = anchor.index - 1; k >= 0; k--) {
      if (this.anchors.get(k)?.kind === 'person' && surfaceOf(this.items[k]) === surface) earlier.push(k);
    }
    if (earlier.length === 0) return;
    // The latest one, unless a modifier says which: "the Austin engineer" is the one "working from the Austin office".
    const described = earlier.filter((k) => modifiers.length > 0 && modifiers.every((m) => this.clauseHas(k, m)));
    const k = described.length === 1 ? described[0] : earlier[0];
    if (clauseStart(this.items, anchor.index) <= k && this.isCallee(anchor.index)) return;
    this.sameAs.set(anchor.index, k);
  }

  /** Whether the clause of `index` (up to the next person) has the word `key`. */
  private clauseHas(index: number, key: string): boolean {
    for (let k = index + 1; k < this.items.length && !endsSentence(this.items[k]); k++) {
      if (k > index + 1 && this.anchors.get(k)?.kind === 'person') return false;
      const item = this.items[k];
      if (item.kind === 'word' && item.key === key) return true;
    }
    return false;
  }

  /** "the user's account", "my colleague's laptop": the person's own thing stands for them. */
  private linkPossession(anchor: Anchor): void {
    const j = previousIndex(this.items, anchor.index, (item) => isFiller(item) && !isPossessive(item));
    if (!isPossessive(this.items[j])) return;
    const owner = previousIndex(this.items, j, isFiller);
    const named = this.anchors.get(owner);
    if (named?.kind === 'person' && !this.sameAs.has(anchor.index)) this.sameAs.set(anchor.index, owner);
  }

  /** "he", "她", "they": the person named most recently before, other than the speaker. */
  private linkPronoun(anchor: Anchor): void {
    for (let k = anchor.index - 1; k >= 0; k--) {
      const earlier = this.anchors.get(k);
      if (!earlier || earlier.kind === 'meeting') continue;
      if (earlier.kind === 'person' && (earlier.role === 'user' || earlier.role === 'both' || earlier.role === 'all' || earlier.role === 'pronoun')) continue;
      this.sameAs.set(anchor.index, k);
      return;
    }
  }

  /** "我跟同事的帳號都在 Online", "me and the organizer are both homed Online": the "each" word stands for both. */
  private linkGroup(item: Item, index: number): void {
    const surface = surfaceOf(item) ?? '';
    const each = EACH_WORDS.has(surface) || (this.anchors.get(index)?.role === 'both' && EACH_WORDS.has(surface));
    if (!each) return;
    const passes = (x: Item) => isFiller(x) || isMarker(x, 'copula') || isStatement(x);
    const second = previousIndex(this.items, index, passes);
    if (!this.isPersonLike(second)) {
      // "我們都在總部", "we're both at HQ": the speaker and the other party.
      if (this.anchors.get(second)?.role === 'all' && /^(我們|咱們|we|us)$/.test(surfaceOf(this.items[second]) ?? '')) {
        this.anchors.set(index, { index, kind: 'person', role: 'both' });
      }
      return;
    }
    const and = previousIndex(this.items, second, isFiller);
    if (!AND_WORDS.has(surfaceOf(this.items[and]) ?? '')) return;
    const first = previousIndex(this.items, and, isFiller);
    if (!this.isPersonLike(first)) return;
    this.anchors.set(index, { index, kind: 'person', role: 'both' });
    this.groups.set(index, [first, second]);
  }

  private isPersonLike(index: number): boolean {
    const anchor = this.anchors.get(index);
    return anchor !== undefined && anchor.kind !== 'meeting';
  }

  private isCallee(index: number): boolean {
    const before = this.items[previousIndex(this.items, index, (item) => isFiller(item) || isStatement(item))];
    if (!before) return false;
    const word = surfaceOf(before);
    return kindOf(before) === 'call' || (word !== undefined && CALLEE_WORDS.has(word));
  }

  /**
   * Whether what follows `index` names that person's side of the call: their traffic ("the office user's signaling",
   * "老闆 media"), their call ("her call"), or their side in a question ("the CFO's side?", "老闆那端會走 ER 嗎").
   */
  private sideAfter(index: number, possessed: boolean): boolean {
    const j = nextIndex(this.items, index, isFiller);
    const next = this.items[j];
    const owned = possessed || this.items.slice(index + 1, j).some(isPossessive);
    const kind = kindOf(next);
    if (kind === 'traffic' || kind === 'path') return true;
    if (kind === 'call') return owned;
    if (!isSideWord(next)) return false;
    // "我們這邊全部 Online" is our company, not a side of the call: a side word must be asked about.
    for (let k = j + 1; k < this.items.length; k++) {
      const item = this.items[k];
      if (endsSentence(item)) return true;
      if (endsClause(item)) return false;
      if (asks(item)) return true;
    }
    return true;
  }

  /** The person the question is asked about, when the text names one side of the call; undefined when unsaid or unclear. */
  private findPerspective(): number | undefined {
    const found = new Set<number>();
    const speaker = [...this.anchors.values()].find((a) => a.kind === 'person' && a.role === 'user');
    this.items.forEach((item, index) => {
      const anchor = this.anchors.get(index);
      if (anchor?.kind === 'person' && this.sideAfter(index, false)) found.add(this.resolve(anchor).index);
      const surface = surfaceOf(item) ?? '';
      if (MY_WORDS.has(surface) && speaker && this.sideAfter(index, true)) found.add(speaker.index);
      if (THEIR_WORDS.has(surface) && this.sideAfter(index, true)) {
        const last = this.lastPersonBefore(index);
        if (last !== undefined) found.add(last);
      }
      if (FOR_WORDS.has(surface)) {
        const named = this.anchors.get(nextIndex(this.items, index, (x) => isFiller(x) || isStatement(x)));
        if (named?.kind === 'person') found.add(this.resolve(named).index);
      }
    });
    const people = [...found].filter((index) => {
      const anchor = this.anchors.get(index);
      return anchor?.kind === 'person' && anchor.role !== 'both' && anchor.role !== 'all' && !this.organizers.has(index);
    });
    return people.length === 1 ? people[0] : undefined;
  }

  /** The most recent person named before `index` (other than the speaker), resolved. */
  private lastPersonBefore(index: number): number | undefined {
    for (let k = index - 1; k >= 0 && !endsSentence(this.items[k]); k--) {
      const anchor = this.anchors.get(k);
      if (anchor?.kind === 'person' && anchor.role !== 'user' && anchor.role !== 'both' && anchor.role !== 'all') return this.resolve(anchor).index;
    }
    for (let k = index - 1; k >= 0; k--) {
      const anchor = this.anchors.get(k);
      if (anchor?.kind === 'person' && anchor.role !== 'user' && anchor.role !== 'both' && anchor.role !== 'all') return this.resolve(anchor).index;
    }
    return undefined;
  }
}
