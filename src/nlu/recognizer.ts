// The recognizer: analysis, then slots, topic, focus and intent from it.
import { SLOT_VALUES, type PartialScenario, type SlotName } from '../engine/types';
import { withChosenAlternative } from './alternatives';
import { POSSESSIVES } from './askedParty';
import { calleesMeetings } from './calleesMeeting';
import { withoutCallsFromPlaces } from './callsFrom';
import { ANYONE } from './anyone';
import { Analyzer, englishForms, type Item } from './analyzer';
import { IntentClassifier } from './classifier';
import { isDomainConcept } from './concepts';
import { withoutDecidedAlternatives } from './decided';
import { isFunctionWord } from './english';
import { extracted } from './extractors';
import { featuresOf } from './features';
import { decideIntent, type IntentEvidence } from './intents';
import { clauseEnd, endsSentence, kindOf, sentenceEnd, surfaceOf } from './items';
import type { CompiledModel } from './model';
import { negatedItems } from './negation';
import { People } from './people';
import { withPastedFields } from './pastedFields';
import { othersRooms } from './othersRooms';
import { withOwnedPhones } from './ownedPhones';
import { withPlaceNamedPeople } from './placeNamedPeople';
import { withCalledPlaces } from './calledPlaces';
import { withNamedServers } from './namedServers';
import { withoutSetAsideCases, withoutSetAsidePeople } from './setAsideCases';
import { withSlotMeetings } from './slotMeetings';
import { namesCall, readSlots } from './slots';
import { asksWhyOfRule, ruleSentence } from './ruleQuestions';
import { SUPPOSING_WORDS } from './supposed';
import { askedTask, isTaskWord, taskObjects } from './tasks';
import { visibleText } from './text';
import { topicOf } from './topics';
import { classWords, writesClassWord } from './wordClasses';
import { organizerPartyOf } from './organizerParty';
import { LOCALES, type ExplainTopic, type Locale, type Recognition, type Recognizer } from './types';

/** Question words that ask for a route ("what path", "which way", "route", "the call flow"). */
const ROUTE_WORDS = /path|route|way|flow|路徑|路由|走哪/;
/**
 * Question words of the vocabulary's `cue.question` that ask nothing of a way by themselves ("how", "does", "怎麼",
 * "use": "how do I turn off the sound", "I use Ubuntu at home"): any other one ("go", "cross", "走", "經過") asks how
 * something travels.
 */
const BARE_QUESTION_WORDS: ReadonlySet<string> = new Set(['where', 'how', 'does', 'do', 'will', 'would', 'is it', 'use', 'uses', '怎麼', '如何', '會不會', '是否會', '使用', '會用', '用到']);
/** Concepts that say only where someone is (see IntentEvidence.onlyPlaces). */
const PLACE_KINDS: ReadonlySet<string> = new Set(['place', 'sharedPlace', 'vpn', 'datacenter']);

/** Slots that say what is being asked about, not only where someone is. */
const STRONG_SLOTS: readonly SlotName[] = ['deployment', 'callType', 'organizer', 'firewall'];
/** Slots that describe a scenario beyond where one person is and what kind of call: the setup, the other party (see IntentEvidence.statesSetup). */
const SETUP_SLOTS: readonly SlotName[] = ['deployment', 'homing', 'peer', 'peerHoming', 'organizer', 'firewall'];

/** Keeps only values the engine knows: whatever the data says, a recognition never carries anything else. */
function valid(slots: PartialScenario): PartialScenario {
  const out: Record<string, string> = {};
  for (const slot in slots) {
    const value = slots[slot as SlotName] as string;
    const allowed = SLOT_VALUES[slot as SlotName] as readonly string[] | undefined;
    if (allowed?.includes(value)) out[slot] = value;
  }
  return out as PartialScenario;
}

/**
 * "what do you mean by your network": the place named is the term asked about, not where someone is; "what is
 * ExpressRoute? how is it different from the internet?": the place is the segment it is compared with; "the four
 * segments: is the internet one of them?": the place is one of the segments asked about.
 */
