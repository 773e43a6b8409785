// The recognizer's contract, shared by the command line and every channel's dialog.
import type { Observation } from '../engine/triage/types';
import type { ExampleId, Homing, PartialScenario, Perspective, PrincipleNumber, SegmentId, TrafficType } from '../engine/types';

export type Locale = 'en' | 'zh-TW';
export const LOCALES: readonly Locale[] = ['en', 'zh-TW'];

export type Intent =
  | 'ask' // a call-flow question, or an answer to one of our questions
  | 'help'
  | 'cancel' // cancel / start over
  | 'back' // change the last answer
  | 'switchLanguage'
  | 'greeting'
  | 'explain' // what a principle, segment, traffic type, example or the Internet-only list is
  | 'none'; // out of scope

/** The terms admins ask about (GLOSSARY.md) beyond the article's principles, segments and examples. */
export const TERMS = [
  'edgeServer',
  'ice',
  'frontEnd',
  'conferencingServer',
  'federation',
  'cloudConnector',
  'pstn',
  'hybrid',
  'online',
  'broadcast',
  'qos',
  'homing',
  'organizer',
  'signalingVsMedia',
  'segments',
  /** Latency, jitter and packet-loss targets: the article gives none; its family's performance page does. */
  'performance',
  /** A content delivery network: what may carry a broadcast's stream over the Internet. */
  'cdn',
] as const;
export type TermId = (typeof TERMS)[number];

/** What an `explain` question is about. */
export type ExplainTopic =
  | { kind: 'term'; term: TermId }
  | { kind: 'principle'; principle: PrincipleNumber }
  | { kind: 'principles' }
  | { kind: 'segment'; segment: SegmentId }
  | { kind: 'traffic'; traffic: TrafficType }
  | { kind: 'example'; example: ExampleId }
  | { kind: 'internetOnly' }
  | { kind: 'caveat'; caveat: 'asymmetricRouting' | 'premiumAddOn' | 'assumptions' };

/**
 * Whom a message's place or homing is said of, when that is all it names: the writer ("I'm at home", "my account is
 * on-prem"), who speaks of themselves whatever question is on screen; or a pronoun ("what if she's at home?") or a
 * name ("what if Pieter was at home?") for someone who in a call between two people may be either.
 */
export type Subject = 'writer' | 'pronoun' | 'someone';

/**
 * Who a message says organizes the meeting, as a person (organizerParty.ts): the writer, one of our own people said as
 * such, or someone named or described (`name` as written: "Bob", "boss", 「老闆」; `described` when said by what they
 * are to the writer, one of ours), whose homing the conversation may know, or the message says of them (`homing`:
 * beside the name, 「Amy（地端使用者）開會」, or in a clause about them alone, "he's on the on-prem server").
 * `bothHomed`: a homing the message says of both people, the organizer with them ("they are both homed online").
 * `othersOnly`: the facts the message says only of one other person ("Kevin 只是參加，他在家": the location): not the writer's.
 */
export type OrganizerParty = ({ who: 'writer' } | { who: 'ours' } | { who: 'person'; name: string; described?: true; homing?: Homing }) & {
  bothHomed?: Homing;
  othersOnly?: readonly ('location' | 'homing')[];
};

export interface Recognition {
  /** The language of the text (detected unless the caller gave one). */
  locale: Locale;
  intent: Intent;
  /** Slots stated by the text; empty for help, cancel, greeting and none. */
  slots: PartialScenario;
  /** 0..1: how sure the recognizer is of the intent. */
  confidence: number;
  /** For `explain`. */
  topic?: ExplainTopic;
  /**
   * For `explain`: the question asks why a rule holds of every such call, of nobody in particular (ruleQuestions.ts:
   * "Why would federated calls never use ExpressRoute?"). A path it names is the rule's, never one seen. Whether one
   * holds ("so signaling never uses the Internet?") may be asked of an answer on screen, and keeps its path.
   */
  askedRule?: true;
  /** For `switchLanguage`: the language asked for (absent: the other one). */
  targetLocale?: Locale;
  /** When the question is only about one traffic type ("where does the media go?"). */
  focus?: TrafficType;
  /** When the question is about another party than the user (people watching a broadcast: `attendees`). */
  perspective?: Perspective;
  /**
   * The question asks one person's paths of a call between two ("her signaling", 「阿美的訊號」, "signaling for Sandra?"):
   * the user, whose paths alone it is about (askedParty.ts). A fact only the other party's paths need is not asked.
   */
  askedParty?: 'user';
  /** Whom the place or homing the slots give the user was said of, when only the writer or only a pronoun (subject.ts). */
  subject?: Subject;
  /** Who the text says organizes the meeting, said as a person rather than as a homing. */
  organizerParty?: OrganizerParty;
  /**
   * The call type was read only from how the set-up carries a kind of call ("our PSTN goes through CCE", 「我們打電話是
   * 走 CCE」): a deployment said, which asks about a phone call when nothing else is known, and changes no call known.
   */
  callTypeBySetup?: true;
  /**
   * Facts said that cannot both hold: a deployment whose users are all homed Online and someone of ours on-premises
   * ("we're all Online ... Dana is on our on-prem pool"): told back. `slots` keep the recognizer's reading; the dialog
   * applies neither and asks the deployment.
   */
  clash?: PartialScenario;
  /** Triage hook (observations.ts): what the text says was observed of the call, when it says anything. */
  observations?: Observation[];
}

/** Small and injectable, so dialogs and tests can swap it. */
export interface Recognizer {
  recognize(text: string, locale?: Locale): Recognition;
}
