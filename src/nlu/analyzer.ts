// Text -> tokens -> items: every language's words become matching keys (stemmed, typo-corrected English;
// Traditional Chinese segmented over the lexicon), and vocabulary phrases become mentions of their concepts.
import { withoutSpacedHosts } from './spacedHosts';
import { hostedFrom } from './hostedFrom';
import { hostedWhereBy } from './hostedWhereBy';
import { withMovedAccounts } from './movedAccounts';
import { withoutHomeAsVerb } from './homeAsVerb';
import { withoutMovers } from './movers';
import { withFirmPartners } from './firmPartners';
import { withSelfIntroductions } from './selfIntroductions';
import { withoutGuestNetworks } from './guestNetworks';
import { isGivenName } from './names';
import { withNamedSites } from './namedSites';
import { withCallStarters } from './callStarters';
import { withoutPathAlternatives } from './pathAlternatives';
import { GENERIC_PERSON, inOneShape, parseConcept, type Concept } from './concepts';
import { meetingsCalledBy, meetingsFrom } from './calledBy';
import { PlaceFrames } from './placeFrames';
import { roomOwner, theirRooms } from './roomOwners';
import { ourFirm } from './ownFirm';
import { ourSites } from './ourSites';
import { ourNamedOrganization } from './ourNamedOrganization';
import { serversAtPlaces } from './serverPlaces';
import { officesAtSites } from './siteOffices';
import { emptyTrie, phraseEnd, phrasesAt, phrasesInto, type PhraseNode } from './phraseTrie';
import { lowercaseNames } from './lowercaseNames';
import { wordNames } from './wordNames';
import { accountNames } from './accountNames';
import { repeatedNames } from './repeatedNames';
import { stemsAsLetters } from './chineseLetters';
import { calledNames, chatLineNames, pairedNames, rowLabelNames, spacesName, splitOnNames } from './chineseNames';
import { Segmenter, colloquialRewriter, toTraditional, type Segment } from './chinese';
import { isFunctionWord, keepsAlias, meansIAm, splitWord, wordKey, type EnglishForms } from './english';
import type { AnalyzerTables } from './tables';
import { CHINESE_LOCATIVE, HAN, detectLocale, foldText, normalizeText, splitText, type RawToken } from './text';
import { withPairedPlaces } from './pairedPlaces';
import { TypoCorrector } from './typos';
import type { Locale } from './types';

export type Script = 'latin' | 'han';

export interface Token {
  key: string;
  script: Script;
  /** The word as written (after contraction and typo handling). */
  surface: string;
  /** A capitalized English word the vocabulary does not know ("Anil", "Manila", "Fabrikam"), or "小陳": perhaps a name. */
  name?: boolean;
  /** A Chinese character the lexicon does not know. */
  unknown?: boolean;
}

export type Item =
  /** `head`: the matching key of the phrase's last word ("sales rep" and "the rep" share "rep"). */
  | { kind: 'mention'; id: string; concept: Concept; surface: string; head: string }
  /** `name`: a capitalized word the vocabulary does not know ("Anil", "Manila", "Fabrikam"), see Token. */
  | { kind: 'word'; key: string; script: Script; name?: true; unknown?: true }
  /** `spaced`: only a space between Chinese runs (see text.ts RawToken). */
  | { kind: 'break'; strong: boolean; paren?: 'open' | 'close'; list?: boolean; quote?: boolean; colon?: boolean; line?: boolean; question?: boolean; spaced?: true };

export type Mention = Extract<Item, { kind: 'mention' }>;

export interface Analysis {
  locale: Locale;
  items: Item[];
}

type Piece = Token | Extract<Item, { kind: 'break' }>;

/** English word forms from the vocabulary: variants to canonical words, contractions to words. */
export function englishForms(aliases: Record<string, readonly string[]>, contractions: Record<string, string>): EnglishForms {
  const aliasMap = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(aliases)) {
    aliasMap.set(canonical, canonical);
    for (const variant of variants) aliasMap.set(variant, canonical);
  }
  const contractionMap = new Map(Object.entries(contractions).map(([k, v]) => [k, v.split(' ')]));
  return { aliases: aliasMap, contractions: contractionMap };
}

/** Concepts whose words are too common to be what a two-character typo stands for. */
const TYPO_FREE = /^(filler|boundary|negation|party|marker|cue|answer|number|lang)\b/;
/** A verb's past or -ing form: never a person word (see personByStemOnly). */
const VERB_FORM = /[a-z](?:ed|ing)$/;
/** Nouns that are things, sharing a stem with a person word ("ops control", "call controls" with "controller"). */
const THINGS_SHARING_A_STEM: ReadonlySet<string> = new Set(['control', 'controls']);
/**
 * Nouns of a department or an activity, sharing a stem with the person who does it: "design" (designer), "development"
 * (developer), "administration", "recruitment", "coordination", "consultancy". No person word of the vocabulary ends so.
 */
const DEPARTMENT_NOUN = /^(?:designs?|[a-z]+(?:tion|ment|ancy|ency)s?)$/;
/** "3:58 PM", "at 10 pm": after a clock time, the half of the day, never a person (a PM is a project manager). */
const MERIDIEM: ReadonlySet<string> = new Set(['am', 'pm']);
const CLOCK_TIME = /^\d{1,2}(?::\d{2}){0,2}$/;
const tellsTime = (tokens: readonly Token[], i: number): boolean => MERIDIEM.has(tokens[i].key) && i > 0 && CLOCK_TIME.test(tokens[i - 1].key);

/**
 * matchRun's arrays, written over from one run to the next instead of four allocated per run, and grown when a run
 * is longer than any before.
 */
interface RunScratch {
  /** The fewest items the tokens from a position on read as. */
  cost: number[];
  /**
   * Between readings of as many items, the one leaving fewer words of meaning outside a phrase: "the cloud connector"
   * is "the" + "cloud connector", not "the cloud" + a stray "connector".
   */
  stray: number[];
  /** The reading chosen at each position: where it ends, and the phrase's concept (none for a single word). */
  chosenEnd: number[];
  chosenConcept: (string | undefined)[];
  /** The phrases starting at the position being read, shortest first (see phrasesInto). */
  ends: number[];
  concepts: string[];
}

const runScratch: RunScratch = { cost: [], stray: [], chosenEnd: [], chosenConcept: [], ends: [], concepts: [] };

