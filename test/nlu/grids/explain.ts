// Explain grid: every term an admin could ask about (GLOSSARY.md), in several everyday names, times many ways to ask
// what it is (new hires, "sorry if dumb", ELI5, forum posts, formal mail, typos; 是啥, 是幹嘛的, 差在哪, Simplified).
// Invented for the grid, not taken from any blind set. Slots are not scored: an explain question may name a fact.
import { product, type Probe } from './grid';

type Terms = readonly (readonly [topic: string, names: readonly string[]])[];

const TERMS_EN: Terms = [
  ['edgeServer', ['an Edge Server', 'the Edge server', 'the edge', 'Edge Servers', 'the SfB edge box']],
  ['ice', ['ICE', 'ICE negotiation', 'Interactive Connectivity Establishment', 'STUN']],
  ['expressRoute', ['ExpressRoute', 'an ER circuit', 'Azure ExpressRoute', 'Express Route']],
  ['frontEnd', ['a Front End server', 'the Front End pool', 'the home server', 'the FE server']],
  ['conferencingServer', ['the conferencing server', 'the AV MCU', 'a conference server']],
  ['federation', ['federation', 'a federated partner', 'federated organizations']],
  ['cloudConnector', ['Cloud Connector', 'Cloud Connector Edition', 'CCE']],
  ['pstn', ['PSTN', 'a PSTN call']],
  ['hybrid', ['a hybrid deployment', 'hybrid']],
  ['online', ['Skype for Business Online', 'SfB Online']],
  ['broadcast', ['a Skype Meeting Broadcast', 'meeting broadcast']],
  ['qos', ['QoS', 'DSCP marking', 'quality of service']],
  ['homing', ['homing', 'being homed on-premises', 'homed online']],
  ['organizer', ['the meeting organizer']],
  ['signalingVsMedia', ['signaling vs media', 'signalling versus media']],
  ['segments', ['the four network segments', 'the segments']],
  ['microsoftNetwork', ['the Microsoft network']],
  ['asymmetricRouting', ['asymmetric routing']],
  ['premiumAddOn', ['the ExpressRoute Premium add-on']],
];

const FORMS_EN = [
  'what is {T}?',
  "what's {T}",
  'whats {T} exactly',
  'What does {T} do?',
  "what's the deal with {T}?",
  'sorry if this is a dumb question, but what is {T}?',
  'ELI5: {T}',
  'explain {T} like I am five',
  'new admin here - can someone explain {T}?',
  'can you explain {T} to me please',
  'I keep hearing about {T} in meetings, what is it?',
  '{T}? what is that',
  'what is the purpose of {T}?',
  'in plain english, what is {T}',
  'Hello team, could you please clarify the role of {T}? Kind regards',
  'what is meant by {T}',
  'quick definition of {T}?',
  'noob question: what is {T} for',
  'pls explain {T}',
  'what exactly does {T} do in a Skype setup?',
  "My manager keeps bringing up '{T}' since the ER circuit went live. What does that mean, and could it hurt our calls?",
  'Saw {T} in the design doc. whats that?',
  // Round 7: non-native, forum and new-hire forms, some naming a scenario or a path beside the term.
  'what means {T}?',
  'can you explain me what is {T}?',
  'pls tell me what {T} is, my TL asked me and I dont know',
  'need to explain {T} to my boss tomorrow, what is it in simple words?',
  'what does {T} actually do, is it just a faster internet?',
  'I am new in the UC team. What is the job of {T}?',
  'Q: what does {T} mean? (newbie, first week)',
  'Long time lurker. Can anybody describe {T} in one or two sentences?',
  'what is {T} for, when someone joins a meeting from a hotel?',
  'why do we even need {T}? what is it for?',
  // Round 8: a term asked beside a scenario or an observed path (onboarding, forum, quiz, non-native, Slack).
  "quick q for my onboarding: what's {T} and why does it matter for a call between two home users?",
  'Quiz question: which statement best describes {T}?',
  'Kindly explain the function of {T}. Our setup is hybrid with ER, for my understanding only.',
  'can someone ELI5 where {T} fits in when I call a colleague from home?',
  'Sorry for my English. What is the meaning of {T}?',
  'which role plays {T} for the media of a meeting?',
  'Assume a user joins from a hotel: what is {T} responsible for there?',
  'trying to understand {T} before my CCNA-ish interview tomorrow, what is it in one line?',
];

