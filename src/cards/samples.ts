// A representative set of every card kind in both locales: for the card checks, the size report and the Slack
// conversion (which turns every card the project produces into Block Kit).
import { allowedValues, resolve, SLOT_VALUES, triage, type Observation, type PartialScenario, type SlotName } from '../engine';
import { slotValueText } from '../present';
import { LOCALE_LIST, t, type Locale } from '../i18n';
import { answerCard } from './answerCard';
import { explainCard } from './explainCard';
import { followUpCard } from './followUpCard';
import { helpCard } from './helpCard';
import { questionCard } from './questionCard';
import { sinceArticleAside } from './sinceArticle';
import type { AdaptiveCard, Notice } from './template';
import { EXPLAIN_TOPICS } from './topics';
import { triageCard, triageLegCard, triageLegStepCard, triageQuestionCard } from './triageCards';
import { welcomeCard } from './welcomeCard';

export type CardKind = 'welcome' | 'help' | 'question' | 'answer' | 'explain' | 'followUp' | 'triageStep' | 'triage';

export interface SampleCard {
  name: string;
  kind: CardKind;
  locale: Locale;
  card: AdaptiveCard;
}

/** A diagram host for samples only (cards never fetch it). */
const SAMPLE_BASE_URL = 'https://advisor.example.com';