export class Analyzer {
  private readonly segmenter: Segmenter;
  private readonly corrector: TypoCorrector;
  /** Word -> key, seeded with every word the vocabulary knows (Porter stemming costs about 10 µs a word). */
  private readonly keys: Map<string, string>;
  private readonly knownKeys: Set<string>;
  private readonly concepts = new Map<string, Concept>();
  /** Chinese family names ("李護理長"). */
  private readonly surnames: ReadonlySet<string>;
  /** Written Cantonese to the Mandarin the vocabulary is written in. */
  private readonly toMandarin: (text: string) => string;
  private readonly root: PhraseNode<string> = emptyTrie();
  /** Chinese places the vocabulary does not know, read from their frame and morphemes. */
  private readonly placeFrames: PlaceFrames;
  /** People whose place is not ours ("朋友", "供應商"): a room of theirs is not one of ours (see roomOwner). */
  private readonly placeOwners: ReadonlySet<string>;
  /** Place words of two characters or more ("櫃台", "工地", "高鐵"): a run holding one is no name. */
  private readonly placeWords: ReadonlySet<string>;
  /** Place heads of one character ("廠", "店", "站") and "們": a run ending in one is no name ("高雄廠", "高層們"). */
  private readonly placeEnds: ReadonlySet<string>;
  /** Words that only end like a place ("買家", "店家", "玩家"; see placeFrames' notPlaces). */
  private readonly notPlaces: ReadonlySet<string>;
  /** The "by" marker a meeting "called by" someone is read as (see meetingsCalledBy), looked up once. */
  private readonly hostMarker: { id: string; concept: Concept };
  /** The concept "homed Online", for an account moved to the product (see movedAccounts), looked up once. */
  private readonly homedOnline: { id: string; concept: Concept };
  /** The lexicon's place shared by two people (「都在公司」), for places joined to 都 (pairedPlaces.ts). */
  private readonly sharedPlace = (value: 'customerNetwork' | 'internet'): { id: string; concept: Concept } => ({ id: `${SHARED_PLACE}.${value}`, concept: this.concepts.get(`${SHARED_PLACE}.${value}`) as Concept });
  /** The concept a person of any title is read as (see openTitle), looked up once. */
  private readonly generic: { id: string; concept: Concept };
  /** The concept another company is read as, for a room of theirs (see theirRooms), looked up once. */
  private readonly otherCompany: { id: string; concept: Concept };
  /** The concept the one who places a call is read as (see withCallStarters), looked up once. */
  private readonly caller: { id: string; concept: Concept };

  constructor(
    tables: AnalyzerTables,
    private readonly forms: EnglishForms,
  ) {
    // A two-character typo is only ever read as a word of what a question states ("會義" as 會議, "迅號" as 訊號), never
    // as a function word or a person word ("哪些" is no typo of 那些).
    const phraseWords = new Set(tables.phrases.flatMap(([id, ...keys]) => (TYPO_FREE.test(id) ? [] : keys.filter((key) => HAN.test(key)))));
    this.segmenter = new Segmenter(new Set(tables.lexicon), tables.homophones, phraseWords);
    this.surnames = new Set(tables.surnames);
    this.toMandarin = colloquialRewriter(tables.colloquial);
    this.corrector = new TypoCorrector(tables.typoTargets);
    this.keys = new Map(Object.entries(tables.stems));
    this.knownKeys = new Set(this.keys.values());
    for (const [id, ...keys] of tables.phrases) this.addPhrase(id, keys);
    this.placeFrames = new PlaceFrames(tables.placeMorphemes, (place) => this.concepts.get(`place.${place}`) as Concept);
    this.placeOwners = new Set(tables.placeMorphemes.owners);
    const { heads, vehicles, owners } = tables.placeMorphemes;
    const placeWords = [...heads.customerNetwork, ...heads.internet, ...heads.ambiguous, ...vehicles, ...owners];
    this.placeWords = new Set(placeWords.filter((word) => word.length >= 2));
    this.placeEnds = new Set([...placeWords.filter((word) => word.length === 1), '們']);
    this.notPlaces = new Set(heads.notPlaces);
    this.hostMarker = { id: HOST_MARKER, concept: this.concepts.get(HOST_MARKER) as Concept };
    this.otherCompany = { id: OTHER_COMPANY, concept: this.concepts.get(OTHER_COMPANY) as Concept };
    this.generic = { id: GENERIC_PERSON, concept: this.concepts.get(GENERIC_PERSON) as Concept };
    this.caller = { id: CALLER, concept: this.concepts.get(CALLER) as Concept };
    this.homedOnline = { id: HOMED_ONLINE, concept: this.concepts.get(HOMED_ONLINE) as Concept };
  }

  analyze(text: string, locale?: Locale): Analysis {
    const items = withoutPathAlternatives(withNamedSites(withMovedAccounts(withoutHomeAsVerb(withoutMovers(hostedWhereBy(hostedFrom(meetingsFrom(meetingsCalledBy(withoutSpacedHosts(withSelfIntroductions(withFirmPartners(this.match(this.tokenize(text))))), this.hostMarker), this.hostMarker), this.hostMarker), this.hostMarker))), this.homedOnline)));
    if (!HAN.test(text)) return { locale: locale ?? detectLocale(text), items };
    const rooms = theirRooms(this.placeFrames.read(withCallStarters(items, this.caller)), this.otherCompany);
    // Places said in more than one mention: an office at a public site, a server's place, a firm, a site or an
    // organization that is ours, a building's network a guest is on.
    // ... and a place said of two people joined together (「導演跟編劇都在廠裡」).
    return { locale: locale ?? detectLocale(text), items: withPairedPlaces(withoutGuestNetworks(ourNamedOrganization(ourSites(ourFirm(serversAtPlaces(officesAtSites(rooms)))))), this.sharedPlace) };
  }

  /** The matching key of an English word. */
  private keyOf(word: string): string {
    let key = this.keys.get(word);
    if (key === undefined) {
      key = wordKey(word, this.forms);
      // Bounded: a long-running bot sees unbounded distinct words.
      if (this.keys.size < 50_000) this.keys.set(word, key);
    }
    return key;
  }

  /** Whether a run of Han characters holds a place word or ends in one (see placeWords, placeEnds). */
  private namesPlace(run: string): boolean {
    if (this.placeEnds.has(run.at(-1) ?? '')) return true;
    for (let i = 0; i < run.length; i++) for (let j = i + 2; j <= run.length; j++) if (this.placeWords.has(run.slice(i, j))) return true;
    return false;
  }