const TERMS_ZH: Terms = [
  ['edgeServer', ['Edge Server', 'Edge 伺服器', '邊緣伺服器', 'edge']],
  ['ice', ['ICE', '互動式連線建立']],
  ['expressRoute', ['ExpressRoute', 'ER 線路', 'Azure ExpressRoute']],
  ['frontEnd', ['前端伺服器', 'Front End', '前端集區']],
  ['conferencingServer', ['會議伺服器', 'AV MCU']],
  ['federation', ['同盟', '同盟組織', 'federation']],
  ['cloudConnector', ['Cloud Connector', '雲端連接器', 'CCE']],
  ['pstn', ['PSTN', 'PSTN 通話']],
  ['hybrid', ['混合式部署', 'Hybrid']],
  ['online', ['商務用 Skype Online', 'SfB Online']],
  ['broadcast', ['Skype 會議廣播', '會議廣播']],
  ['qos', ['QoS', 'DSCP 標記', '服務品質']],
  ['homing', ['駐留', '帳號位於內部部署']],
  ['organizer', ['召集人', '會議召集人']],
  ['signalingVsMedia', ['訊號跟媒體']],
  ['segments', ['四個網路區段', '網路區段']],
  ['microsoftNetwork', ['Microsoft 網路', '微軟網路']],
  ['asymmetricRouting', ['非對稱路由']],
  ['premiumAddOn', ['ExpressRoute Premium 附加元件']],
];

const FORMS_ZH = [
  '{T}是什麼？',
  '{T} 是啥',
  '{T}是幹嘛的',
  '什麼是{T}？',
  '請問{T}是做什麼用的？',
  '新人問一下，{T}到底是什麼',
  '可以解釋一下{T}嗎？',
  '{T}是什麼意思',
  '{T}是甚麼',
  '{T}是什么？',
  '{T}是干嘛的',
  '想請教{T}的用途',
  '白話說明一下{T}',
  '{T}負責什麼？',
  '所謂的{T}指的是什麼？',
  '不好意思問個笨問題，{T}是什麼',
  '{T}在架構裡扮演什麼角色？',
  '誰可以介紹一下{T}',
  '主管開會一直提到「{T}」，自從上了 ER 之後就常聽到，那是什麼意思？',
  '設計文件裡寫了{T}，這是啥？',
  // Round 8: a term asked beside a scenario or an observed path (新人、論壇、考題、語音輸入沒標點、台式句尾).
  '新人報到第一週，想問{T}是什麼？跟在家打給同事有關係嗎？',
  '考古題：下列何者最能描述{T}？',
  '請問各位大大，{T}是什麼？小弟剛接 MIS 還不太懂',
  '{T}到底是幹嘛用的 跟 ExpressRoute 有什麼關係',
  '主管問我{T}是什麼，我答不出來，可以用白話講一下嗎',
  '想了解一下{T}的角色，例如兩個人都在家裡視訊的時候',
];

/**
 * A component asked about beside a path someone saw ("why would media ever go over the Internet if we have ER? what
 * does the Edge even do?"): explained. Said of a term that is also a fact of a call ("what is ExpressRoute, is it
 * involved?") the text reads as a triage question about that path (observations.ts), by design, so these forms take
 * only the components.
 */
const COMPONENTS: ReadonlySet<string> = new Set(['edgeServer', 'ice', 'frontEnd', 'conferencingServer', 'qos', 'signalingVsMedia', 'segments', 'broadcast']);
const OBSERVED_EN = [
  'why would media ever go over the Internet if we have ER? what does {T} even do?',
  "in yesterday's call the audio went over the internet even though we have ER. what is {T}, is it involved somehow?",
];
const OBSERVED_ZH = ['我們都有 ER 了為什麼媒體還會走網際網路？{T}到底在做什麼？', '{T}是負責什麼的啊？昨天開會的聲音好像繞到外網去了'];
const components = (table: Terms): Terms => table.filter(([topic]) => COMPONENTS.has(topic));

