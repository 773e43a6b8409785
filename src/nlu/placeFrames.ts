// Where someone is, read from a Chinese place word the vocabulary has never seen ("我在三重物流倉", "她人現在在補習班",
// "位置：工務段"). New writers bring place words no list has (issue 15: on the newest held rounds a third of the Chinese
// questions asked back for the person's place held no place word the recognizer knew), so the place is read from
// the frame it is said in and the morphemes it is made of (locales/vocabulary/places.zh-TW.json), not from a list of
// whole words: after a word that says where someone is, the characters the vocabulary does not know are a place,
// and its morphemes say whose ("…倉", "…室": ours; "…家", "…站": somewhere on the Internet). Morphemes that disagree,
// or one that could be either ("…院", "…班"), state nothing: the advisor asks rather than guesses.
import type { Concept } from './concepts';
import type { Item, Mention } from './analyzer';
import { endsSentence, isPossessive, kindOf, surfaceOf } from './items';

export type PlaceClass = 'customerNetwork' | 'internet';
type MorphemeClass = PlaceClass | 'ambiguous' | 'notPlaces' | 'floor' | 'owner' | 'side' | 'visit' | 'outside';

export interface PlaceMorphemes {
  /** Words after which a place is where someone is ("在", "待在", "於"). */
  openers: readonly string[];
  /** Words after which a place is where someone goes back to ("回", "回到"): a place of their own. */
  returns: readonly string[];
  /** Words after which a vehicle is where someone is ("搭", "坐"): only a vehicle. */
  rides: readonly string[];
  /** Vehicles: the Internet ("計程車", "台鐵"). */
  vehicles: readonly string[];
  /** A form's fields for where someone is, before a colon ("位置：", "地點："). */
  labels: readonly string[];
  heads: Record<PlaceClass | 'ambiguous' | 'notPlaces', readonly string[]>;
  /** A floor or a building ("5樓", "B棟"): ours, unless another morpheme says whose. */
  floors: readonly string[];
  /** People or organizations whose place is not ours ("朋友", "供應商"). */
  owners: readonly string[];
  /** Someone's side, after them ("客戶那裡", "廠商那邊"): their place. */
  sides: readonly string[];
  /** What someone does at a place they visit ("洽公", "看病", "驗貨"): the place is not ours, unless it says so. */
  visits: readonly string[];
  /** Outside of a place, at its end ("急診室外", "公司外"): the Internet. */
  outside: readonly string[];
  /** Before a head that could be anyone's, what makes it a part of ours ("分館", "總院", "本校"). */
  ourPrefixes: readonly string[];
  /** Our place only as the whole value of a labelled field ("我：公司", "A=公司，B=機場"). */
  fieldValues: readonly string[];
}

/** The most characters a place read this way runs to ("三重物流倉", "新竹的實驗工坊"): past it, it is a clause. */
const MAX_SPAN = 8;
const POSSESSIVE = '的';
/** A number, a letter or a floor written the English way in a place's name ("3 樓", "B 棟", "3F", "B1"). */
const FLOOR_OR_LETTER = /^(?:\d+f?|[a-z]|b\d)$/;

/** What one piece of a place's words says: a morpheme's class, or a place the vocabulary knows. */
type Said = MorphemeClass | 'known' | 'knownInternet';
/** A piece of a place's words that says something, by its characters' positions in them. */
interface Match {
  from: number;
  to: number;
  kind: Said;
}
/** The most characters of unread words between two morphemes of one place ("12樓大會議室"). */
const MAX_GAP = 1;

/** Reads the places of unknown words in a text's items (see the file's comment). */
export class PlaceFrames {
  private readonly openers: ReadonlySet<string>;
  private readonly returns: ReadonlySet<string>;
  private readonly rides: ReadonlySet<string>;
  private readonly labels: ReadonlySet<string>;
  private readonly morphemes = new Map<string, MorphemeClass>();
  private readonly vehicles: ReadonlySet<string>;
  private readonly ourPrefixes: ReadonlySet<string>;
  private readonly fieldValues: ReadonlySet<string>;
  private readonly longest: number;