  /** Whether the vocabulary knows an English word, given its key. */
  private isKnown(word: string, key: string): boolean {
    return this.forms.aliases.has(word) || this.knownKeys.has(key);
  }

  /**
   * A user's text -> tokens: Simplified converted to Traditional Chinese, written Cantonese to Mandarin, typos fixed.
   * A capitalized word the vocabulary does not know is kept as written inside a sentence (a name is no typo) and
   * marked as a possible name.
   */
  private tokenize(text: string): Piece[] {
    let normalized = foldText(text);
    const han = HAN.test(normalized);
    if (han) normalized = this.toMandarin(toTraditional(normalized));
    const pieces: Piece[] = [];
    const raws = splitText(normalized);
    // Names found by where they are written: capitalized words inside a sentence, Chinese names labelling chat lines
    // or a roster's rows, said with their account, or written twice.
    const latinNames = namesInside(raws);
    const unknownWord = (word: string) => !this.isKnown(word, this.keyOf(word)) && !isFunctionWord(word);
    const lowercase = han ? new Set<string>() : lowercaseNames(raws, unknownWord);
    // "Will organizes the sync", "Caller: Bill": given names the vocabulary knows as words, where a name stands.
    const wordNamed = han ? new Set<string>() : wordNames(raws, (word) => isGivenName(word) && this.isKnown(word, this.keyOf(word)));
    // Each run is segmented once per text: the name finders read the same runs the tokens below are made of
    // (repeatedNames every run of the text), and a run without a name was segmented twice.
    const segmented = new Map<string, Segment[]>();
    const segment = (run: string): Segment[] => {
      let segments = segmented.get(run);
      if (segments === undefined) {
        segments = this.segmenter.segment(run);
        segmented.set(run, segments);
      }
      return segments;
    };
    const names = han ? new Set([...chatLineNames(raws, segment), ...rowLabelNames(raws, segment, this.surnames), ...pairedNames(raws, segment), ...calledNames(raws, segment), ...accountNames(raws, { segment, surnames: this.surnames, namesPlace: (run) => this.namesPlace(run) }), ...repeatedNames(raws, segment, this.surnames, (run) => this.namesPlace(run))]) : new Set<string>();
    raws.forEach((raw, index) => {
      // "請問 怡君 的訊號路徑": a space sets a Chinese name apart from the words around it; it is no pause.
      if (raw.kind === 'break' && raw.spaced === true && spacesName(raws[index - 1], raws[index + 1], names)) return;
      if (raw.kind === 'break') pieces.push(raw);
      else if (raw.kind === 'han') {
        for (const piece of splitOnNames(raw.text, names)) {
          pieces.push(...(piece.name ? [{ key: piece.text, script: 'han' as const, surface: piece.text, name: true as const }] : hanTokens(segment(piece.text), this.surnames)));
        }
      }
      else {
        const next = raws[index + 1];
        const previous = raws[index - 1];
        let words = meansIAm(raw.text, next?.kind === 'latin' ? next.text : undefined, previous?.kind === 'latin' ? previous.text : undefined)
          ? ['i', 'am']
          : splitWord(raw.text, this.forms);
        const last = pieces[pieces.length - 1];
        // "Min-jun", "Hye-jin", "Eun-ji's": a syllable hyphened to a name is part of it, one word ("minjun"), so that
        // "Ji-woo" and "Eun-ji" share no word that would make them one person.
        if (raw.hyphened === true && last !== undefined && !('kind' in last) && last.name === true) {
          pieces[pieces.length - 1] = { ...last, key: last.key + words[0], surface: last.surface + words[0] };
          words = words.slice(1);
        }
        const initial = last === undefined || ('kind' in last && last.strong);
        for (const word of words) {
          // The word's key, looked up once: it says whether the vocabulary knows the word, and is the token's key
          // unless a typo is corrected.
          const key = keepsAlias(word, next?.kind === 'latin' ? next.text : undefined) ? this.keyOf(word) : word;
          const unknown = !this.isKnown(word, key) && !isFunctionWord(word) && !/\d/.test(word);
          // In Chinese text a capitalized word the vocabulary does not know is a name even opening a sentence ("Jerry 今天在..."),
          // and so is one written as a name inside a sentence elsewhere ("... invited Mateo. Mateo's path?").
          // A name written in small letters (see lowercaseNames.ts) is kept as written too.
          const writtenLow = lowercase.has(word);
          const corrected = unknown && !writtenLow && !(raw.capitalized && (!initial || han || latinNames.has(raw.text))) ? this.corrector.correct(word) : undefined;
          const surface = corrected ?? word;
          const name = ((raw.capitalized === true || writtenLow) && unknown && corrected === undefined && word.length > 1) || (han && aloneGivenName(raws, index)) || (raw.capitalized === true && wordNamed.has(word));
          pieces.push({ key: corrected === undefined ? key : this.keyOf(corrected), script: 'latin', surface, ...(name && { name }) });
        }
      }
    });
    return han ? stemsAsLetters(pieces) : pieces;
  }

  /**
   * Phrases -> mentions: the reading with the fewest items (a phrase is one item, so is a word it leaves over),
   * the longest phrase first among equals. Greedy longest-first would read "the peer-to-peer example" as "the
   * peer" + "to" + "peer"; phrases never span a break.
   */
  private match(pieces: Piece[]): Item[] {
    const items: Item[] = [];
    let start = 0;
    while (start < pieces.length) {
      const piece = pieces[start];
      if ('kind' in piece) {
        // Every break in one shape, as every word and every mention (see inOneShape).
        items.push({ kind: 'break', strong: piece.strong, paren: piece.paren, list: piece.list, quote: piece.quote, colon: piece.colon, line: piece.line, question: piece.question, spaced: piece.spaced });
        start += 1;
        continue;
      }
      let end = start;
      while (end < pieces.length && !('kind' in pieces[end])) end += 1;
      items.push(...this.matchRun(pieces.slice(start, end) as Token[]));
      start = end;
    }
    return items;
  }

