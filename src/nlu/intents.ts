// The intent: the classifier's ranking, checked against what the text actually contains. Slots are the strongest
// evidence (a greeting that describes a call is a question); a command needs its words ("cancel", "上一步"); and a
// question the vocabulary finds nothing of the domain in is out of scope, however the classifier ranks it.
import type { RankedIntent } from './classifier';
import type { AskedTask } from './tasks';
import type { ExplainTopic, Intent } from './types';

export interface IntentEvidence {
  ranked: readonly RankedIntent[];
  /** Ids of the concepts the text mentions. */
  concepts: ReadonlySet<string>;
  /** Slots the text states. */
  slotCount: number;
  /** Whether it states what kind of call or deployment, or the firewall (not only a place or homing). */
  strongSlots: boolean;
  /** Whether it states the setup (deployment, homing, organizer, firewall), the other party, or a broadcast: more than where one person is and what kind of call. */
  statesSetup: boolean;
  /** Whether it names anything of the domain (paths, traffic, segments, topics, slots). */
  domain: boolean;
  topic?: ExplainTopic;
  /** Whether the topic is specific enough to explain over a scenario the text also describes (see topics.ts). */
  specific: boolean;
  /** Whether the text asks what the topic is ("what does 'hybrid' mean", "Edge Server 是幹嘛的"). */
  asked: boolean;
  /** Whether a sentence compares two terms and names no call or person ("what's the difference between Hybrid and Online?"; topics.ts). */
  compared: boolean;
  /** Whether it asks, yes or no, whether a rule holds, of nobody in particular ("does a federated call ever use ER?"; ruleQuestions.ts). */
  asksRule: boolean;
  /** Whether the vocabulary understands every word (beyond function words). */
  understood: boolean;
  /** Nothing but "yes" or "no": the answer to a question we asked. */
  answer: boolean;
  /** Whether a question word asks for what the domain does not cover ("which ports", "what licence", "哪些 port"): that is what is asked, whatever route it names. */
  asksForNoise: boolean;
  /** Whether the text asks anything: a question mark or particle ("嗎"), a question word opening a sentence, "why", "what is", "help". */
  asks: boolean;
  /** Whether the text asks about traffic or a path ("where does the media go", "走哪"). */
  asksPath: boolean;
  /** Whether the text asks which way traffic goes: traffic or a path named, or "what path", "which route", "which way". */
  asksRoute: boolean;
  /** Whether a path is named or a way asked ("ER", "走哪", "which route"): traffic alone ("聲音很小") is not enough. */
  asksWay: boolean;
  /** Whether anything is said to travel: traffic, a path, or a word of going ("go", "cross", "走", "經過"), not "how" or "does" alone. */
  asksTravel: boolean;
  /** Whether all the domain names is a place ("the office", "在家"), said of nobody: no person, call, meeting, deployment, homing or traffic. */
  onlyPlaces: boolean;
  /** Whether all the domain names is places and people ("報修人：林小姐 / 單位：新竹廠"): nothing of a call or traffic. */
  onlyPlacesAndPeople: boolean;
  /** How many words carry meaning the vocabulary does not know. */
  unknownWords: number;
  /** How many words the vocabulary does not know, Chinese single characters outside the lexicon included ("關", "翻譯"). */
  strangeWords: number;
  /** Whether it tells how a call sounds or runs ("lagging", "choppy", "很卡", "不穩"). */
  reportsQuality: boolean;
  /** Whether a place named is a network someone is on ("the guest Wi-Fi", "公共 Wi-Fi", "沒開 VPN"), not only where they are. */
  namesNetwork: boolean;
  /** Whether the text runs over several lines (a pasted ticket or mail): never a bare answer to our question. */
  pasted: boolean;
  /** Whether a supposition puts someone at a place ("what if she presented from home?", 「如果老闆改在家裡主講呢」). */
  supposesPlace: boolean;
  /** Whether a supposition puts another call in place of the one discussed ("what if she rang the stage manager instead?"). */
  supposesOtherCall: boolean;
  /** Whether it asks how to do something with the client ("how do I share my screen", "怎麼把電話轉到手機"; tasks.ts), and with which verb. */
  askedTask?: AskedTask;
  /** Whether it names someone in particular (the writer, the other party, a person by role or name, not "users") or where someone is. */
  namesSomeone: boolean;
  /** Whether it names a person by name, the other party or a pronoun ("Ana", "her colleague", "she"): not only the writer or anyone. */
  namesParty: boolean;
  /** Whether traffic is said to be someone's by a word the vocabulary does not know ("the dispatcher's signaling", 「Jason 的訊號」). */
  ownedTraffic: boolean;
}