  constructor(
    data: PlaceMorphemes,
    /** The concept of a place of each class (the analyzer's, so mentions stay in one shape). */
    private readonly placeConcept: (place: PlaceClass) => Concept,
  ) {
    this.openers = new Set(data.openers);
    this.returns = new Set(data.returns);
    this.rides = new Set(data.rides);
    this.labels = new Set(data.labels);
    for (const [kind, words] of Object.entries(data.heads) as [MorphemeClass, readonly string[]][]) for (const word of words) this.morphemes.set(word, kind);
    for (const word of data.vehicles) this.morphemes.set(word, 'internet');
    for (const word of data.floors) this.morphemes.set(word, 'floor');
    for (const word of data.owners) this.morphemes.set(word, 'owner');
    for (const word of data.sides) this.morphemes.set(word, 'side');
    for (const word of data.visits) this.morphemes.set(word, 'visit');
    for (const word of data.outside) this.morphemes.set(word, 'outside');
    this.vehicles = new Set(data.vehicles);
    this.ourPrefixes = new Set(data.ourPrefixes);
    this.fieldValues = new Set(data.fieldValues);
    this.longest = Math.max(...[...this.morphemes.keys()].map((word) => word.length));
  }

  /** The items with each place said in a frame of unknown words made one mention of it. */
  read(items: readonly Item[]): Item[] {
    const out: Item[] = [];
    for (let i = 0; i < items.length; i++) {
      if (this.isFieldValue(items, i)) {
        out.push({ kind: 'mention', id: 'place.customerNetwork', concept: this.placeConcept('customerNetwork'), surface: surfaceOf(items[i]) ?? '', head: surfaceOf(items[i])?.slice(-1) ?? '' });
        continue;
      }
      const outside = this.outsideOf(items, i);
      if (outside > 0) {
        const words = items.slice(i, i + outside + 1).map((x) => surfaceOf(x) ?? '').join('');
        out.push({ kind: 'mention', id: 'place.internet', concept: this.placeConcept('internet'), surface: words, head: words.slice(-1) });
        i += outside;
        continue;
      }
      const opener = this.opener(items, i);
      const start = opener === 'label' ? i + 2 : opener === undefined || opener === 'inPlace' ? i : i + 1;
      const frame = opener === undefined ? undefined : this.frame(items, start, opener === 'ride', opener === 'return');
      if (frame === undefined) {
        out.push(items[i]);
        continue;
      }
      const [place] = frame.items;
      // "回補習班": the word of going back is part of the place said, as in the vocabulary's "回辦公室", not a word
      // left unread that would make the message about something else.
      if (opener === 'return' && frame.items.length === 1 && place.kind === 'mention') out.push({ ...place, surface: `${surfaceOf(items[i])}${place.surface}` });
      else out.push(...items.slice(i, start), ...frame.items);
      i = frame.end - 1;
    }
    return out;
  }

  /**
   * "人在公司以外的地方", "在公司網路之外", "在公司外面": a place or network of ours the vocabulary knows, then a word of
   * `outside` written across the items after it ("以" + "外", "之" + "外", "外面"), is outside it, the Internet (it was
   * read as ours, or as two places that disagree: an answer on the wrong path). The count of items the outside word takes, or 0. Only words of two characters or
   * more: "公司" + "外" may be the start of "外線", an outside line.
   */
  private outsideOf(items: readonly Item[], i: number): number {
    const item = items[i];
    if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork') return 0;
    let words = '';
    for (let n = 1; n <= 2 && i + n < items.length; n++) {
      const next = items[i + n];
      // "在公司" + "外面": the vocabulary's own word for outside, read as a place of its own.
      const outsideWord = next.kind === 'mention' && next.concept.kind === 'place' && next.concept.value === 'internet' && this.morphemes.get(next.surface) === 'outside';
      if (next.kind !== 'word' && !(next.kind === 'mention' && next.concept.kind === 'filler') && !outsideWord) return 0;
      words += surfaceOf(next) ?? '';
      const after = items[i + n + 1];
      if (words.length >= 2 && this.morphemes.get(words) === 'outside') return after?.kind === 'word' && after.script === 'han' ? 0 : n;
    }
    return 0;
  }

  /**
   * Whether item `i` is a word of `fieldValues` written alone as a field's value, or as one of its values: after the
   * field's colon ("我：公司。"), or after a comma in a line that has one ("我: online, 公司"), up to a pause or the end.
   */
  private isFieldValue(items: readonly Item[], i: number): boolean {
    const item = items[i];
    if (item.kind !== 'word' || !this.fieldValues.has(item.key)) return false;
    const before = items[i - 1];
    const after = items[i + 1];
    if (before?.kind !== 'break' || before.strong || before.paren !== undefined || !(after === undefined || after.kind === 'break')) return false;
    for (let k = i - 1; k >= 0 && !endsSentence(items[k]); k--) {
      const earlier = items[k];
      if (earlier.kind === 'break' && earlier.colon === true) return true;
    }
    return false;
  }