  /**
   * Whether a person word was matched only through a verb sharing its stem: "managed by IT", "she engineered it",
   * "they coordinated", "Ops control" match "manager", "engineer", "coordinator", "controller" by their stems, and
   * would stand for someone. No person word of the vocabulary ends in -ed or -ing; a plural ("controllers") stays one.
   * A department's word stands for its people ("design moved to Online", "someone from administration", "the
   * development team"), but right before a place it names the room ("the factory design office", "the administration
   * building"): read as a person, it took the place and homing said of whoever sits there.
   */
  private personByStemOnly(token: Token, words: number, concept: string | undefined, nextConcept: string | undefined): boolean {
    if (words !== 1 || concept === undefined || token.script !== 'latin' || this.concepts.get(concept)?.kind !== 'party') return false;
    if (VERB_FORM.test(token.surface) || THINGS_SHARING_A_STEM.has(token.surface)) return true;
    return DEPARTMENT_NOUN.test(token.surface) && nextConcept !== undefined && this.concepts.get(nextConcept)?.kind === 'place';
  }

  /** Whether a proper name's last characters and the place word after them write a word that is no place. */
  private endsNoPlace(name: string, place: string): boolean {
    return [...name].some((_, k) => this.notPlaces.has(name.slice(k) + place));
  }

  /** Every phrase starting at `i` of a run's keys, as [end, concept id]. */
  private phrasesAt(keys: readonly string[], i: number): [number, string][] {
    return phrasesAt(this.root, keys, i);
  }

  private matchRun(tokens: readonly Token[]): Item[] {
    const n = tokens.length;
    /** The tokens' keys, which phrases are matched by, gathered once for every lookup of the run. */
    const keys = tokens.map((token) => token.key);
    // The dynamic programme's arrays, shared by every run (a match never nests; see RunScratch): each position's
    // entries are written before they are read.
    const { cost, stray, chosenEnd, chosenConcept, ends, concepts } = runScratch;
    // Grown in order, so the arrays stay packed (a write far past the end would leave holes).
    while (cost.length <= n) {
      cost.push(0);
      stray.push(0);
      chosenEnd.push(0);
      chosenConcept.push(undefined);
    }
    cost[n] = 0;
    stray[n] = 0;
    // A name the vocabulary knows as a word ("Will", "Bill", see wordNames.ts) is no part of a phrase: the index of
    // the first such name at or after each position (n: none), which a phrase must end before.
    let nameAt = n;
    for (let i = n - 1; i >= 0; i--) {
      if (tokens[i].name === true && tokens[i].script === 'latin') nameAt = i;
      cost[i] = 1 + cost[i + 1];
      stray[i] = (isFunctionWord(tokens[i].key) ? 0 : 1) + stray[i + 1];
      chosenEnd[i] = i + 1;
      chosenConcept[i] = undefined;
      // A Latin name is a name, never a phrase's word ("Will 在家加入" is no "will"; see aloneGivenName).
      const found = tokens[i].script === 'latin' && tokens[i].name === true ? 0 : phrasesInto(this.root, keys, i, ends, concepts);
      // Longest first, replaced only by a strictly cheaper reading.
      for (let k = found - 1; k >= 0; k--) {
        const end = ends[k];
        if (end > nameAt) continue;
        const cheaper = 1 + cost[end] < cost[i] || (1 + cost[end] === cost[i] && (chosenConcept[i] === undefined || stray[end] < stray[i]));
        if (cheaper) {
          cost[i] = 1 + cost[end];
          stray[i] = stray[end];
          chosenEnd[i] = end;
          chosenConcept[i] = concepts[k];
        }
      }
    }
    const items: Item[] = [];
    for (let i = 0; i < n; ) {
      const end = chosenEnd[i];
      const chosen = chosenConcept[i];
      // The verb after is looked up only for a bare 會 (a phrase lookup at every token cost a tenth of the matching).
      const concept = bareMeeting(tokens, i, chosen) && !this.startsVerb(keys, i + 1) ? MEETING : this.personByStemOnly(tokens[i], end - i, chosen, end < n ? chosenConcept[end] : undefined) || tellsTime(tokens, i) ? undefined : chosen;
      // "on the zoo LAN": "LAN" alone is already a place of ours, but only named as a network does it outweigh a room
      // said beside it ("from the reptile house PC on the zoo LAN").
      const naming = concept === undefined || (end - i === 1 && NETWORK_HEADS.has(tokens[i].surface)) ? this.ownNetwork(tokens, i, items) : 0;
      if (naming > 0) {
        // "on our practice network", "on the church network", "on the plant network", "on the hospital's wired
        // network": a network named by what it serves is ours.
        const served = items.splice(items.length - naming, naming);
        const surface = [...tokens.slice(i - naming, i).map((token) => token.surface), tokens[i].surface].join(' ');
        items.push({ kind: 'mention', id: OUR_NETWORK, concept: this.concepts.get(OUR_NETWORK) as Concept, surface: served.length === 1 && served[0].kind === 'mention' ? `${served[0].surface} ${tokens[i].surface}` : surface, head: tokens[i].key });
        i = end;
        continue;
      }
      const site = concept === undefined && FACILITIES.has(tokens[i].surface) ? properName(items) : undefined;
      if (site?.script === 'latin') {
        // "the Dublin site", "the Eastside clinic": a facility named by a proper name is one of ours.
        items.splice(items.length - site.count, site.count);
        const place = this.concepts.get(OUR_PLACE) as Concept;
        items.push({ kind: 'mention', id: OUR_PLACE, concept: place, surface: `${site.text} ${tokens[i].surface}`, head: tokens[i].key });
        i = end;
        continue;
      }
      // The phrase's concept, looked up once for every question below.
      const meant = concept === undefined ? undefined : this.concepts.get(concept);
      const kind = meant?.kind;
      // "新竹廠", "the Madrid office": a place's proper name; "李護理長", "王醫師": a person's surname.
      const titled = meant?.kind === 'party' && meant.role === 'generic';
      // "Wendy in the office", "Luis at HQ": a name before a place said with where it is is a person's, not the place's.
      // "Amy 在家", "Ken 於總部": so is one before a Chinese place said with "在" or "於", and a Latin name before what
      // someone does there ("Amy 出差中", "Kevin 住飯店"); Chinese characters still name it ("日本住飯店" stays one place).
      const locative = kind === 'place' && (LOCATIVE_START.has(tokens[i].key) || CHINESE_AT.test(tokens[i].key));
      const proper = kind === 'place' && !locative ? properName(items, HAN.test(tokens[i].surface)) : undefined;
      // "Sunita works from home", "Raj sits in the office": a Latin name before a place phrase that says what someone
      // does there (a verb, then "from" or "in") is a person's too (en43-16: Sunita's home went to the one she called).
      const personThere = proper?.script === 'latin' && (CHINESE_LOCATIVE.test(tokens[i].key) || (end - i > 2 && LOCATIVE_START.has(keys[i + 1])));
      // "打給買家", "問店家": a character the lexicon does not know before a place word may make a word that only ends
      // like a place (a buyer, a shop owner), no place's name: read as a home, the buyer put the caller on the Internet.
      if (proper?.script === 'han' && this.endsNoPlace(proper.text, tokens[i].key)) {
        items.push({ kind: 'word', key: tokens[i].key, script: tokens[i].script, name: undefined, unknown: undefined });
        i = end;
        continue;
      }
      const named = proper !== undefined ? (personThere ? undefined : proper) : titled ? (surname(items, this.surnames) ?? titlePrefix(items)) : undefined;
      if (named) items.splice(items.length - named.count, named.count);
      // "在主管辦公室", "在組員休息室": whose room it is, before its name.
      const owner = kind === 'place' && !locative ? roomOwner(items, this.placeOwners) : undefined;
      if (owner) items.splice(items.length - owner.count, owner.count);
      const name = (owner?.text ?? '') + (named ? `${named.text}${named.script === 'latin' ? ' ' : ''}` : '');
      const company = concept === undefined && COMPANY_HEADS.has(tokens[i].key) && this.ownsNext(keys, i + 1) ? companyName(items) : '';
      const lettered = this.letterCompany(tokens, keys, i, items);
      if (lettered) {
        // "A 公司的窗口", "B 集團開的會", "XX公司那邊的人": a company named by a letter is another company; what follows
        // the company word ("的", "那邊") is read on its own.
        // The segmenter may keep "公司的" as one word: its "的" is still what owns the next.
        const head = tokens[i].key.endsWith(POSSESSIVE) ? tokens[i].key.slice(0, -1) : tokens[i].key;
        items.pop();
        items.push({ kind: 'mention', id: OTHER_COMPANY, concept: this.concepts.get(OTHER_COMPANY) as Concept, surface: `${lettered} ${head}`, head });
        if (head !== tokens[i].key) items.push({ kind: 'mention', id: FILLER, concept: this.concepts.get(FILLER) as Concept, surface: POSSESSIVE, head: POSSESSIVE });
        i += 1;
        continue;
      }
      const title = concept === undefined ? openTitle(items, tokens[i]) : 0;
      if (company) {
        // "力拓公司", "立訊公司": a proper name before a word for a company is another company.
        items.splice(items.length - [...company].length, [...company].length);
        items.push({ kind: 'mention', id: OTHER_COMPANY, concept: this.concepts.get(OTHER_COMPANY) as Concept, surface: company + tokens[i].surface, head: tokens[i].key });
      } else if (concept === undefined && this.titleSuffix(items, tokens[i])) {
        // "稽核員", "值班組長": a person word and a title character the lexicon does not know are one person word.
        const last = items[items.length - 1] as Mention;
        items[items.length - 1] = { kind: 'mention', id: last.id, concept: last.concept, surface: last.surface + tokens[i].surface, head: last.head + tokens[i].key };
      } else if (title > 0) {
        // "打給在茶園的茶師", "給站務員": a title the lexicon does not know, where a person is named, is a person word.
        // "主任牧師": after a title, the words end it: one person word.
        const words = items.splice(items.length - title, title).map((item) => (item.kind === 'word' ? item.key : '')).join('');
        const titled = isGeneric(items[items.length - 1]) ? (items.pop() as Mention).surface : '';
        items.push({ kind: 'mention', id: this.generic.id, concept: this.generic.concept, surface: titled + words + tokens[i].surface, head: tokens[i].key });
      } else if (concept === undefined) {
        const { key, script, name: isName, unknown } = tokens[i];
        // Both marks always present (undefined when not so): every word in one shape (see inOneShape).
        items.push({ kind: 'word', key, script, name: isName ? true : undefined, unknown: unknown ? true : undefined });
      }
      else {
        // A phrase of one word (most) is that word as written.
        const words = end - i === 1 ? undefined : tokens.slice(i, end);
        const written = words === undefined ? tokens[i].surface : words.map((w) => w.surface).join(words.every((w) => w.script === 'han') ? '' : ' ');
        const head = tokens[end - 1].key;
        items.push({ kind: 'mention', id: concept, concept: meant as Concept, surface: name + written, head });
      }
      i = end;
    }
    return items;
  }

