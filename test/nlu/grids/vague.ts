// Vague grid: questions that state few facts, each with a sentence that states none: a place unknown or moving
// around, a place asked about or supposed ("does it matter if she's at home?", "if he were at home"), symptoms, the
// caller's place on an incoming call, alternatives, a server's place. Right: exactly the stated slots (the caller's
// place may be read as the other party's, never as the user's) and the traffic the question asks about alone, if
// any (a symptom of the video is no question about media). Invented for the grid, not taken from any blind set.
import type { PartialScenario } from '../../../src/engine/types';
import { product, type Probe } from './grid';

type Core = readonly [text: string, slots: PartialScenario];
/**
 * A sentence that states nothing of anyone's place; `incoming` ones only follow a call someone receives, `servers`
 * ones name our own servers (which may be read as on-premises servers: a Hybrid deployment, never a place).
 */
type Distractor = readonly [text: string, kind?: 'incoming' | 'servers'];

const PEOPLE_EN = [
  ['Sara', 'she'],
  ['the user', 'he'],
] as const;

const CORES_EN: readonly Core[] = [
  ['{N} joins a Skype meeting.', { callType: 'conference' }],
  ['{N} makes a 1:1 Skype call to a colleague.', { callType: 'peerToPeer' }],
  ["We're a hybrid shop.", { deployment: 'hybrid' }],
  ['{N} is homed online.', { homing: 'online' }],
  ['{N} takes an incoming PSTN call.', { callType: 'pstn' }],
  ['When a customer rings our main number from outside, how does it reach {N}?', { callType: 'pstn' }],
  ['', {}],
];

const DISTRACTORS_EN: readonly Distractor[] = [
  ['Location unknown.'],
  ['Not sure where {p} is right now.'],
  ['{P} moves around a lot.'],
  ['{P} travels constantly, could be anywhere.'],
  ["Does it matter if {p}'s at home?"],
  ['If {p} were working from home, would it change anything?'],
  ['{P} might be at home or in the office, no idea.'],
  ['Audio keeps cutting out.'],
  ['Video freezes and there is echo on every call.'],
  ['Calls drop after about a minute.'],
  ['The video is laggy and the picture freezes.'],
  ['Her voice sounds robotic.'],
  ['Our servers sit in the Frankfurt datacenter.', 'servers'],
  ['Our Lync pool lives in the HQ server room.', 'servers'],
  ['The caller is at home.', 'incoming'],
  ['The customer rings from his car.', 'incoming'],
  ['Whoever calls in could be sitting in a hotel.', 'incoming'],
];

/** Each question and the traffic it asks about alone ('none': both). */
type Question = readonly [text: string, focus: 'media' | 'signaling' | 'none'];

const QUESTIONS_EN: readonly Question[] = [
  ['Where does the media go?', 'media'],
  ['Does it go over ExpressRoute?', 'none'],
  ['ER or internet?', 'none'],
  ['Which path does the signaling take?', 'signaling'],
  ['Does the audio stay on our corporate network?', 'media'],
  ['Does the signaling go through the office network?', 'signaling'],
  ['Does the media go back to our datacenter?', 'media'],
  ['Signaling: ER or the public internet?', 'signaling'],
];

const PEOPLE_ZH = [
  ['小美', '她'],
  ['使用者', '他'],
] as const;

const CORES_ZH: readonly Core[] = [
  ['{N}要參加 Skype 會議。', { callType: 'conference' }],
  ['{N}跟同事一對一通話。', { callType: 'peerToPeer' }],
  ['我們是混合式部署。', { deployment: 'hybrid' }],
  ['{N}是 Online 使用者。', { homing: 'online' }],
  ['{N}接到一通外線 PSTN 電話。', { callType: 'pstn' }],
  ['有客戶從外面打市話進來找{N}。', { callType: 'pstn' }],
  ['', {}],
];