  /**
   * What item `i` opens: a place after it ("在", "待在"), a place gone back to ("回"), a vehicle after it ("搭", "坐"), a form's field and its
   * colon ("位置："), a place that holds its own opener ("在學校" of "在學校宿舍"), or nothing.
   */
  private opener(items: readonly Item[], i: number): 'place' | 'return' | 'ride' | 'label' | 'inPlace' | undefined {
    const item = items[i];
    const text = item.kind === 'mention' ? item.surface : item.kind === 'word' ? item.key : undefined;
    if (text === undefined) return undefined;
    if (item.kind === 'mention' && item.concept.kind === 'place') {
      const next = items[i + 1];
      return this.openers.has(text[0]) && next?.kind === 'word' && next.script === 'han' ? 'inPlace' : undefined;
    }
    if (this.openers.has(text)) return 'place';
    if (this.returns.has(text)) return goesBack(items[i - 1]) ? 'return' : undefined;
    if (this.rides.has(text)) return 'ride';
    const next = items[i + 1];
    return this.labels.has(text) && next?.kind === 'break' && next.colon === true ? 'label' : undefined;
  }

  /**
   * The place said from item `start` on and the index past it, as the items to put there: one mention, or the words
   * as plain words when they make a place that could be ours or not (a place the vocabulary knows inside them then
   * says nothing: "在學校宿舍"). Undefined when the frame holds no morpheme of a place: the items stay as they are.
   */
  private frame(items: readonly Item[], start: number, ride: boolean, back: boolean): { items: Item[]; end: number } | undefined {
    // The words, and where each item ends in them.
    let text = '';
    const ends: number[] = [];
    for (let k = start; k < items.length && text.length <= MAX_SPAN; k++) {
      const item = items[k];
      const piece = isPlaceOfRoom(item) ? item.surface : this.spanPiece(item, text, items[k + 1]);
      if (piece === undefined) break;
      text += piece;
      ends.push(text.length);
    }
    if (text === '' || text.length > MAX_SPAN) return undefined;
    // "在搬家": a word that only ends like a place, across what the vocabulary read as one ("搬" + "家").
    if (this.classesIn(text, 0).some((match) => match.kind === 'notPlaces')) return undefined;
    // Characters of words the vocabulary does not read (not names, person words, numbers or "的"): what may part two
    // morphemes of one place.
    const loose = ends.flatMap((at, k) => Array<boolean>(at - (k === 0 ? 0 : ends[k - 1])).fill(items[start + k].kind === 'word'));
    const matches = this.compound(this.matchesIn(items, start, ends, text), loose);
    if (matches.length === 0) return undefined;
    // The place ends with its last morpheme: words after it ("本部9樓以", "會議室連") are the clause's.
    const count = ends.findIndex((at) => at >= matches[matches.length - 1].to) + 1;
    const end = start + count;
    const words = text.slice(0, ends[count - 1]);
    // "在機房的 SfB Server": a place before "的" says where the thing after it is; "在物流倉的同事", where someone is.
    if (isPossessive(items[end]) && kindOf(items[end + 1]) !== 'party') return undefined;
    if (ride && ![...this.vehicles].some((vehicle) => words.includes(vehicle))) return undefined;
    const place = this.ourPart(words) ? 'customerNetwork' : decide(matches, back);
    if (place === 'none') return undefined;
    if (place === undefined) return { items: items.slice(start, end).map(plain), end };
    const mention: Mention = { kind: 'mention', id: `place.${place}`, concept: this.placeConcept(place), surface: words, head: words.slice(-1) };
    return { items: [mention], end };
  }

  /** What the words of items [start, ...) say, where: each known place's class, and the morphemes between them. */
  private matchesIn(items: readonly Item[], start: number, ends: readonly number[], text: string): Match[] {
    const matches: Match[] = [];
    let from = 0;
    ends.forEach((to, k) => {
      const item = items[start + k];
      if (!isPlaceOfRoom(item)) return;
      const at = k === 0 ? 0 : ends[k - 1];
      matches.push(...this.classesIn(text.slice(from, at), from), { from: at, to, kind: this.knownClass(item) });
      from = to;
    });
    return [...matches, ...this.classesIn(text.slice(from), from)];
  }