  /**
   * The letter naming a company ("A 公司", "XX公司", "OOO 集團") when token `i` is a word for a company right after a
   * letter or a placeholder, and the text makes it another company: it hosts ("A 公司開的會", "B 集團辦的會議"), or
   * its people or side are called ("跟 A 公司的窗口", "打給 XX公司那邊"). A company that is only named may be the one the
   * writer advises ("A 公司的使用者在家") and stays as it is, as does the writer's own ("我們是 A 公司的員工").
   */
  private letterCompany(tokens: readonly Token[], keys: readonly string[], i: number, items: readonly Item[]): string | undefined {
    const letter = tokens[i - 1];
    const key = tokens[i].key;
    const owned = key.endsWith(POSSESSIVE) && COMPANY_HEADS.has(key.slice(0, -1));
    if (!(owned || COMPANY_HEADS.has(key)) || letter?.script !== 'latin' || !COMPANY_LETTERS.test(letter.key)) return undefined;
    const last = items[items.length - 1];
    const alone = last?.kind === 'word' ? last.key === letter.key : last?.kind === 'mention' && last.surface === letter.surface;
    if (!alone) return undefined;
    const name = letter.surface.toUpperCase();
    const next = owned ? [] : this.phrasesAt(keys, i + 1).map(([, id]) => this.concepts.get(id));
    if (next.some((c) => c?.kind === 'hostedMeeting' || (c?.kind === 'marker' && c.marker === 'hosted'))) return name;
    const before = items[items.length - 2];
    const called = before?.kind === 'mention' ? before.concept.kind === 'call' || CALLED_AFTER.has(before.surface) : before?.kind === 'word' && CALLED_AFTER.has(before.key);
    const side = owned || keys[i + 1] === POSSESSIVE || next.some((c) => c?.kind === 'cue' && c.cue === 'perspective');
    return called && side ? name : undefined;
  }