function restatesTopic(slots: PartialScenario, topic: ExplainTopic | undefined, namesParty: boolean): boolean {
  // "如果她回到館內網路呢", "what if he's back on our network?": a place said of someone in particular is where they
  // are, not a segment asked about.
  if (namesParty) return false;
  const segments = topic?.kind === 'segment' || (topic?.kind === 'term' && topic.term === 'segments');
  if (!segments || Object.keys(slots).length !== 1) return false;
  return slots.location === 'customerNetwork' || slots.location === 'internet';
}

/**
 * A word the vocabulary does not know and that carries meaning: an English word beyond function words, a Chinese
 * word of the segmentation lexicon. Single Chinese characters outside the lexicon are mostly particles and verbs.
 */
function isContentWord(item: Extract<Item, { kind: 'word' }>): boolean {
  return item.script === 'latin' ? !isFunctionWord(item.key) : item.key.length > 1;
}

/** Words that open what a ticket says was tried ("Tried: swapped headset, re-signed in"), as matching keys. */
const TRIED_WORDS: ReadonlySet<string> = new Set(['tri', 'tried', 'attempt', 'troubleshoot', 'steps']);
/** How many items a ticket's list of what was tried may run. */
const TRIED_REACH = 8;

/**
 * The noise words in what a ticket says was tried ("Tried: swapped headset, new password"): steps taken, not what
 * the question is about, so they do not make a question about a call out of scope.
 */
function triedSteps(items: readonly Item[]): Set<number> {
  const steps = new Set<number>();
  items.forEach((item, index) => {
    if (item.kind !== 'word' || !TRIED_WORDS.has(item.key)) return;
    for (let k = index + 1; k < items.length && k <= index + TRIED_REACH && !endsSentence(items[k]); k++) {
      const step = items[k];
      if (step.kind === 'mention' && step.concept.kind === 'noise') steps.add(k);
    }
  });
  return steps;
}

type TextSigns = Pick<IntentEvidence, 'asksForNoise' | 'concepts' | 'understood' | 'unknownWords' | 'strangeWords' | 'reportsQuality' | 'namesNetwork' | 'domain' | 'asks' | 'asksPath' | 'asksRoute' | 'asksWay' | 'asksTravel' | 'onlyPlaces' | 'onlyPlacesAndPeople' | 'namesSomeone' | 'namesParty' | 'ownedTraffic' | 'supposesPlace' | 'supposesOtherCall'>;

/** Cues that ask something wherever they are ("why", "what is", "help"); a question word ("how", "does") asks when it opens a sentence. */
const ASKING_CUES: ReadonlySet<string> = new Set(['why', 'explain', 'help', 'compare']);
/** Chinese particles that end a question without a question mark ("可以幫忙準備嗎"). */
const QUESTION_PARTICLES: ReadonlySet<string> = new Set(['嗎', '呢', '吗']);

/**
 * Question words that ask for the thing named right after them ("which ports", "what licence", "哪些 port", 「去哪裡選裝置」:
 * where the thing is found), as written.
 */
const ASKING_FOR = /^(?:what|which)(?:\s|$)|^(?:哪些|哪個|哪一個|什麼|哪裡)/;

/** Whether a question word asks for the noise at `index`, in its phrase or right before it. */
function askedFor(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'noise') return false;
  return ASKING_FOR.test(item.surface) || ASKING_FOR.test(surfaceOf(items[index - 1]) ?? '');
}

/** A sentence's end, or a question's ("...the local internet line? Need to tell the ISP ..."). */
const endsQuestion = (item: Item): boolean => endsSentence(item) || (item.kind === 'break' && item.question === true);

/**
 * Whether a question word asks for what the domain does not cover ("which ports", "what licence", "哪些 port") and
 * every traffic or path named is in a sentence that asks for it (see IntentEvidence.asksForNoise). A route asked in a
 * sentence of its own ("Will the branch use ER? Need to tell the ISP what bandwidth to provision") is asked too.
 */