  /**
   * What a place the vocabulary knows says: its own, unless it ends with a morpheme of two or more characters that
   * says whose it is otherwise ("候機室" is no room of ours, whatever "…室" says: the vocabulary read "室" and its name).
   */
  private knownClass(item: Mention): Said {
    const surface = item.surface;
    for (let length = Math.min(this.longest, surface.length); length >= 2; length--) {
      const kind = this.morphemes.get(surface.slice(-length));
      if (kind === 'customerNetwork') return 'known';
      if (kind === 'internet') return 'knownInternet';
      if (kind !== undefined) break;
    }
    return item.concept.kind === 'place' && item.concept.value === 'internet' ? 'knownInternet' : 'known';
  }

  /**
   * The morphemes that make one place: from the first, each next one right after the one before, past at most one
   * character of an unread word ("12樓大會議室"; a person word or "的" between: "客戶的品管室"); one further on is in
   * another part of the clause ("在家沒連公司").
   */
  private compound(matches: readonly Match[], loose: readonly boolean[]): Match[] {
    const kept: Match[] = [];
    // A character that could be a place's head, inside a name before the head ("桃園物流倉", "大安區辦公室"), names it.
    const named = matches.filter((match, k) => !(match.kind === 'ambiguous' && match.to - match.from === 1 && k < matches.length - 1));
    for (const match of named) {
      if (kept.length > 0 && loose.slice(kept[kept.length - 1].to, match.from).filter(Boolean).length > MAX_GAP) break;
      kept.push(match);
    }
    return kept;
  }

  /** The text an item adds to a place's words, or undefined when it ends them. */
  private spanPiece(item: Item, sofar: string, next?: Item): string | undefined {
    if (item.kind === 'word') return item.script === 'han' || item.name === true || FLOOR_OR_LETTER.test(item.key) ? item.key : undefined;
    if (item.kind !== 'mention') return undefined;
    const kind = item.concept.kind;
    if (kind === 'number') return item.surface;
    if (kind === 'filler' && ((item.surface === POSSESSIVE && sofar !== '') || this.morphemes.get(item.surface) === 'side')) return item.surface;
    // "營業部", "工務所" cut apart by the segmenter: a measure word or a word of no meaning that is a place's head ends it.
    if (kind === 'filler' && sofar !== '' && this.isHead(item.surface)) return item.surface;
    // Someone else's company first ("供應商的倉庫"): their place follows. A person word that names a unit of ours
    // ("業務課", "研發部"), or one first or inside a word ("員工宿舍", "客戶的品管室", "同事家"), is part of the place,
    // and its morphemes still decide; a person after the place is someone there ("在公司給客戶", "在辦公室的領班").
    if (kind === 'company') return sofar === '' && this.classesIn(item.surface, 0).some((match) => match.kind === 'owner') ? item.surface : undefined;
    if (kind !== 'party' || (item.concept.role !== 'generic' && item.concept.role !== 'peer')) return undefined;
    const unit = this.classesIn(item.surface, 0).at(-1);
    const inWord = (next?.kind === 'word' && next.script === 'han') || (next !== undefined && isPlaceOfRoom(next));
    return sofar === '' || inWord || (unit?.kind === 'customerNetwork' && unit.to === item.surface.length) ? item.surface : undefined;
  }

  /** Whether a word is a place's head of any class ("部", "所", "家"). */
  private isHead(word: string): boolean {
    const kind = this.morphemes.get(word);
    return kind === 'customerNetwork' || kind === 'internet' || kind === 'ambiguous';
  }

  /** "分館", "總院", "本校": a branch or the head office of something that could be anyone's is ours. */
  private ourPart(text: string): boolean {
    return text.length === 2 && this.ourPrefixes.has(text[0]) && this.morphemes.get(text[1]) === 'ambiguous';
  }

  /**
   * The morphemes in a place's words, left to right (at `offset` in the frame): at each character the longest
   * morpheme ending there, unless a longer one found already covers it ("臥室" hides "室", "汽車旅館" hides "車").
   */
  private classesIn(text: string, offset: number): Match[] {
    const found: Match[] = [];
    let coveredFrom = text.length;
    for (let endAt = text.length; endAt > 0; endAt--) {
      if (endAt > coveredFrom) continue;
      for (let length = Math.min(this.longest, endAt); length > 0; length--) {
        const kind = this.morphemes.get(text.slice(endAt - length, endAt));
        if (kind === undefined) continue;
        found.unshift({ from: offset + endAt - length, to: offset + endAt, kind });
        coveredFrom = endAt - length;
        break;
      }
    }
    return found;
  }
}