  /**
   * How many items before token `i` name it when it is a network word ("network", "LAN", "WAN", "intranet") named by
   * one word after "our", "the" or a bare "on" ("our practice network", "the church network", "the plant network",
   * "on the zoo LAN", "on resort network"), or by the possessive of a place of ours and at
   * most one word more ("the hospital's network", "the plant's wired network"): a word that is no one else's network
   * ("home", "guest", "hotel", "mobile", a client's, a name: "the Contoso network", "the client's network"). 0 when
   * it is not.
   */
  private ownNetwork(tokens: readonly Token[], i: number, items: readonly Item[]): number {
    if (!NETWORK_HEADS.has(tokens[i].surface)) return 0;
    for (let words = 1; words <= 3; words++) {
      if (i <= words) continue;
      const determiner = items[items.length - words - 1];
      const said = tokens[i - words - 1];
      if (determiner?.kind !== 'mention' || determiner.concept.kind !== 'filler' || determiner.surface !== said.surface) continue;
      // "on resort network": terse notes drop the article, and "on" alone then says the same of one word that is no
      // determiner of its own ("on their network", "on my network" are whoever's they say).
      const bare = words === 1 && said.surface === 'on' && items[items.length - 1]?.kind === 'word';
      if (!OWN_DETERMINERS.has(said.surface) && !bare) continue;
      // "the hospital's wired network": the possessive right after the word that names the network.
      const possessive = items[items.length - words + 1];
      if (words > 1 && !(tokens[i - words + 1].surface === POSSESSIVE_EN && possessive?.kind === 'mention' && possessive.concept.kind === 'filler')) continue;
      const named = [...Array(words).keys()].map((k) => i - words + k).filter((k) => k !== i - words + 1 || words === 1);
      if (!named.every((k) => this.namesOurNetwork(tokens[k], items[items.length - (i - k)]))) continue;
      // Whose network it is said by possessive only of a place of ours ("the plant's network") or a facility ("the
      // hospital's network"): "the library's network", "the contractor's network" are someone else's.
      const owner = items[items.length - words];
      if (words === 1 || FACILITIES.has(tokens[i - words].surface) || (owner?.kind === 'mention' && owner.concept.kind === 'place' && owner.concept.value === 'customerNetwork')) return words;
    }
    return 0;
  }

  /**
   * Whether `word`, read as `item`, may name a network of ours: a word that is no one else's network, alone or a room
   * of ours ("the plant network"); never a phrase of anything else.
   */
  private namesOurNetwork(word: Token, item: Item | undefined): boolean {
    if (word.script !== 'latin' || word.name === true || NOT_OUR_NETWORKS.has(word.surface)) return false;
    if (item?.kind === 'word') return item.key === word.key;
    return item?.kind === 'mention' && item.surface === word.surface && (item.concept.kind === 'filler' || (item.concept.kind === 'place' && item.concept.value === 'customerNetwork'));
  }

  /** Whether a phrase for what something would do to a call starts at token `at` (see isVerbConcept). */
  private startsVerb(keys: readonly string[], at: number): boolean {
    return this.phrasesAt(keys, at).some(([, id]) => isVerbConcept(this.concepts.get(id)));
  }

  /** Whether a token is a title character the lexicon does not know right after a person word ("稽核" + "員"). */
  private titleSuffix(items: readonly Item[], token: Token): boolean {
    const last = items[items.length - 1];
    return token.unknown === true && TITLE_SUFFIXES.has(token.key) && isGeneric(last);
  }

  /**
   * Whether what starts at `i` makes the company before it someone's ("立訊公司的窗口") or a host ("力拓公司辦的會議"):
   * "我們是一間貿易公司" describes ours.
   */
  private ownsNext(keys: readonly string[], i: number): boolean {
    if (keys[i] === '的') return true;
    return this.phrasesAt(keys, i).some(([, id]) => {
      const kind = this.concepts.get(id);
      return kind?.kind === 'hostedMeeting' || (kind?.kind === 'marker' && kind.marker === 'hosted');
    });
  }

  private addPhrase(id: string, keys: readonly string[]): void {
    let concept = this.concepts.get(id);
    if (!concept) {
      const parsed = parseConcept(id);
      if (!parsed) return; // reported by buildTables
      concept = inOneShape(parsed);
      this.concepts.set(id, concept);
    }
    phraseEnd(this.root, keys).value ??= id;
  }
}

/**
 * "協理的會", "有個會要我參加", "拉了一場會", "那個會我在家參加": "會" alone is "will" (a filler), but right after "的"
 * or a measure word it is the noun, a meeting, unless a verb the vocabulary knows follows it ("這個會影響媒體嗎",
 * "Edge 的會被擋嗎", "那個會經過 ER 嗎"): then it is "will" again. Joined to a verb ("的會走", "會不會") the lexicon
 * reads that word instead. This says whether the 會 is placed as the noun; the caller then looks for the verb.
 */
function bareMeeting(tokens: readonly Token[], i: number, concept: string | undefined): boolean {
  return concept === FILLER && tokens[i].key === '會' && i > 0 && BEFORE_MEETING_NOUN.has(tokens[i - 1].key);
}
const FILLER = 'filler';
const MEETING = 'callType.conference';
/** The marker of a meeting's host that a passive call after a meeting is read as (calledBy.ts). */
const HOST_MARKER = 'marker.by';
const BEFORE_MEETING_NOUN: ReadonlySet<string> = new Set(['的', '個', '場', '一個', '一場', '這個', '那個', '這場', '那場', '整個']);
/**
 * Concepts that, right after "會", make it "will": what something would do to a call ("影響", "被擋", "斷"), not
 * what is asked of a meeting ("老闆的會怎麼走", "那個會 media 走哪", "主管的會加入不了").
 */
const VERB_CUES: ReadonlySet<string> = new Set(['explain', 'block', 'allow', 'direct', 'down', 'why']);
const isVerbConcept = (concept: Concept | undefined): boolean =>
  concept?.kind === 'firewall' || concept?.kind === 'negation' || (concept?.kind === 'cue' && VERB_CUES.has(concept.cue));

