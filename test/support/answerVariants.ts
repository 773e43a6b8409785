// Every way a user can reach every answer, for the tests that follow each one through a real channel: each complete
// scenario (with the firewall said both ways where it applies), reached three ways: by answering only what the
// advisor asks (so the slots that cannot change the paths are assumed), by stating every slot, and by stating every
// slot plus the ones it implies and the firewall the article assumes. The same for questions about one traffic type
// (typed, as users ask them: "where does the media go?"), which are answered once that traffic is certain, while the
// other may still be open. And a driver that talks a variant through a channel with the cards' own buttons (after
// the typed question), whatever the channel.
import {
  SLOT_VALUES,
  TRAFFIC_TYPES,
  advise,
  assumedFirewall,
  completions,
  isApplicable,
  type PartialScenario,
  type SlotName,
  type TrafficType,
} from '../../src/engine';
import type { AdaptiveCard } from '../../src/cards';
import type { Locale } from '../../src/i18n';
import { kindOf, questionOf } from '../dialogs/cardReading';
import { focusedQuestions } from './slotSpace';

export type Mode = 'asked' | 'stated' | 'extra';

/**
 * How a user reaches an answer: the traffic type they ask about (typed), then what they say, one slot a message (a
 * button's data), then what is asked.
 */
export interface Reach {
  mode: Mode;
  asks?: TrafficType;
  told: PartialScenario[];
}

/** A question about one traffic type only, as a user types it (the recognizer takes its focus from it). */
const ASKS_ABOUT: Record<Locale, Record<TrafficType, string>> = {
  en: { media: 'Where does the media go?', signaling: 'Where does the signaling go?' },
  'zh-TW': { media: '媒體會走哪裡？', signaling: '訊號會走哪裡？' },
};

/**
 * One conversation toward a complete scenario: each reach in turn, every one ending at an answer card (the later
 * ones change the scenario the earlier left, as a user's what-if would).
 */
export interface Variant {
  name: string;
  /** The complete scenario the user has in mind. */
  target: PartialScenario;
  reaches: Reach[];
}

const SLOTS = Object.keys(SLOT_VALUES) as SlotName[];

/** Each complete scenario once, and with the firewall said both ways where a firewall applies. */
export function completeScenarios(): PartialScenario[] {
  const all = completions({}).flatMap((s) =>
    isApplicable('firewall', s) === true ? [s, ...SLOT_VALUES.firewall.map((firewall) => ({ ...s, firewall }))] : [s],
  );
  return [...new Map(all.map((s) => [JSON.stringify(advise(s).scenario), advise(s).scenario] as const)).values()];
}

/** The slots a scenario implies without saying them: every Online user homed Online, the firewall the article assumes. */
function implied(target: PartialScenario): PartialScenario {
  const extra: PartialScenario = {};
  if (target.deployment === 'online' || target.deployment === 'cloudConnector') extra.homing = 'online';
  if (target.callType === 'peerToPeer' && target.peerHoming === undefined) extra.peerHoming = 'online';
  if (target.firewall === undefined && isApplicable('firewall', target) === true) extra.firewall = assumedFirewall(target);
  return extra;
}

const oneByOne = (s: PartialScenario): PartialScenario[] =>
  SLOTS.filter((slot) => s[slot] !== undefined).map((slot) => ({ [slot]: s[slot] }) as PartialScenario);

/**
 * Two conversations per scenario: answering only what is asked (the slots that cannot change the paths are then
 * assumed); and stating every slot, then the slots it implies and the firewall the article assumes as well.
 */
export function variantsOf(target: PartialScenario): Variant[] {
  const name = JSON.stringify(target);
  return [
    { name: `asked ${name}`, target, reaches: [{ mode: 'asked', told: oneByOne({ callType: target.callType, firewall: target.firewall }) }] },
    {
      name: `stated ${name}`,
      target,
      reaches: [
        { mode: 'stated', told: oneByOne(target) },
        { mode: 'extra', told: oneByOne(implied(target)) },
      ],
    },
  ];
}

export function allVariants(): Variant[] {
  return completeScenarios().flatMap(variantsOf);
}

/**
 * Questions about one traffic type, both ways: every question the engine answers while the other traffic is open
 * (what is known stated slot by slot, then with the slots it implies and the firewall the article assumes: the
 * answer then may have both traffic types known); and, for every complete scenario, the question asked with only the
 * call type said and the rest answered as asked (the slots that cannot change that traffic are then unknown or
 * assumed).
 */
export function focusedVariants(): Variant[] {
  const stated = focusedQuestions().map(({ known, focus }) => ({
    name: `${focus} only, stated ${JSON.stringify(known)}`,
    target: known,
    reaches: [
      { mode: 'stated' as const, asks: focus, told: oneByOne(known) },
      { mode: 'extra' as const, told: oneByOne(implied(known)) },
    ],
  }));
  const asked = TRAFFIC_TYPES.flatMap((focus) =>
    completeScenarios().map((target) => ({
      name: `${focus} only, asked ${JSON.stringify(target)}`,
      target,
      reaches: [{ mode: 'asked' as const, asks: focus, told: oneByOne({ callType: target.callType, firewall: target.firewall }) }],
    })),
  );
  return [...stated, ...asked];
}

/** A channel as the driver sees it: send a card button's data (or typed text) in a conversation, get the cards of the reply. */
export type Send = (conversationId: string, message: Record<string, unknown> | string) => Promise<AdaptiveCard[]>;

/** An answer card a conversation reached, and how. */
export interface Reached {
  name: string;
  mode: Mode;
  card: AdaptiveCard;
}

/**
 * Talks a variant through a channel: for each reach, what the user tells, then the answer to each question the
 * advisor asks, taken from the scenario the user has in mind, until the answer card.
 */
export async function reachAnswers(send: Send, conversationId: string, variant: Variant, locale: Locale): Promise<Reached[]> {
  const reached: Reached[] = [];
  let cards: AdaptiveCard[] = [];
  for (const { mode, asks, told } of variant.reaches) {
    if (asks) cards = await send(conversationId, ASKS_ABOUT[locale][asks]);
    for (const said of told) {
      const [slot, value] = Object.entries(said)[0];
      cards = await send(conversationId, { action: 'answer', slot, value });
    }
    reached.push({ name: `${variant.name} (${mode})`, mode, card: await answerQuestions(send, conversationId, variant, cards, locale) });
  }
  return reached;
}

async function answerQuestions(send: Send, conversationId: string, variant: Variant, first: AdaptiveCard[], locale: Locale): Promise<AdaptiveCard> {
  let cards = first;
  for (let asked = 0; asked <= SLOTS.length; asked++) {
    const last = cards[cards.length - 1];
    if (!last) throw new Error(`${variant.name}: no reply`);
    if (kindOf(last, locale) === 'answer') return last;
    const { slot } = questionOf(last);
    const value = variant.target[slot as SlotName];
    if (value === undefined) throw new Error(`${variant.name}: asked ${slot}, which the scenario does not have`);
    cards = await send(conversationId, { action: 'answer', slot, value });
  }
  throw new Error(`${variant.name}: no answer after every question`);
}

/** Runs tasks with at most `limit` at once, in order of the results. */
export async function inBatches<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