/** Pairs asked side by side: either term is the topic. */
const PAIRS_EN: readonly (readonly [string, string, string, string])[] = [
  ['edgeServer', 'an Edge Server', 'frontEnd', 'a Front End server'],
  ['online', 'SfB Online', 'hybrid', 'hybrid'],
  ['expressRoute', 'ExpressRoute', 'internet', 'the plain Internet'],
  ['cloudConnector', 'Cloud Connector', 'hybrid', 'a hybrid deployment'],
  ['signalingVsMedia', 'signaling', 'signalingVsMedia', 'media'],
  ['microsoftNetwork', 'the Microsoft network segment', 'expressRoute', 'ExpressRoute'],
  // Round 11: signaling in a French writer's spelling ("signalisation", "média"); main 370ca96 read neither row.
  ['signalingVsMedia', "the 'signalisation' flows", 'signalingVsMedia', "the 'média' flows"],
  ['signalingVsMedia', 'the signalisation flows', 'signalingVsMedia', 'the media flows'],
];
const COMPARE_EN = [
  "what's the difference between {A} and {B}?",
  '{A} vs {B} - how are they different?',
  'how is {A} different from {B}',
  // Round 8: one term asked as if it were part of the other.
  "what actually is {A} vs {B}? isn't {B} part of {A}?",
];
const PAIRS_ZH: readonly (readonly [string, string, string, string])[] = [
  ['edgeServer', 'Edge Server', 'frontEnd', '前端伺服器'],
  ['online', 'Online', 'hybrid', '混合式部署'],
  ['expressRoute', 'ExpressRoute', 'internet', '一般網際網路'],
  ['cloudConnector', 'CCE', 'hybrid', 'Hybrid'],
  ['signalingVsMedia', '訊號', 'signalingVsMedia', '媒體'],
  ['microsoftNetwork', 'Microsoft 網路區段', 'expressRoute', 'ExpressRoute'],
];
const COMPARE_ZH = ['{A}跟{B}差在哪？', '{A}和{B}有什麼不一樣', '{A} 與 {B} 的差別是什麼', '{A}跟{B}到底差在哪 {B}不就是{A}的一部分嗎'];

// Round 12: what one term is, then how "it" differs from another ("ExpressRoute 到底是什麼？和普通公網有什麼區別？"):
// the term asked about first is the topic, not the one it is compared with.
const ASKED_THEN_COMPARED_EN = ['What is {A}? How is it different from {B}?', 'Can someone explain {A}? How does it differ from {B}?', 'what exactly is {A}?? different from {B} how?'];
const ASKED_THEN_COMPARED_ZH = ['{A}到底是什麼？和{B}有什麼區別？', '請問{A}是什麼？跟{B}差在哪', '{A}是指什麼？跟{B}有什麼不一樣？'];

function askedThenCompared(table: typeof PAIRS_EN, forms: readonly string[]): Probe[] {
  return table
    .filter(([a, , b]) => a !== b)
    .flatMap(([a, nameA, , nameB]) => forms.map((form) => ({ text: form.replaceAll('{A}', nameA).replaceAll('{B}', nameB), intents: ['explain' as const], topics: [a] })));
}

function terms(table: Terms, forms: readonly string[]): Probe[] {
  return table.flatMap(([topic, names]) =>
    product([names, forms]).map(([name, form]) => ({ text: form.replaceAll('{T}', name), intents: ['explain' as const], topics: [topic] })),
  );
}

function pairs(table: typeof PAIRS_EN, forms: readonly string[]): Probe[] {
  return table.flatMap(([a, nameA, b, nameB]) =>
    forms.map((form) => ({ text: form.replaceAll('{A}', nameA).replaceAll('{B}', nameB), intents: ['explain' as const], topics: [a, b] })),
  );
}

// Round 11: a segment asked about in the article's words, the article named beside it ("the call flow article" is no
// question about a call's flow).
const SEGMENTS_EN: Terms = [
  ['yourNetwork', ["'your network'", 'your network', 'the customer network']],
  ['internet', ["'the Internet'"]],
  ['microsoftNetwork', ['the Microsoft network']],
];
const IN_THE_ARTICLE_EN = [
  'what counts as {T} in the call flow article?',
  'what does the call flow article mean by {T}',
  'in the call flow doc, what is {T}?',
  'what counts as {T} in the call flow article - does the VPN count?',
];

export const EXPLAIN_EN: readonly Probe[] = [
  ...terms(TERMS_EN, FORMS_EN),
  ...terms(components(TERMS_EN), OBSERVED_EN),
  ...pairs(PAIRS_EN, COMPARE_EN),
  ...terms(SEGMENTS_EN, IN_THE_ARTICLE_EN),
  ...askedThenCompared(PAIRS_EN, ASKED_THEN_COMPARED_EN),
];
// Round 12: why the organizer decides where a meeting is hosted ("為什麼會議在哪裡主持要看召集人"): the organizer
// asked about, not the six principles listed.
const ORGANIZER_ZH: Terms = [['organizer', ['召集人', '主持人', '會議召集人', 'organizer']]];
const ORGANIZER_WHY_ZH = [
  '為什麼會議在哪裡主持要看{T}？',
  '為什麼會議走哪裡是看{T}，不是看參加的人？',
  '會議在哪裡開為什麼取決於{T}？',
  '為什麼說會議在哪裡主持由{T}決定？',
  '顧問一直說「看{T}在哪」，這是為什麼？',
  '{T}決定了什麼？為什麼路徑要看{T}？',
  '为什么会议在哪里主持要看{T}？',
  '文件說會議走哪條路看{T}，跟參加的人在哪沒關係嗎？',
];