/** Characters that end a title ("稽核員", "組長", "藥劑師"): after a person word, part of it. */
const TITLE_SUFFIXES: ReadonlySet<string> = new Set(['員', '長', '師', '處', '課', '組', '股']);
/** Prefixes of everyday Chinese names ("阿哲", "小陳", "老吳"): with one character the lexicon does not know, a name. */
const NAME_PREFIXES: ReadonlySet<string> = new Set(['阿', '小', '老']);
/** Characters of place names that are also words ("臺中", "內湖", "南港"): still part of the name before a place. */
const PLACE_NAME_CHARACTERS: ReadonlySet<string> = new Set(['中', '上', '內', '東', '西', '南', '北', '新', '大']);
/** Words for a facility, which after a proper name are one of our places ("the Dublin site", "the Manila hub"). */
const FACILITIES: ReadonlySet<string> = new Set([
  'site', 'sites', 'hub', 'depot', 'clinic', 'hospital', 'store', 'center', 'centre', 'facility', 'warehouse', 'yard', 'mill',
]);
const OUR_PLACE = 'place.customerNetwork';
const OUR_NETWORK = 'network.customerNetwork';
const SHARED_PLACE = 'sharedPlace';
/** Words before "network" that make it ours ("our practice network") when it is nobody else's. */
const OWN_DETERMINERS: ReadonlySet<string> = new Set(['our', 'the']);
/** Words for a network that a word before them names as one of ours ("the church network", "the zoo LAN"). */
const NETWORK_HEADS: ReadonlySet<string> = new Set(['network', 'lan', 'wan', 'intranet']);
/** Words that name a network someone else runs, or any network, before "network" ("the guest network", "the mobile network"). */
const NOT_OUR_NETWORKS: ReadonlySet<string> = new Set([
  'home', 'house', 'flat', 'apartment', 'residential', 'family', 'parents', 'friend', 'friends', 'neighbour', 'neighbor', 'personal', 'own',
  'hotel', 'guest', 'guests', 'visitor', 'visitors', 'public', 'open', 'free', 'cafe', 'café', 'airport', 'train', 'venue', 'event',
  'mobile', 'cellular', 'cell', 'phone', 'data', 'carrier', 'provider', 'operator', 'telco', 'isp', '3g', '4g', '5g', 'lte', 'satellite',
  'client', 'clients', 'customer', 'customers', 'partner', 'partners', 'vendor', 'vendors', 'supplier', 'suppliers', 'external', 'outside', 'foreign',
  'wireless', 'wifi', 'wi-fi', 'local', 'other', 'another', 'same', 'shared', 'whole', 'entire', 'wrong', 'different', 'secure', 'social',
  'internet', 'microsoft', 'azure', 'cloud', 'teams', 'skype', 'edge', 'backbone', 'university', 'tor',
]);
/** The longest English proper name a place word takes in front ("the Quezon City office"). */
const ENGLISH_NAME_WORDS = 3;
/** Words for a company, which after a proper name are another company ("力拓公司"). */
const COMPANY_HEADS: ReadonlySet<string> = new Set(['公司', '企業', '集團']);
const OTHER_COMPANY = 'company.other';
/** The concept the one who places a call is read as (see withCallStarters). */
const CALLER = 'party.user';
/** The concept an account moved to the product is read as (see movedAccounts). */
const HOMED_ONLINE = 'homed.online';
/** A letter or a placeholder that names a company ("A 公司", "XX公司", "OOO 集團"). */
const COMPANY_LETTERS = /^(?:[a-z]|xx|xxx|ooo)$/;
const POSSESSIVE = '的';
/** The English possessive as a word of its own ("the hospital's network"). */
const POSSESSIVE_EN = "'s";
/** Words after which a company's people are the ones called ("跟 A 公司的窗口"). */
const CALLED_AFTER: ReadonlySet<string> = new Set(['跟', '和', '與', '給', '找']);
/** English prepositions that say where someone is: a place phrase opening with one takes no proper name in front. */
const LOCATIVE_START: ReadonlySet<string> = new Set(['in', 'at', 'from', 'on', 'to', 'insid', 'inside']);
/** Chinese words that open a place phrase with where someone is ("在家", "於總部"). */
const CHINESE_AT = /^[在於]/;
/** The longest proper name a place word takes in front ("新竹廠", "板橋辦公室", "竹北辦公室"). */
const PLACE_NAME_LENGTH = 4;

/**
 * "板橋辦公室", "新竹廠": the characters right before a place word that the lexicon does not know (or that name
 * places) are its proper name, part of the place: nobody's words between a person and where they are. Returns
 * them, joined, when the items just made end with them.
 */
function placeName(items: readonly Item[]): string {
  let name = '';
  for (let k = items.length - 1; k >= 0 && name.length < PLACE_NAME_LENGTH; k--) {
    const item = items[k];
    const char = item.kind === 'word' ? item.key : item.kind === 'mention' && item.concept.kind === 'filler' ? item.surface : '';
    const partOfName = item.kind === 'word' ? item.script === 'han' && item.unknown === true : PLACE_NAME_CHARACTERS.has(char);
    if (char.length !== 1 || !partOfName) break;
    name = char + name;
  }
  // A place-name character alone is a word of its own ("在家中", "公司上").
  return [...name].some((c) => !PLACE_NAME_CHARACTERS.has(c)) ? name : '';
}

/** A number one character long, as the name of a site ("二廠", "3廠", "一館"). */
const SITE_NUMBER = /^(?:[一二三四五六七八九十]|\d)$/;

/**
 * "二廠組長", "3廠的領班": a number written right before a place word is the site's name (Plant 2), not a count: read
 * as "two", it made the plant's team lead two people, and what was said of the one called went to the caller too.
 */
function placeNumber(items: readonly Item[]): string {
  const last = items[items.length - 1];
  return last?.kind === 'mention' && last.concept.kind === 'number' && SITE_NUMBER.test(last.surface) ? last.surface : '';
}

/** "李護理長", "王醫師": a family name right before a person word is part of how the person is named. */
function surname(items: readonly Item[], surnames: ReadonlySet<string>): { text: string; count: number; script: Script } | undefined {
  const last = items[items.length - 1];
  return last?.kind === 'word' && last.script === 'han' && surnames.has(last.key) ? { text: last.key, count: 1, script: 'han' } : undefined;
}

/**
 * A capitalized given name alone between Chinese words or breaks ("Will 在家加入", "跟 May（Online 帳號）"): a name
 * even when the vocabulary knows it as a word (see isGivenName); "Will Online" or "May 2024" is English.
 */
function aloneGivenName(raws: readonly RawToken[], index: number): boolean {
  const raw = raws[index];
  if (raw.kind !== 'latin' || raw.capitalized !== true || !isGivenName(raw.text)) return false;
  return raws[index - 1]?.kind !== 'latin' && raws[index + 1]?.kind !== 'latin';
}