const DISTRACTORS_ZH: readonly Distractor[] = [
  ['位置不確定。'],
  ['不知道{p}現在在哪。'],
  ['{p}常常跑來跑去。'],
  ['{p}一直在出差，人可能在任何地方。'],
  ['如果{p}在家會不一樣嗎？'],
  ['假如{p}在家上班的話有差嗎？'],
  ['{p}可能在家也可能在公司，不清楚。'],
  ['聲音一直斷斷續續。'],
  ['畫面會卡，還有回音。'],
  ['通話大概一分鐘就斷線。'],
  ['畫面卡卡的。'],
  ['視訊一直延遲，聲音也有破音。'],
  ['我們的伺服器放在台北的機房。', 'servers'],
  ['我們的 SfB 主機架在總部機房。', 'servers'],
  ['打來的人在家裡。', 'incoming'],
  ['客戶是在車上打來的。', 'incoming'],
  ['打進來的人可能在飯店。', 'incoming'],
];

const QUESTIONS_ZH: readonly Question[] = [
  ['媒體走哪？', 'media'],
  ['會走 ExpressRoute 嗎？', 'none'],
  ['走 ER 還是網際網路？', 'none'],
  ['訊號走哪條路？', 'signaling'],
  ['聲音會不會留在公司網路裡？', 'media'],
  ['訊號會經過辦公室網路嗎？', 'signaling'],
  ['聲音會繞回公司機房嗎？', 'media'],
  ['訊號走專線還是一般外網？', 'signaling'],
];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function grid(people: typeof PEOPLE_EN | typeof PEOPLE_ZH, cores: readonly Core[], distractors: readonly Distractor[], questions: readonly Question[], space: string): Probe[] {
  return product<unknown>([people, cores, distractors, questions]).flatMap(([person, core, distractor, question]) => {
    const [name, pronoun] = person as readonly string[];
    const [coreText, slots] = core as Core;
    const [said, kind] = distractor as Distractor;
    const incoming = kind === 'incoming';
    // The caller's place needs a call someone receives; alone it would state a call of its own.
    if (incoming && slots.callType !== 'pstn') return [];
    const [asked, focus] = question as Question;
    const text = [coreText.replace('{N}', capital(name)), said.replace('{P}', capital(pronoun)).replace('{p}', pronoun), asked]
      .filter(Boolean)
      .join(space);
    // The caller's place may be read as the other party's: never as the user's.
    // A caller from outside ("a customer rings our main number from outside") may be read as the other party too.
    const callerCore = /customer|客戶/.test(coreText);
    const optional = [...(incoming || callerCore ? (['peer'] as const) : []), ...(kind === 'servers' ? (['homing', 'deployment'] as const) : [])];
    return [{ text, slots, focus, intents: ['ask' as const], optional }];
  });
}

export const VAGUE_EN: readonly Probe[] = grid(PEOPLE_EN, CORES_EN, DISTRACTORS_EN, QUESTIONS_EN, ' ');
export const VAGUE_ZH: readonly Probe[] = grid(PEOPLE_ZH, CORES_ZH, DISTRACTORS_ZH, QUESTIONS_ZH, '');

// Chinese vague questions that state one fact (round 7): each fact x a sentence that states nothing (a LINE-style
// opener, hearsay, an earlier episode, a server's place, a place unknown or weighed, a symptom, a ticket's fields, a
// forwarded mail's header) x a question. Right: exactly the fact's slots. Simplified input and 中英夾雜 among the facts.

/** A fact and the slots it states; `implied`: slots a right reading may add (an on-prem account is a Hybrid one). */
type Fact = readonly [text: string, slots: PartialScenario, implied?: readonly ('deployment')[]];

const FACTS_ZH: readonly Fact[] = [
  ['我們是 hybrid。', { deployment: 'hybrid' }],
  ['公司是純 Online。', { deployment: 'online' }],
  ['我們用 CCE。', { deployment: 'cloudConnector' }],
  ['我们是混合部署。', { deployment: 'hybrid' }],
  ['全公司都是線上使用者，沒有地端 server。', { deployment: 'online' }],
  ['我在公司。', { location: 'customerNetwork' }],
  ['我人在家。', { location: 'internet' }],
  ['user 在 office。', { location: 'customerNetwork' }],
  ['我帳號在雲端。', { homing: 'online' }],
  ['我帳號還在地端 pool。', { homing: 'onPremises' }, ['deployment']],
  ['要開會。', { callType: 'conference' }],
  ['要 join 一個 meeting。', { callType: 'conference' }],
  // A meeting called 線上 is any meeting (GLOSSARY): it says nothing of who hosts it.
  ['要加入線上會議。', { callType: 'conference' }],
  ['要参加客户的线上会议。', { callType: 'conference' }],
  ['跟同事一對一視訊。', { callType: 'peerToPeer' }],
  ['撥外線給客戶。', { callType: 'pstn' }],
  ['打客戶手機。', { callType: 'pstn' }],
  ['看公司的直播。', { callType: 'broadcast' }],
  ['地端帳號的主管開的會。', { organizer: 'onPremises', callType: 'conference' }, ['deployment']],
  ['雲端帳號的協理發起的會議。', { organizer: 'online', callType: 'conference' }],
  ['', {}],
];