export interface IntentDecision {
  intent: Intent;
  confidence: number;
}

/** How sure the classifier must be to win over the evidence (a text describing a call being out of scope). */
const SURE = 0.8;
/** A question about a term may state facts around it ("what is federation, does calling a partner count?"). */
const MAX_SLOTS_AROUND_A_TERM = 2;
/** How many unknown words around a place alone make a text small talk rather than an answer ("at home, obviously"). */
const SMALL_TALK_WORDS = 3;
/** How many words the vocabulary does not know make a question that asks no way about something else. */
const ELSEWHERE_WORDS = 2;
/** How many words the vocabulary does not know a what-if may move someone with ("makes it back ... starts"). */
const MOVING_WORDS = 3;
/** The confidence given to an intent the evidence chose over the classifier. */
const OVERRULED = 0.5;

/** The words a command must contain (any of them). */
const COMMAND_WORDS: Readonly<Record<'cancel' | 'back' | 'greeting' | 'help', readonly string[]>> = {
  cancel: ['cue.cancel'],
  back: ['cue.back'],
  greeting: ['cue.greeting'],
  help: ['cue.help'],
};

/** Whether the text has what an intent needs: a command its words, an explanation a topic, a question the domain. */
function supported(intent: Intent, evidence: IntentEvidence): boolean {
  switch (intent) {
    case 'explain':
      return evidence.topic !== undefined;
    case 'ask':
      return evidence.slotCount > 0 || evidence.domain || evidence.answer;
    case 'none':
      return true;
    case 'switchLanguage':
      // A language named, or "change language" alone: "translate this to French" is no request to switch.
      return ['lang.en', 'lang.zh-TW'].some((w) => evidence.concepts.has(w)) || (evidence.concepts.has('cue.language') && evidence.understood);
    case 'cancel':
    case 'back':
    case 'greeting':
    case 'help':
      return COMMAND_WORDS[intent].some((word) => evidence.concepts.has(word));
  }
}

/**
 * Whether a question is about something other than a call's way, whatever place or kind of call it names: "Skype 有沒有
 * 白板功能？在家開腦力激盪會議想用", "Is a Calling Plan cheaper than our old PBX at the branch?" say nothing travels (no
 * traffic, path, "go" or "走"), nothing of the setup, and ask with words the vocabulary does not know: the question is
 * about those words, the place and call around them are where and when it came up.
 */
function aboutSomethingElse(evidence: IntentEvidence): boolean {
  const { concepts } = evidence;
  if (evidence.asksTravel || evidence.statesSetup || evidence.asked || evidence.specific || concepts.has('cue.why') || concepts.has('cue.ticket')) return false;
  // "Skype meeting lagging at the office, can check?": a failure or how a call runs is a report about the call;
  // "我在公司大廳連 Guest 網路，Skype 通話算外網嗎": the network someone is on is what the question weighs.
  // Joining from somewhere ("can I join the company meeting from my dorm?") is the call itself.
  if (concepts.has('cue.down') || concepts.has('cue.join') || evidence.reportsQuality || evidence.namesNetwork) return false;
  // "what if the chair spoke from her beach house?", 「如果老闆改成在家裡主講呢？」: a what-if that moves
  // someone is about the call, whatever verb moves them ("presented", "makes it back", 主講) the vocabulary does not know;
  // more such words ("if an agent rings the emergency number from the ward, is the caller's address sent along?") ask about something else.
  // So is a what-if that calls someone else instead, whatever their title ("stage manager", "site lead").
  if ((evidence.supposesPlace || evidence.supposesOtherCall) && evidence.strangeWords <= MOVING_WORDS) return false;
  // Told without a question ("at the Marriott in Lisbon this week", a pasted ticket) it may be an answer or a report.
  return evidence.asks && evidence.strangeWords >= ELSEWHERE_WORDS;
}