/**
 * Characters that end a title of someone's trade or office ("茶師", "站務員", "典獄長"), as the segmenter leaves them:
 * alone, unknown.
 */
const TRADE_TITLE_ENDS: ReadonlySet<string> = new Set(['師', '員', '長']);
/** The most characters the lexicon does not know before a trade's title character ("茶" of "茶師", "站務" of "站務員"). */
const TRADE_LENGTH = 2;

/**
 * "打給在山上用 4G 的茶師", "打給站務員", "參加風控長排的會議", "召集人是典獄長", "會議是典獄長排的": characters the
 * lexicon does not know ending with a title character (師, 員, 長), right after "的", a call word, a join word, a word
 * for the organizer or "是", where a person is named, are a title the vocabulary has no list of (trades and offices
 * are open classes); right after a title ("主任牧師"), they end that title. Returns how many of the items just made are
 * part of it (0: none), `token` being its end.
 */
function openTitle(items: readonly Item[], token: Token): number {
  if (token.unknown !== true || !TRADE_TITLE_ENDS.has(token.key)) return 0;
  let count = 0;
  while (count < TRADE_LENGTH) {
    const item = items[items.length - 1 - count];
    if (item?.kind !== 'word' || item.script !== 'han' || item.unknown !== true || item.key.length !== 1) break;
    count++;
  }
  const before = items[items.length - 1 - count];
  const opens =
    before?.kind === 'mention' &&
    (before.surface === POSSESSIVE ||
      before.concept.kind === 'call' ||
      (before.concept.kind === 'cue' && before.concept.cue === 'join') ||
      (before.concept.kind === 'marker' && (before.concept.marker === 'by' || before.concept.marker === 'copula')) ||
      isGeneric(before));
  return count > 0 && opens ? count : 0;
}

/** Whether an item is a word for a person of some title ("主任", "經理"). */
const isGeneric = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'generic';

/** How many characters the lexicon does not know may say what kind of a title it is ("區經理", "工地主任"). */
const TITLE_PREFIX_LENGTH = 2;

/**
 * "打給在家的區經理", "跟工地主任": characters the lexicon does not know right before a person word, after "的" or a
 * call word (where no verb stands), say which title it is ("區" of "區經理"): part of how the person is named, so the
 * relative clause before them still describes them. Elsewhere such a character may be a verb ("叫經理", "問主任").
 */
function titlePrefix(items: readonly Item[]): { text: string; count: number; script: Script } | undefined {
  let text = '';
  let k = items.length - 1;
  for (; k >= 0 && text.length < TITLE_PREFIX_LENGTH; k--) {
    const item = items[k];
    if (item.kind !== 'word' || item.script !== 'han' || item.unknown !== true || item.key.length !== 1) break;
    text = item.key + text;
  }
  const before = items[k];
  const opens = before?.kind === 'mention' && (before.surface === POSSESSIVE || before.concept.kind === 'call');
  return text && opens ? { text, count: text.length, script: 'han' } : undefined;
}

/**
 * The proper name right before a place word, as the items just made end with it: Chinese characters (see
 * placeName) or capitalized English words the vocabulary does not know ("the Madrid office", "Quezon City"); before a
 * Chinese place word, a site's number too (see placeNumber).
 */
function properName(items: readonly Item[], chinesePlace = false): { text: string; count: number; script: Script } | undefined {
  const chinese = placeName(items) || (chinesePlace ? placeNumber(items) : '');
  if (chinese) return { text: chinese, count: [...chinese].length, script: 'han' };
  const words: string[] = [];
  for (let k = items.length - 1; k >= 0 && words.length < ENGLISH_NAME_WORDS; k--) {
    const item = items[k];
    if (item.kind !== 'word' || item.script !== 'latin' || item.name !== true) break;
    words.unshift(item.key);
  }
  return words.length > 0 ? { text: words.join(' '), count: words.length, script: 'latin' } : undefined;
}

/** Characters of motion a company's name does not start with: "跑出公司", "回公司" leave or reach ours. */
const MOTION = /^[進出回離到去來在往]/;

/** "力拓公司": a name of two or more characters the lexicon does not know, before a word for a company. */
function companyName(items: readonly Item[]): string {
  const name = placeName(items);
  return [...name].length >= 2 && !MOTION.test(name) ? name : '';
}

/**
 * Words of kinship colleagues call each other by after a family name ("王姐", "李哥", "林叔"): with it, one name, as
 * "阿" or "小" before a character is.
 */
const KIN_SUFFIXES: ReadonlySet<string> = new Set(['姐', '姊', '哥', '叔', '伯', '嫂']);

/** Segments -> tokens; "阿" or "小" and one unknown character are one name, and so are a family name and a kinship word. */
function hanTokens(segments: readonly Segment[], surnames: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segments.length; i++) {
    const next = segments[i + 1];
    const kin = surnames.has(segments[i].text) && next !== undefined && KIN_SUFFIXES.has(next.text);
    if ((NAME_PREFIXES.has(segments[i].text) && next !== undefined && !next.known && next.text.length === 1) || kin) {
      const name = segments[i].text + next.text;
      tokens.push({ key: name, script: 'han', surface: name, name: true });
      i += 1;
    } else tokens.push({ key: segments[i].text, script: 'han', surface: segments[i].text, ...(!segments[i].known && { unknown: true }) });
  }
  return tokens;
}

/** The capitalized words written inside a sentence (not opening one): names, wherever else they are written. */
function namesInside(raws: ReturnType<typeof splitText>): Set<string> {
  const names = new Set<string>();
  raws.forEach((raw, index) => {
    const before = raws[index - 1];
    if (raw.kind === 'latin' && raw.capitalized && before !== undefined && !(before.kind === 'break' && before.strong)) names.add(raw.text);
  });
  return names;
}

/** Phrase -> keys, as the analyzer keys a user's words (without typo correction or conversion). */
export function phraseKeys(phrase: string, segmenter: Segmenter, forms: EnglishForms): string[] {
  const keys: string[] = [];
  for (const raw of splitText(normalizeText(phrase))) {
    if (raw.kind === 'han') keys.push(...segmenter.segment(raw.text).map((s) => s.text));
    else if (raw.kind === 'latin') keys.push(...splitWord(raw.text, forms).map((w) => wordKey(w, forms)));
  }
  return keys;
}