/** Sentences that state nothing; those ending in '，', '：' or a line break open the text, the others follow the fact. */
const NOTHING_ZH: readonly string[] = [
  '',
  '欸幫問一下，',
  '聽說主管在飯店，不確定。',
  '之前在飯店也遇過，這次',
  '伺服器放在總部機房，',
  '位置不確定。',
  '不知道他人在哪。',
  '如果他在家會不一樣嗎？',
  '在家的話有差嗎？',
  '-----Original Message-----\n',
  '報修人：小王\n單位：業務部\n問題描述：',
  '聲音斷斷續續，',
  '他常常跑來跑去，',
  // Round 9: homing said of others than the parties: another team, a share of the organization, a move planned.
  '隔壁部門的人都還在地端，',
  '我們的帳號下個月會全部搬到 Online，',
];

/**
 * A part of the organization homed otherwise than the rest: left on-premises ("只剩 IT 還在 on-prem"), or a share moved
 * ("大部分人都搬到 Online 了": the rest are not). It homes nobody in the call, but it says the deployment is Hybrid
 * (KNOWLEDGE.md: some users homed on-premises while the rest are Online), as "most of our users moved to Online" is read
 * in English. Both were NOTHING_ZH's sentences until the Chinese lane read them so; crossed here with the facts they do
 * not contradict.
 */
const SPLIT_ZH: readonly string[] = ['只剩 IT 還在 on-prem，', '只剩客服中心還在地端，', '大部分人都搬到 Online 了，', '老員工大部分還在地端，'];

// Where traffic goes back to is nobody's place ("回到我們機房").
const FACT_QUESTIONS_ZH: readonly string[] = ['媒體走哪？', '訊號會走 ER 嗎？', '這樣路徑是？', '媒體會不會回到我們機房？'];

export const VAGUE_FACTS_ZH: readonly Probe[] = product<unknown>([FACTS_ZH, NOTHING_ZH, FACT_QUESTIONS_ZH]).map(([fact, nothing, question]) => {
  const [said, slots, implied = []] = fact as Fact;
  const opens = /[，：\n]$/.test(nothing as string);
  const text = opens ? `${nothing as string}${said}${question as string}` : `${said}${nothing as string}${question as string}`;
  // With no fact, "這樣路徑是？" names nothing of the domain: out of scope is as right as a question back.
  const intents = said === '' ? (['ask', 'none'] as const) : (['ask'] as const);
  return { text, slots, optional: implied, intents };
});

export const VAGUE_SPLIT_ZH: readonly Probe[] = product<unknown>([FACTS_ZH.filter(([, slots]) => (slots.deployment ?? 'hybrid') === 'hybrid'), SPLIT_ZH, FACT_QUESTIONS_ZH]).map(([fact, part, question]) => {
  const [said, slots] = fact as Fact;
  return { text: `${part as string}${said}${question as string}`, slots: { ...slots, deployment: 'hybrid' }, intents: ['ask'] as const };
});

// English questions that state one fact beside a guess (round 11): the writer hedges ("might still be", "probably",
// "not sure whether ... or ..."), so the homing, deployment or organizer guessed is not stated. Right: exactly the
// fact's slots, whatever the guess names.

const FACTS_EN: readonly (readonly [text: string, slots: PartialScenario])[] = [
  ["We're all on Skype for Business Online, no servers left.", { deployment: 'online' }],
  ["I'm at home on my own wifi.", { location: 'internet' }],
  ["I'm at my desk in the office.", { location: 'customerNetwork' }],
  ["It's a 1:1 Skype call to a colleague.", { callType: 'peerToPeer' }],
  ["I'm joining a Skype meeting.", { callType: 'conference' }],
  ["I'm ringing a customer's mobile from Skype.", { callType: 'pstn' }],
  ['', {}],
];