/** What may stand before someone's going back: the clause's start, its subject, or a word of no meaning ("如果", "那"). */
const BEFORE_GOING_BACK: ReadonlySet<string> = new Set(['party', 'filler', 'boundary']);

/**
 * Whether 回 after `before` is someone going back somewhere ("我回補習班打", "如果回診所打呢"), not the direction of
 * something done before it ("繞回公司", "走網際網路回公司", "撥電話回台北的家"), which is no place anyone is.
 */
function goesBack(before: Item | undefined): boolean {
  return before === undefined || before.kind === 'break' || BEFORE_GOING_BACK.has(kindOf(before) ?? '');
}

/** A place the vocabulary knows as a room or a site, not as the network someone is on ("公司網路"): part of a place's words. */
function isPlaceOfRoom(item: Item): item is Mention {
  return item.kind === 'mention' && item.concept.kind === 'place' && item.concept.value !== 'federated' && item.concept.connection !== true;
}

/** A place word that says nothing here: a word of its own, as the segmenter would have left it. */
function plain(item: Item): Item {
  return item.kind === 'mention' && item.concept.kind === 'place' ? { kind: 'word', key: item.surface, script: 'han', name: undefined, unknown: undefined } : item;
}

/**
 * The place what a frame says makes: 'none' when it names no place (the items stay as they are), undefined when
 * it could be ours or not (it then states nothing).
 * - "搬家", "大家": no place. "醫院急診室外", "公司外": outside of anything is the Internet.
 * - "朋友的工作室", "供應商的工廠", "客戶那裡": whatever the room, someone else's is not ours.
 * - "在銀行辦事", "在醫院看病": a place visited is not ours, unless it is one of ours ("在總公司洽公").
 * - otherwise every head must agree (a floor goes with any, a place the vocabulary knows counts as one): "三重物流倉",
 *   "員工宿舍" agree; "學校宿舍", "飯店會議室" do not.
 * - "回補習班打", "回診所": a place that could be anyone's, gone back to, is one's own workplace (home is a head
 *   of the Internet, and someone else's place or a place visited is decided before).
 */
function decide(said: readonly Match[], back: boolean): PlaceClass | 'none' | undefined {
  const found = said.map((match) => match.kind);
  if (found.includes('notPlaces')) return 'none';
  // Only places the vocabulary knows ("在家", "在公司睡覺"): as they were.
  if (found.every((kind) => kind === 'known' || kind === 'knownInternet')) return 'none';
  const heads = found.filter((kind) => kind !== 'floor' && kind !== 'visit' && kind !== 'side' && kind !== 'outside');
  if (heads.length === 0 && !found.includes('floor') && !found.includes('visit')) return 'none';
  if (found[found.length - 1] === 'outside') return 'internet';
  if (found.includes('owner')) return heads.length > 1 || found.includes('side') ? 'internet' : undefined;
  const ours = heads.some((kind) => kind === 'customerNetwork' || kind === 'known');
  const theirs = heads.some((kind) => kind === 'internet' || kind === 'knownInternet');
  if (found.includes('visit') && !ours) return 'internet';
  // "台南廠餐廳" (ours) and "飯店會議室" (not) read alike: morphemes that disagree with a place the vocabulary knows
  // leave it as it was.
  if (ours && theirs) return found.includes('known') || found.includes('knownInternet') ? 'none' : undefined;
  if (heads.includes('ambiguous')) {
    // "公司 LAN", "公司的工作站", "總部廁所": a room or a thing of a place of ours is ours as the vocabulary reads it
    // (a dormitory or a car park may have a network of its own, but rarely: it stays). "機場大廳", "院外宿舍",
    // "南港展覽館": a hall or a dormitory of somewhere on the Internet is there too.
    // "診所櫃台", "醫院社工室", "分局值班室": a room of ours inside a site that could be anyone's is where its staff work,
    // as a room the vocabulary knows is ("醫院辦公室"): the last head, the room, decides. A room the vocabulary knows
    // by its head alone ("室" after a person word: "醫院社工室", "醫院品管室") would say nothing left on its own.
    const room = heads[heads.length - 1] === 'customerNetwork' || heads[heads.length - 1] === 'known';
    if (found.includes('known') && !theirs) return room ? 'customerNetwork' : 'none';
    return theirs ? 'internet' : back || room ? 'customerNetwork' : undefined;
  }
  return theirs ? 'internet' : 'customerNetwork';
}
