// The "meeting of ours" grid (src/nlu/ourMeetings.ts): a meeting said to be ours without naming its host ("my Skype
// meeting", "an internal meeting", "organiser also our own staff", 「我開的」, 「內部會議」,
// 「召集人：Ava（我們公司的人）」) x where the writer is x how the deployment is said. With everyone Online the organizer is
// Online; in a hybrid deployment it stays asked. Distractors: a meeting with another company or a customer, an
// organizer said not to be ours, a term asked about; none may read an organizer.
import type { PartialScenario } from '../../../src/engine/types';
import { product, type Probe } from './grid';

interface Row {
  text: string;
  slots: PartialScenario;
}

const OURS_EN: readonly string[] = [
  'I join my Skype meeting {P}.',
  'I join my weekly meeting {P}.',
  'I join an internal Skype meeting {P}.',
  "I'm joining an internal meeting {P}.",
  'I join the meeting {P}; the organiser is one of our own staff.',
  'I join a meeting {P} (the organizer is in our tenant).',
  'I join a meeting {P}, organizer also our own people.',
  'My colleague joins MY Skype meeting {P}.',
];
const PLACES_EN: readonly Row[] = [
  { text: 'from the office', slots: { location: 'customerNetwork' } },
  { text: 'from home without VPN', slots: { location: 'internet' } },
  { text: 'from our branch office', slots: { location: 'customerNetwork' } },
  { text: 'from a hotel', slots: { location: 'internet' } },
];
const DEPLOYMENTS_EN: readonly Row[] = [
  { text: "We're all Skype Online.", slots: { deployment: 'online', organizer: 'online' } },
  { text: 'Everyone here is on SfB Online.', slots: { deployment: 'online', organizer: 'online' } },
  { text: 'We are Skype Online with Cloud Connector for PSTN.', slots: { deployment: 'cloudConnector', organizer: 'online' } },
];

const OURS_ZH: readonly string[] = [
  '我{P}參加我的週會',
  '我{P}參加內部會議',
  '我{P}加入「我開的」Skype 會議',
  '我{P}加入會議，召集人是我們公司的人',
  '我{P}加入會議（召集人：Ava（我們公司的人））',
  '我{P}參加 Skype 會議，會是我們自己人開的',
];
const PLACES_ZH: readonly Row[] = [
  { text: '在公司', slots: { location: 'customerNetwork' } },
  { text: '在家沒連 VPN', slots: { location: 'internet' } },
  { text: '在飯店', slots: { location: 'internet' } },
];
const DEPLOYMENTS_ZH: readonly Row[] = [
  { text: '我們全部都是 Skype Online。', slots: { deployment: 'online', organizer: 'online' } },
  { text: '全公司都用 SfB Online。', slots: { deployment: 'online', organizer: 'online' } },
];

const QUESTION = { en: ' Does it go over ExpressRoute?', zh: '，走 ER 嗎？' };

/** Meetings of ours x place x deployment (the deployment before or after), in both languages. */
export function ourMeetingsGrid(): Probe[] {
  const en = product<string | Row>([OURS_EN, PLACES_EN, DEPLOYMENTS_EN, ['before', 'after']]).map(([way, place, deployment, order]) => {
    const said = (way as string).replace('{P}', (place as Row).text);
    const text = order === 'before' ? `${(deployment as Row).text} ${said}${QUESTION.en}` : `${said} ${(deployment as Row).text}${QUESTION.en}`;
    return { text, slots: { ...(place as Row).slots, ...(deployment as Row).slots, callType: 'conference' }, intents: ['ask'] } as Probe;
  });
  const zh = product<string | Row>([OURS_ZH, PLACES_ZH, DEPLOYMENTS_ZH]).map(([way, place, deployment]) => ({
    text: `${(deployment as Row).text}${(way as string).replace('{P}', (place as Row).text)}${QUESTION.zh}`,
    slots: { ...(place as Row).slots, ...(deployment as Row).slots, callType: 'conference' },
    intents: ['ask'],
  } as Probe));
  return [...en, ...zh];
}

/** The same meetings in a hybrid deployment: whoever of ours hosts may be homed on-prem, so the organizer is asked. */
export function hybridOurMeetingsGrid(): Probe[] {
  return [
    // The writer's homing is not the colleague's: "My colleague joins MY meeting" asks about the colleague.
    ...OURS_EN.filter((way) => !way.startsWith('My colleague')).map((way) => ({ text: `We're hybrid and I'm homed on-prem. ${way.replace('{P}', 'from the office')}${QUESTION.en}`, slots: { deployment: 'hybrid', homing: 'onPremises', location: 'customerNetwork', callType: 'conference' }, intents: ['ask'] } as Probe)),
    ...OURS_ZH.map((way) => ({ text: `我們是混合部署，我的帳號在地端。${way.replace('{P}', '在公司')}${QUESTION.zh}`, slots: { deployment: 'hybrid', homing: 'onPremises', location: 'customerNetwork', callType: 'conference' }, intents: ['ask'] } as Probe)),
  ];
}

/** Meetings that are not said to be ours, or only might be: no organizer may be read. */
export function notOurMeetingsGrid(): Probe[] {
  const online = { deployment: 'online', location: 'customerNetwork', callType: 'conference' } as const;
  const texts = [
    "We're all Skype Online. I join our meeting with Contoso from the office.",
    // "our meetings": the organization's meetings at large, whoever hosts them.
    "We're all Skype Online. I join our weekly meeting from the office.",
    '我們全部都是 Skype Online。我在公司參加我們的週會。',
    "We're all Skype Online. I join our meeting with a customer from the office.",
    "We're all Skype Online. I join a meeting from the office; the organizer is from another company.",
    "We're all Skype Online. I join a vendor's meeting from the office.",
    '我們全部都是 Skype Online。我在公司參加客戶的會議。',
    '我們全部都是 Skype Online。我在公司加入會議，召集人跟我們不同公司。',
    '我們全部都是 Skype Online。我在公司加入會議，召集人在我們租用戶之外。',
    '我們全部都是 Skype Online。我在公司加入會議，召集人不是我們公司的人。',
    '我們全部都是 Skype Online。我在公司參加跟廠商的會議。',
  ];
  return [
    ...texts.map((text) => ({ text, slots: online, intents: ['ask'] } as Probe)),
    // "我開的帳號" hosts nothing: no meeting, no organizer.
    { text: '我開的帳號是 Online，我在家打給公司的同事', slots: { location: 'internet', callType: 'peerToPeer' }, optional: ['peer', 'homing', 'deployment'], intents: ['ask'] },
  ];
}