function asksForNoise(items: readonly Item[], tried: ReadonlySet<number>): boolean {
  const asking = new Set<number>();
  let sentence = 0;
  items.forEach((item, index) => {
    if (!tried.has(index) && askedFor(items, index)) asking.add(sentence);
    if (endsQuestion(item)) sentence += 1;
  });
  if (asking.size === 0) return false;
  sentence = 0;
  return items.every((item) => {
    const routed = item.kind === 'mention' && (item.concept.kind === 'traffic' || item.concept.kind === 'path');
    const inAsking = asking.has(sentence);
    if (endsQuestion(item)) sentence += 1;
    return !routed || inAsking;
  });
}

/** Whether a mention says where someone is: a place of ours or the Internet, shared or not, or the VPN (not another company). */
const placesSomeone = (item: Item): boolean =>
  item.kind === 'mention' && PLACE_KINDS.has(item.concept.kind) && !(item.concept.kind === 'place' && item.concept.value === 'federated');

/** Whether an item is a condition word that opens what is supposed ("if", "what if", 「如果」). */
const opensSupposition = (item: Item): boolean => kindOf(item) === 'boundary' && SUPPOSING_WORDS.has(surfaceOf(item) ?? '');

/** Whether a clause opened by a condition word says where someone is ("if the courier gets back to the depot in time"). */
function supposesPlace(items: readonly Item[]): boolean {
  return items.some((item, index) => opensSupposition(item) && items.slice(index + 1, clauseEnd(items, index + 1)).some(placesSomeone));
}

/** Words that put one call in place of the one discussed ("instead", "instead of" read as a negation, 改成, 改用). */
const INSTEAD: ReadonlySet<string> = new Set(['instead', 'instead of', '改成', '改用', '換成', '换成', '改為', '改为']);
/** Kinds of words that name a call: a verb of calling ("rang", 「打給」) or a kind of call ("a Skype call", 一對一通話). */
const CALL_KINDS: ReadonlySet<string> = new Set(['call', 'callType']);

/**
 * Whether a sentence opened by a condition word puts another call in place of the one discussed ("what if she rang the
 * site foreman over Skype instead of his mobile?", 「如果主任改成跟在家的助理用 Skype 通話呢」): session 56's blind
 * conversations saw the callee's title, words the vocabulary does not know, make it a question about something else.
 */
function supposesOtherCall(items: readonly Item[]): boolean {
  return items.some((item, index) => {
    if (!opensSupposition(item)) return false;
    // The sentence, not the clause: 「跟」 before the one called ends a clause.
    const supposed = items.slice(index + 1, sentenceEnd(items, index + 1));
    return supposed.some((said) => CALL_KINDS.has(kindOf(said) ?? '')) && supposed.some((said) => INSTEAD.has(surfaceOf(said) ?? ''));
  });
}

/** Roles that stand for someone in particular on a call: the other party, or someone named before ("she", "他"). */
const OTHER_PARTIES: ReadonlySet<string> = new Set(['peer', 'pronoun']);

/**
 * What the intent needs to know of the words, in one pass over them (see IntentEvidence). The traffic or path a task
 * asked about acts on (`objects`: "how do I pin someone's video", "cancel the ExpressRoute circuit") asks no route.
 */