/** Answers that show each kind of source and the notes that matter most. */
const SAMPLE_ANSWERS: readonly { name: string; scenario: PartialScenario }[] = [
  { name: 'table row with a note', scenario: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' } },
  { name: 'Cloud Connector contradiction', scenario: { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' } },
  {
    name: 'example flow',
    scenario: { deployment: 'hybrid', callType: 'conference', organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork' },
  },
  { name: 'broadcast', scenario: { deployment: 'online', callType: 'broadcast', location: 'customerNetwork' } },
  {
    name: 'alternative routes (Internet or ExpressRoute)',
    scenario: { deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', location: 'customerNetwork', peer: 'federated' },
  },
  {
    name: 'a route over the Internet and ExpressRoute',
    scenario: { deployment: 'hybrid', callType: 'conference', organizer: 'online', homing: 'onPremises', location: 'internet', firewall: 'blocksDirect' },
  },
  {
    name: 'derived from principles',
    scenario: { deployment: 'hybrid', callType: 'peerToPeer', location: 'internet', peer: 'internet', homing: 'onPremises', peerHoming: 'onPremises' },
  },
];

/** A question about a slot, asked in a scenario where the slot applies. */
const QUESTION_CONTEXT: Record<SlotName, PartialScenario> = {
  deployment: {},
  callType: { deployment: 'hybrid' },
  homing: { deployment: 'hybrid', callType: 'peerToPeer' },
  location: { deployment: 'online', callType: 'conference' },
  peer: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork' },
  peerHoming: { deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' },
  organizer: { deployment: 'hybrid', callType: 'conference' },
  firewall: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' },
};

/** Triages that show each outcome: explained differences, the article's own example flow, a match, nothing known, nothing explains it. */
const SAMPLE_TRIAGES: readonly { name: string; scenario: PartialScenario; observed: Observation[]; unknown?: ('location' | 'callType')[] }[] = [
  {
    name: 'explained difference',
    scenario: { deployment: 'online', callType: 'pstn', location: 'customerNetwork' },
    observed: [{ traffic: 'media', party: 'user', path: 'internet' }],
  },
  {
    name: 'the article\'s own example flow',
    scenario: { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' },
    observed: [{ traffic: 'signaling', party: 'user', path: 'expressRoute' }],
  },
  {
    name: 'as the article describes',
    scenario: { deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', location: 'customerNetwork', peer: 'federated' },
    observed: [{ traffic: 'media', party: 'user', path: 'internet', edge: 'onPremEdge' }],
  },
  {
    name: 'facts the asker cannot tell',
    scenario: { deployment: 'online', callType: 'pstn' },
    observed: [{ traffic: 'media', party: 'user', path: 'internet' }],
    unknown: ['location'],
  },
  {
    name: 'nothing explains it',
    scenario: { deployment: 'online', callType: 'broadcast', location: 'customerNetwork' },
    observed: [{ traffic: 'media', party: 'attendees', path: 'expressRoute' }],
  },
];

function triageSamples(locale: Locale): Omit<SampleCard, 'locale'>[] {
  const observed: Observation[] = [{ traffic: 'media', party: 'user', path: 'internet' }];
  const known: PartialScenario = { deployment: 'hybrid' };
  const leg = { traffic: 'media', party: 'user' } as const;
  const steps = [
    { name: 'triage: which leg', card: triageLegCard([], {}, locale) },
    { name: 'triage: which path', card: triageLegStepCard('path', leg, observed, known, locale, { canGoBack: true }) },
    { name: 'triage: an Edge?', card: triageLegStepCard('edge', leg, [], known, locale) },
    { name: 'triage: a fact that separates the explanations', card: triageQuestionCard('callType', allowedValues('callType', known), observed, known, locale, { canGoBack: true }) },
  ].map((c) => ({ ...c, kind: 'triageStep' as const }));
  const results = SAMPLE_TRIAGES.map(({ name, scenario, observed: seen, unknown }) => {
    const result = triage(scenario, seen, { unknown });
    if (result.kind === 'question') throw new Error(`Sample triage asks a question: ${name}`);
    return { name: `triage: ${name}`, kind: 'triage' as const, card: triageCard(result, locale, { publicBaseUrl: SAMPLE_BASE_URL, canGoBack: true }) };
  });
  return [...steps, ...results];
}

function resolved(scenario: PartialScenario) {
  const r = resolve(scenario);
  if (!r) throw new Error(`Sample scenario is not answerable: ${JSON.stringify(scenario)}`);
  return r;
}

function samplesIn(locale: Locale): SampleCard[] {
  const onPremises = slotValueText('homing', 'onPremises', locale);
  const online = slotValueText('deployment', 'online', locale);
  const notice: Notice[] = [{ tone: 'info', text: t(locale, 'dialog.startedOver') }];
  const cards: Omit<SampleCard, 'locale'>[] = [
    { name: 'welcome', kind: 'welcome', card: welcomeCard(locale) },
    { name: 'welcome with a notice', kind: 'welcome', card: welcomeCard(locale, { notices: notice }) },
    { name: 'help', kind: 'help', card: helpCard(locale) },
    ...(Object.keys(SLOT_VALUES) as SlotName[]).map((slot) => {
      const known = QUESTION_CONTEXT[slot];
      return {
        name: `question ${slot}`,
        kind: 'question' as const,
        card: questionCard(slot, allowedValues(slot, known), locale, { known, canGoBack: Object.keys(known).length > 0 }),
      };
    }),
    ...SAMPLE_ANSWERS.map(({ name, scenario }) => ({
      name: `answer: ${name}`,
      kind: 'answer' as const,
      card: answerCard(resolved(scenario), locale, { stated: scenario, canGoBack: true }),
    })),
    {
      name: 'answer about media, with diagram and notices',
      kind: 'answer',
      card: answerCard(resolved(SAMPLE_ANSWERS[0].scenario), locale, {
        focus: 'media',
        publicBaseUrl: SAMPLE_BASE_URL,
        notices: [
          { tone: 'info', text: t(locale, 'dialog.languageSwitched') },
          { tone: 'warning', text: t(locale, 'dialog.conflict', { value: onPremises, otherValue: online }) },
        ],
      }),
    },
    {
      name: 'first answer of a conversation, with what changed since the article',
      kind: 'answer',
      card: answerCard(resolved(SAMPLE_ANSWERS[1].scenario), locale, {
        stated: SAMPLE_ANSWERS[1].scenario,
        publicBaseUrl: SAMPLE_BASE_URL,
        aside: sinceArticleAside(locale),
      }),
    },
    {
      name: 'answer about the broadcast attendees',
      kind: 'answer',
      card: answerCard(resolved(SAMPLE_ANSWERS[3].scenario), locale, { perspective: 'attendees', publicBaseUrl: SAMPLE_BASE_URL }),
    },
    ...EXPLAIN_TOPICS.map((topic) => ({
      name: `explain ${Object.values(topic).join(' ')}`,
      kind: 'explain' as const,
      card: explainCard(topic, locale),
    })),
    { name: 'follow-up', kind: 'followUp', card: followUpCard(SAMPLE_ANSWERS[0].scenario, locale, { canGoBack: true }) },
    ...triageSamples(locale),
  ];
  return cards.map((c) => ({ ...c, locale }));
}

export function sampleCards(): SampleCard[] {
  return LOCALE_LIST.flatMap(samplesIn);
}