/** Guesses: a homing, a deployment or a host hedged, or put as one of two things the writer does not know. */
const GUESSES_EN: readonly string[] = [
  'Some of the sales reps may still be homed on the old pool.',
  "Possibly a few people are still on Lync on-prem, I'd have to check.",
  'We might be hybrid, not 100% sure.',
  'No idea if the tenant is pure Online or hybrid.',
  'Not sure whether PSTN goes through Cloud Connector or Calling Plans.',
  'My account is probably on the on-prem pool.',
  "Maybe I've already been moved to Skype Online.",
  "I don't know if we still have on-prem servers.",
  'Perhaps the organizer is homed on the on-prem servers.',
  'Not sure if my account was migrated to Online yet.',
  // Two values of one fact in a doubt beside "What's the route?": no question about what homing is.
  'Not sure whether my account is in the cloud or still on the on-prem pool.',
];

const GUESS_QUESTIONS_EN: readonly string[] = ['Which path does the media take?', 'Does it go over ExpressRoute?', "What's the route?"];

export const VAGUE_GUESSES_EN: readonly Probe[] = product<unknown>([FACTS_EN, GUESSES_EN, GUESS_QUESTIONS_EN]).map(([fact, guess, question]) => {
  const [said, slots] = fact as (typeof FACTS_EN)[number];
  // With no fact, "What's the route?" names nothing of the domain: out of scope is as right as a question back.
  const intents = said === '' ? (['ask', 'none'] as const) : (['ask'] as const);
  return { text: [said, guess as string, question as string].filter(Boolean).join(' '), slots, intents };
});

// Round 11: a client's premises is a place, not an account "on premises" ("I'm going to be at the client's premises
// all week"): who x premises x when x question; right: the Internet place alone, never a homing or a deployment.
const PREMISES_WHO = ["I'm", 'Pat is', 'The user is', 'Our consultant will be'];
const PREMISES = ["at the client's premises", "at a customer's premises", 'at client premises', "at the customer's premises", "working at a client's premises"];
const PREMISES_WHEN = ['all week', 'today', ''];
const PREMISES_QUESTIONS = ['Which path does the media take?', 'Does my audio go over ExpressRoute?'];

export const PREMISES_EN: readonly Probe[] = product([PREMISES_WHO, PREMISES, PREMISES_WHEN, PREMISES_QUESTIONS]).map(([who, where, when, question]) => ({
  text: `${who} ${[where, when].filter(Boolean).join(' ')}. ${question}`,
  slots: { location: 'internet' },
  intents: ['ask' as const],
}));

// Round 11: which kinds of users the organization has ("We have both on-prem and Online users", "There are on-prem
// users and Online users") is how it is split (Hybrid), not where either party of the call is homed: kinds x call x
// question; right: a Hybrid deployment and the call alone.
const KINDS_OF_USERS = [
  'We have both on-prem and Online users.',
  'There are on-prem users and Online users.',
  "We've got both on-prem Lync users and users homed Online.",
  'Hybrid shop here, we have both the on-prem pool and O365 users.',
  'We have on-prem users as well as Online users.',
];
const CALLS_BETWEEN_TWO = ['The receptionist calls a colleague in accounts 1:1.', 'Priya is on a 1:1 Skype call with Tom.', 'A nurse rings the pharmacy on Skype, one to one.'];
const KINDS_QUESTIONS = ['Which path does it take?', 'Does the media go over ER?'];

export const KINDS_OF_USERS_EN: readonly Probe[] = product([KINDS_OF_USERS, CALLS_BETWEEN_TWO, KINDS_QUESTIONS]).map(([kinds, call, question]) => ({
  text: `${kinds} ${call} ${question}`,
  slots: { deployment: 'hybrid', callType: 'peerToPeer' },
  intents: ['ask' as const],
}));