function textSigns(items: readonly Item[], tried: ReadonlySet<number>, objects: ReadonlySet<number>): TextSigns {
  const concepts = new Set<string>();
  let unknownWords = 0;
  let strangeWords = 0;
  let domain = false;
  let onlyPlaces = true;
  let party = false;
  let someone = false;
  let named = false;
  let asksPath = false;
  let asksRoute = false;
  let asksWay = false;
  let asksTravel = false;
  let asks = false;
  let network = false;
  let owned = false;
  // How a call sounds or runs ("lagging", "choppy", "很卡", "不穩"): a report about a call (see wordClasses.ts).
  const quality = classWords(items, 'poorCall').size > 0;
  const networkWords = classWords(items, 'network');
  items.forEach((item, index) => {
    if (item.kind === 'break' && item.question) asks = true;
    if (QUESTION_PARTICLES.has(surfaceOf(item) ?? '')) asks = true;
    if (item.kind === 'word') {
      if (networkWords.has(index)) network = true;
      if (isContentWord(item)) unknownWords += 1;
      if (item.name !== true && (item.script !== 'latin' || !isFunctionWord(item.key))) strangeWords += 1;
      if (item.name === true) someone = named = true;
      return;
    }
    if (item.kind !== 'mention') return;
    const { concept } = item;
    // A task's verb ("change", "share") is no word of the domain: asked how to, tasks.ts reads it.
    if (isTaskWord(item)) unknownWords += 1;
    if (!tried.has(index)) concepts.add(item.id);
    if (isDomainConcept(concept)) {
      domain = true;
      if (!PLACE_KINDS.has(concept.kind)) onlyPlaces = false;
    }
    if (concept.kind === 'party') {
      party = true;
      if (!ANYONE.has(item.surface)) someone = true;
      if (OTHER_PARTIES.has(concept.role)) named = true;
    }
    // "why doesn't media go over the internet from home": a place someone is in puts the writer, or someone, there.
    if ((concept.kind === 'place' && concept.value !== 'federated') || concept.kind === 'sharedPlace' || concept.kind === 'vpn') someone = true;
    if (concept.kind === 'vpn' || (concept.kind === 'place' && concept.connection === true) || (PLACE_KINDS.has(concept.kind) && writesClassWord(item.surface, 'network'))) network = true;
    const question = concept.kind === 'cue' && concept.cue === 'question';
    const opensSentence = index === 0 || endsSentence(items[index - 1]);
    if (concept.kind === 'cue' && (ASKING_CUES.has(concept.cue) || (question && opensSentence))) asks = true;
    const traffic = concept.kind === 'traffic' && !objects.has(index);
    if (traffic && index >= 2 && POSSESSIVES.has(surfaceOf(items[index - 1]) ?? '') && items[index - 2].kind === 'word') owned = true;
    if (traffic || question) asksPath = true;
    const path = concept.kind === 'path' && !objects.has(index);
    if (path || (question && ROUTE_WORDS.test(item.surface))) asksWay = true;
    if (traffic) asksRoute = true;
    if (traffic || path || (question && !BARE_QUESTION_WORDS.has(item.surface))) asksTravel = true;
  });
  return { asksForNoise: asksForNoise(items, tried), concepts, understood: unknownWords === 0, unknownWords, strangeWords, reportsQuality: quality, namesNetwork: network, domain, asks, asksPath, asksRoute: asksRoute || asksWay, asksWay, asksTravel, onlyPlaces: domain && onlyPlaces && !party, onlyPlacesAndPeople: domain && onlyPlaces, namesSomeone: someone, namesParty: named, ownedTraffic: owned, supposesPlace: supposesPlace(items), supposesOtherCall: supposesOtherCall(items) };
}

function isBareAnswer(items: readonly Item[]): boolean {
  const said = items.filter((item) => item.kind !== 'break' && !(item.kind === 'mention' && item.concept.kind === 'filler'));
  return said.length > 0 && said.every((item) => item.kind === 'mention' && (item.concept.kind === 'answer' || item.concept.kind === 'negation'));
}

export class NluRecognizer implements Recognizer {
  private readonly analyzer: Analyzer;
  private readonly classifier: IntentClassifier;

  constructor(model: CompiledModel) {
    this.analyzer = new Analyzer(model.tables, englishForms(model.tables.aliases, model.tables.contractions));
    this.classifier = new IntentClassifier(model.classifier);
  }