/** Whether the text tells how a call runs: a call named and a word of a poor call ("Remote desktop is slow" is not). */
function reportsCall(evidence: IntentEvidence): boolean {
  return evidence.reportsQuality && [...evidence.concepts].some((id) => id === 'call' || id.startsWith('callType.'));
}

/** Whether a call type or a kind of traffic is named: what makes a question about a call rather than a service. */
function namesCallOrTraffic(concepts: ReadonlySet<string>): boolean {
  return [...concepts].some((id) => id.startsWith('callType.') || id.startsWith('traffic.'));
}

function chosen(evidence: IntentEvidence): Intent {
  const { slotCount, topic, ranked } = evidence;
  // A ticket's "報修人" field asks nothing by itself: a ticket about anything else reads as noise ("耳機沒有聲音"
  // names media and asks nothing), one that asks which way something goes is about ours ("報修人：小王 / 問題描述：我在
  // 公司，媒體走哪？", "媒體會不會回到我們機房？").
  const asksTraffic = ['traffic.media', 'traffic.signaling'].some((t) => evidence.concepts.has(t)) && evidence.concepts.has('cue.question');
  // "報修人：總務 阿明 / 問題描述：打外線常常單向無聲": a ticket about a call (its type said) is about ours too.
  const ours = evidence.asksWay || asksTraffic || evidence.strongSlots;
  const concepts = evidence.concepts.has('cue.ticket') && !ours ? new Set([...evidence.concepts, 'noise']) : evidence.concepts;
  if (evidence.answer && slotCount === 0) return 'ask';
  const top = ranked[0];
  const sure = (intent: Intent) => (ranked.find((r) => r.intent === intent)?.probability ?? 0) >= SURE;
  const specific = topic !== undefined && evidence.specific;
  // "license", "price", "DSCP": a question about something else that happens to name the domain.
  const asksDomain = top?.intent === 'ask' || top?.intent === 'explain';
  // "Why would ExpressRoute Premium matter for a traveling user?": a question about the topic, not the scenario.
  const asksWhy = concepts.has('cue.why') || concepts.has('cue.explain');
  // "how do I set up QoS on my switches": a how-to about the topic is not a question about what it is.
  // 「憑證的 CRL 走哪裡」, "where do certificate CRL checks go?": where one of the article's Internet-only services goes
  // is the article's; the certificate beside it says whose it is.
  const explains = specific && (asksWhy || (topic.kind === 'internetOnly' && evidence.asksWay));
  // A call named beside them ("Skype 會議裡抓不到攝影機") does not make it a question about the call's path unless one is
  // asked: "what licenses do our home workers need for Skype Online" names no route.
  // "Which ports does Skype Online media use?": asked for the thing itself, the route named is only whose it is.
  if (concepts.has('noise') && asksDomain && !explains && (evidence.asksForNoise || !evidence.strongSlots || !sure(top.intent) || !evidence.asksRoute)) return 'none';
  const pick = ranked.find((r) => supported(r.intent, evidence))?.intent ?? 'none';
  // "Edge Server 到底是幹嘛的？為什麼 Online 會議一定要經過它？": asked what a term is, with at most a fact or two
  // around it, the question is the term, whatever the classifier ranks first.
  // More facts around it ("what does 'hybrid deployment' mean? we have on-prem servers and O365 both") still ask
  // what the term is when nothing asks about a path.
  // A question framed as about the concept ("Quiz: where is a conference hosted when ...?") names facts of no call.
  // Two terms compared in a sentence of their own ("I've taken over from Priya ... we're 'Hybrid' in some places and
  // 'Online' in others. So: what's the difference between a Hybrid deployment and an Online one?") ask what they are,
  // whatever the sentences around tell, unless traffic or a path is named.
  const aroundTheTerm = slotCount <= MAX_SLOTS_AROUND_A_TERM || !evidence.asksPath || concepts.has('cue.concept') || (evidence.compared && !evidence.asksRoute);
  // "「homed Online」是什麼意思？中文版翻成「線上穴」": a question about a translation asks what the term is, not to switch.
  if (evidence.asked && aroundTheTerm && pick !== 'cancel' && pick !== 'back') return 'explain';
  // "Do Hybrid on-prem users' meetings stay on the on-prem pool? i.e. if an on-prem user schedules it, is the
  // conference always on our servers?": whether a rule holds, asked of nobody, is answered by the rule, however many
  // facts the rule names; asking where "you" are would answer a call nobody made.
  // A broadcast's attendees take one way whoever they are ("For a broadcast, does the stream to attendees ever use
  // expressroute?"): its row answers the rule as it answers a case.
  const answeredByRow = concepts.has('callType.broadcast');
  if (evidence.asksRule && topic !== undefined && !answeredByRow && !evidence.pasted && !evidence.reportsQuality && !concepts.has('noise') && !evidence.asksForNoise && pick !== 'cancel' && pick !== 'back') return 'explain';
  // "how do I share my screen from home?", 「在家要怎麼把 Skype 電話轉到手機」: how to do something with the client,
  // with no traffic or path named, asks about the task whatever place or call it names; with a verb the vocabulary
  // does not know ("how do I disable IM at the branch?"), nothing may be said to go anywhere either.
  const task = evidence.askedTask === 'named' ? !evidence.asksRoute : evidence.askedTask === 'unnamed' && !evidence.asksTravel;
  if (task && !explains) return 'none';
  // "why do Online conferences always use an Edge server?", 「為什麼跟 Skype 消費者版的同盟一定走網際網路？」: why a rule
  // holds, asked of nobody in particular, is about the topic, whatever facts the rule names.
  if (concepts.has('cue.why') && topic !== undefined && !evidence.namesSomeone && !evidence.pasted) return 'explain';
  // "why would every online meeting go through the Edge server even when I'm sitting in the office?", "how come the
  // meeting is hosted wherever the organizer lives? if 20 people from our office join ...", 「為什麼人在外面的時候都要經過
  // Edge」: why a term holds, told through a situation of the writer's or of anyone, with no traffic or path named of
  // it, asks about the term. Named traffic ("why does my media go over the internet from home?") or a person in
  // particular ("why does Ana's call go through the Edge?") keeps a question about that call.
  if (concepts.has('cue.why') && topic?.kind === 'term' && evidence.asked && !evidence.asksRoute && !evidence.namesParty && !evidence.pasted) return 'explain';
  const aboutTopic = specific && (slotCount === 0 || (asksWhy && slotCount <= 1));
  // A pasted ticket whose only words of the domain are places, asking no path ("單位：新竹廠 / 問題描述：電腦開不了機"):
  // the places are where the writer works, the problem is something else. (Chinese words outside the lexicon come as
  // single characters, so the unknown words that make a place alone small talk are not counted there.)
  const placesInTicket = evidence.pasted && evidence.onlyPlacesAndPeople && !evidence.asksPath;
  switch (pick) {
    case 'explain':
      // "and the dispatcher's signaling?", 「Jason 的訊號呢」: traffic said to be someone's asks which way theirs goes on
      // the call, not what the traffic is.
      if (!specific && evidence.ownedTraffic) return 'ask';
      return slotCount === 0 || specific ? 'explain' : 'ask';
    case 'ask':
      if (aboutTopic) return 'explain';
      // "Do DNS lookups go over ExpressRoute? Also, can someone approve my expense report?": where an Internet-only
      // service goes, with no call or traffic of one named, is the article's list whatever words come beside it.
      if (explains && topic.kind === 'internetOnly' && !namesCallOrTraffic(concepts)) return 'explain';
      // "anyone know if the office is closing early for the snow?": a place said of nobody among words the vocabulary
      // does not know, with nothing of a call around it, is small talk; "in the office", "at home, obviously" answer a question.
      // How a call runs there ("On the train to Leeds, Skype call keeps cutting out") is a report about the call.
      return (evidence.onlyPlaces && evidence.unknownWords >= SMALL_TALK_WORDS && !evidence.asksPath && !reportsCall(evidence)) || placesInTicket ? 'none' : 'ask';
    case 'help':
      if (specific) return 'explain';
      // "how do I share my calendar with an assistant": a how-to about something else. A thread asking for help with a
      // call it states, and which way that call goes (round 31's hostile set: 「可以幫忙看一下嗎？」 under 「小王的訊號跟媒體
      // 是走 ExpressRoute 還是網際網路？」), asks the way, whatever else it names (a headset, a screenshot).
      if (concepts.has('noise') && !(evidence.asksRoute && evidence.strongSlots)) return 'none';
      return slotCount > 0 ? 'ask' : 'help';
    case 'greeting':
      // "各位好，三樓的印表機一直卡紙": a greeting before a question about something else.
      if (concepts.has('noise') && !evidence.asksRoute) return 'none';
      return slotCount > 0 ? 'ask' : 'greeting';
    case 'none': {
      // 「Skype Online 的 DNS 查詢也會走 ER 嗎？順便週五記得交報帳」: where an Internet-only service goes is asked, an
      // aside about something else beside it does not take the question away.
      if (explains) return 'explain';
      if (concepts.has('noise')) return 'none';
      if (specific) return 'explain';
      // "Ticket 4471 | Caller: Mo (Finance) | Issue: calls to the bank's landline have echo | ... | Q: what path should
      // those calls take?": a ticket's words make the classifier sure of nothing in the domain, but the call it names
      // and a question about its route make it a question.
      if (evidence.strongSlots && evidence.asksRoute) return 'ask';
      // "我在辦公室，Skype 會議今天有雜音，可以查一下嗎？": how a named call runs is a report about it, whatever other texts
      // its characters are common in ("音樂", "回答").
      // So is how a call runs, however few of its words the classifier knows ("At my mum's for the weekend, Skype
      // call keeps cutting out", 「在飯店連 Wi-Fi，Skype 通話一直斷斷續續」).
      if ((evidence.strongSlots && evidence.reportsQuality) || reportsCall(evidence)) return 'ask';
      if (sure('none')) return 'none';
      // "怎麼用手機加入 Teams 會議": a how-to ranked out of scope, asking no path, is about using the client.
      if (concepts.has('cue.help') && !evidence.asksPath) return 'none';
      // "在飯店": every word is the domain's, so it is an answer however short.
      return evidence.strongSlots || (slotCount > 0 && evidence.understood && !placesInTicket) ? 'ask' : 'none';
    }
    case 'cancel':
    case 'back':
    case 'switchLanguage':
      return pick;
  }
}

export function decideIntent(evidence: IntentEvidence): IntentDecision {
  const read = chosen(evidence);
  // Only a call question can turn out to be about something else: a command or an explanation keeps its intent.
  const intent = read === 'ask' && aboutSomethingElse(evidence) ? 'none' : read;
  const probability = evidence.ranked.find((r) => r.intent === intent)?.probability ?? 0;
  const overruled = intent !== evidence.ranked[0]?.intent;
  return { intent, confidence: overruled ? Math.max(probability, OVERRULED) : probability };
}