// Homing the deployment or a federated party implies (round 12): an Online or Cloud Connector organization x a person
// said to be homed Online x a call (with the other party's place, at another company on Office 365 or Skype for
// Business Online of its own) x a question. Right: the deployment, the call and the places; no homing (every user of an
// Online tenant, and every federated user in the article's tables, is homed Online: said in passing, not a fact added).

type Implied = readonly [text: string, slots: PartialScenario];

const IMPLIED_SETUPS_EN: readonly Implied[] = [
  ["We're SfB Online.", { deployment: 'online' }],
  ['Our tenant is pure Skype for Business Online, no servers left.', { deployment: 'online' }],
  ['We are fully in the cloud.', { deployment: 'online' }],
  ['We use Cloud Connector for phone calls.', { deployment: 'cloudConnector' }],
  ['CCE tenant.', { deployment: 'cloudConnector' }],
];

const IMPLIED_PEOPLE_EN: readonly string[] = ['An Online user', 'A user homed Online', 'Sara (homed in the cloud)', 'Our Online-homed CFO', 'One of our Online users'];

const IMPLIED_CALLS_EN: readonly Implied[] = [
  ['joins a meeting from the office.', { callType: 'conference', location: 'customerNetwork' }],
  ['joins a Skype meeting.', { callType: 'conference' }],
  ['calls a colleague 1:1 from home.', { callType: 'peerToPeer', location: 'internet' }],
  ['has a 1:1 with someone at a partner company that has its own Office 365 tenant.', { callType: 'peerToPeer', peer: 'federated' }],
  ['makes a 1:1 call to a vendor, who is also on SfB Online in their own federated company.', { callType: 'peerToPeer', peer: 'federated' }],
];

const IMPLIED_QUESTIONS_EN: readonly string[] = ['Which path?', 'Does it go over ExpressRoute?', 'Where does the signaling go?'];

const IMPLIED_SETUPS_ZH: readonly Implied[] = [
  ['我們是 SfB Online。', { deployment: 'online' }],
  ['公司是純 Online 租戶，沒有地端伺服器。', { deployment: 'online' }],
  ['我們全部都在雲端。', { deployment: 'online' }],
  ['我們用 CCE 打外線。', { deployment: 'cloudConnector' }],
  ['CCE 架構，', { deployment: 'cloudConnector' }],
];

const IMPLIED_PEOPLE_ZH: readonly string[] = ['Online 使用者', '帳號在 Online 的助理', '小美（帳號在雲端）', '線上帳號的主管', '我們的 Online 用戶'];

const IMPLIED_CALLS_ZH: readonly Implied[] = [
  ['在辦公室加入會議，', { callType: 'conference', location: 'customerNetwork' }],
  ['參加 Skype 會議，', { callType: 'conference' }],
  ['在家跟同事一對一通話，', { callType: 'peerToPeer', location: 'internet' }],
  ['跟另一家公司（他們有自己的 Office 365）的人一對一視訊，', { callType: 'peerToPeer', peer: 'federated' }],
  ['跟廠商的 FAE 一對一，對方公司也用 SfB Online，有同盟，', { callType: 'peerToPeer', peer: 'federated' }],
];

const IMPLIED_QUESTIONS_ZH: readonly string[] = ['路徑？', '會走 ER 嗎？', '訊號走哪？'];

function impliedGrid(setups: readonly Implied[], people: readonly string[], calls: readonly Implied[], questions: readonly string[], space: string): Probe[] {
  return product<unknown>([setups, people, calls, questions]).map(([setup, person, call, question]) => {
    const [setupText, setupSlots] = setup as Implied;
    const [callText, callSlots] = call as Implied;
    const text = [setupText, `${person as string}${space}${callText}`, question as string].join(space);
    return { text, slots: { ...setupSlots, ...callSlots }, intents: ['ask' as const] };
  });
}

export const IMPLIED_HOMING_EN: readonly Probe[] = impliedGrid(IMPLIED_SETUPS_EN, IMPLIED_PEOPLE_EN, IMPLIED_CALLS_EN, IMPLIED_QUESTIONS_EN, ' ');
export const IMPLIED_HOMING_ZH: readonly Probe[] = impliedGrid(IMPLIED_SETUPS_ZH, IMPLIED_PEOPLE_ZH, IMPLIED_CALLS_ZH, IMPLIED_QUESTIONS_ZH, '');