export const EXPLAIN_ZH: readonly Probe[] = [
  ...terms(TERMS_ZH, FORMS_ZH),
  ...terms(components(TERMS_ZH), OBSERVED_ZH),
  ...pairs(PAIRS_ZH, COMPARE_ZH),
  ...terms(ORGANIZER_ZH, ORGANIZER_WHY_ZH),
  ...askedThenCompared(PAIRS_ZH, ASKED_THEN_COMPARED_ZH),
];

// Round 14 (nlu38): a question framed as about the concept, not a call of the writer's (a quiz, "not asking about
// any particular call"): the facts it names are the quiz's, the term is what it asks.
const FRAMED_EN = [
  'Quiz question from our training: what does {T} do when a user calls a colleague from home? Which one and why?',
  'quiz: true or false - {T} is only used for external users on the internet. explain',
  'Fill in the blank: for an Online conference with a federated partner, {T} ______. And why?',
  'Not asking about any particular call, I just want to understand what {T} is.',
  "not asking about the path, just: what is {T} actually for? we're hybrid with users at home",
  'Exam question: which role does {T} play in a conference organized by an on-prem user?',
  'homework: {T} in a hybrid deployment, users in the office and at home - how does it fit in?',
];
const FRAMED_ZH = [
  '考題：使用者在家打給同事的時候，{T}扮演什麼角色？',
  '[小考] 下列何者是{T}的主要功能？(A) 存放信箱 (B) 替外部使用者中繼媒體 (C) DNS 解析。答案跟理由是？',
  '我在看抓包，同事說這跟{T}有關。不是要問路徑，只想知道{T}的基本原理',
  '我們 vendor 說要加兩台設備。我不是要問要不要買，只是想搞懂：{T}在架構裡是什麼定位？',
  '想問一個觀念：線上會議裡{T}負責什麼？',
  '概念問題：在家的使用者打給公司同事，{T}在這裡面做什麼？',
  '考试题：{T}在混合式部署里起什么作用？',
];
const FRAMED_TERMS: ReadonlySet<string> = new Set(['edgeServer', 'ice', 'frontEnd', 'conferencingServer', 'qos', 'cloudConnector', 'broadcast']);
const framedTerms = (table: Terms): Terms => table.filter(([topic]) => FRAMED_TERMS.has(topic));

// Round 14 (nlu38): whether two names mean one thing ("CCE 跟 Direct Routing 是同一件事嗎", "係咪一樣", "is X the same
// thing as Y"): a comparison, either side the topic.
const SAME_EN = ['is {A} the same thing as {B}?', '{A} and {B} - same thing?', 'Is {A} just another name for {B}?', 'are {A} and {B} identical, or equivalent to each other?'];
const SAME_ZH = ['{A}跟{B}是同一件事嗎？', '{A} 同 {B} 係咪一樣？唔該解釋下', '{A}和{B}是一樣的東西嗎？', '{A}与{B}是同一回事吗', '{A}跟{B}是不是一樣？'];

export const FRAMED_EXPLAIN_EN: readonly Probe[] = [...terms(framedTerms(TERMS_EN), FRAMED_EN), ...pairs(PAIRS_EN, SAME_EN)];
export const FRAMED_EXPLAIN_ZH: readonly Probe[] = [...terms(framedTerms(TERMS_ZH), FRAMED_ZH), ...pairs(PAIRS_ZH, SAME_ZH)];

// Round 14 (nlu38): who runs a component or a segment ("who looks after the front end servers when you're on Skype
// Online?", 「ExpressRoute 的可用性是誰保證的」): ownership is part of what the term is.
const OWNERSHIP_EN = ['who looks after {T} when we move to Online? us or Microsoft?', 'who is responsible for {T}?', 'who maintains {T} in a hybrid setup', "whose job is {T}, ours or the provider's?"];
const OWNERSHIP_ZH = ['{T}是誰負責的？我們還是微軟', '{T}的可用性是誰保證的？', '{T}誰來管？'];
const OWNED_TERMS: ReadonlySet<string> = new Set(['edgeServer', 'frontEnd', 'conferencingServer', 'expressRoute', 'microsoftNetwork']);
const owned = (table: Terms): Terms => table.filter(([topic]) => OWNED_TERMS.has(topic));

export const OWNERSHIP_EXPLAIN_EN: readonly Probe[] = terms(owned(TERMS_EN), OWNERSHIP_EN);
export const OWNERSHIP_EXPLAIN_ZH: readonly Probe[] = terms(owned(TERMS_ZH), OWNERSHIP_ZH);