  recognize(message: string, locale?: Locale): Recognition {
    // Callers outside TypeScript may pass anything: an unknown locale is detected, a non-string is empty text.
    const given = LOCALES.includes(locale as Locale) ? locale : undefined;
    const text = typeof message === 'string' ? visibleText(message) : '';
    const analyzed = this.analyzer.analyze(text, given);
    const detected = analyzed.locale;
    // Alternatives set side by side: only the one the question picks describes the call.
    // "in the client's boardroom": a room of someone outside the organization is theirs (othersRooms.ts).
    // "Organizer: N/A": a ticket's field filled with a placeholder says nothing (pastedFields.ts).
    // "the 10am sync": a meeting said by its time slot is a conference (slotMeetings.ts).
    // "running on Tailspin's infrastructure": a company's servers named by its name are its own (namedServers.ts).
    // "Customer A is Online, customer B hybrid; forget B": what is said of a case set aside is not said (setAsideCases.ts).
    // 「在家打呢」: a bare verb of calling after a place says only where the one there calls from (callsFrom.ts).
    // "on my phone's LTE": a phone owned is the device its owner is on, not a call (ownedPhones.ts).
    // "if the ticket desk guy was on the ferry": a place before a person noun names the person (placeNamedPeople.ts).
    // "calls the box office landline": a room before the line called is whose line it is (calledPlaces.ts).
    // 「品保經理在外面出差，先不管他」: a person set aside is no one in the call (setAsideCases.ts).
    const items = withoutSetAsidePeople(withoutSetAsideCases(withChosenAlternative(othersRooms(withNamedServers(withSlotMeetings(withPastedFields(withOwnedPhones(withCalledPlaces(withPlaceNamedPeople(withoutCallsFromPlaces(analyzed.items)))))))))));
    const negated = negatedItems(items);
    const found = topicOf(items, negated);
    const topic = found?.topic;
    // "is the meeting hosted in the cloud or in our datacenter, who decides?": the alternatives weighed state nothing.
    const facts = withoutDecidedAlternatives(items);
    const factsNegated = facts === items ? negated : negatedItems(facts);
    const reading = readSlots(facts, factsNegated);
    const stated = valid(reading.slots);
    const tried = triedSteps(items);
    const signs = textSigns(items, tried, taskObjects(items));
    const restated = restatesTopic(stated, topic, signs.namesParty);
    const asksRule = ruleSentence(items) !== undefined;
    const { intent, confidence } = decideIntent({
      ...signs,
      ranked: this.classifier.rank(featuresOf(tried.size === 0 ? items : items.filter((_, index) => !tried.has(index)))),
      slotCount: restated ? 0 : Object.keys(stated).length,
      strongSlots: STRONG_SLOTS.some((slot) => stated[slot] !== undefined),
      statesSetup: SETUP_SLOTS.some((slot) => stated[slot] !== undefined) || stated.callType === 'broadcast',
      topic,
      specific: found?.specific ?? false,
      asked: found?.asked ?? false,
      compared: found?.compared ?? false,
      asksRule,
      answer: isBareAnswer(items),
      pasted: text.includes('\n'),
      askedTask: askedTask(items),
    });
    const slots = intent === 'explain' && restated ? {} : stated;
    // Who is who: the slot reader's reading when it read these same items (most texts), else read once when asked.
    let people: People | undefined = facts === items ? reading.people : undefined;
    const readPeople = (): People => (people ??= new People(items, calleesMeetings(items)));
    const analysis = { text, locale: detected, intent, items, negated, slots, people: readPeople };
    const party = organizerPartyOf(text, items, negated, slots);
    const bySetup = slots.callType === 'pstn' && slots.deployment === 'cloudConnector' && !namesCall(facts, factsNegated);
    const recognition: Recognition = {
      locale: detected, intent, slots: {}, confidence, ...extracted(analysis), ...(party && { organizerParty: party }), ...(bySetup && { callTypeBySetup: true as const }),
    };
    // An explain question names its topic's parts ("CCE, the box in our DC"), no call's facts that could clash.
    const { clash } = reading;
    switch (intent) {
      case 'ask':
      case 'back':
        return { ...recognition, slots, ...(clash && { clash }) };
      case 'explain':
        return { ...recognition, slots, ...(topic && { topic }), ...(asksWhyOfRule(items) && { askedRule: true }) };
      case 'switchLanguage':
      case 'help':
      case 'cancel':
      case 'greeting':
      case 'none':
        return recognition;
    }
  }
}
