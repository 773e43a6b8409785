// Who presents in a meeting, and a place said of "the presenter". The answer's paths are the user's: where another
// presenter is moves nothing of them (a conference is hosted where its organizer is homed). A blind judge saw "the
// presenter is at home" move the user, who had only said they were joining. When the writer said they present ("I'm
// presenting", 「我負責簡報」), the presenter is the user (PRESENTER in People).
import type { PartialScenario } from '../src/engine';

/** The People key of the one presenting, when that is the user. */
export const PRESENTER = 'presenter';

// "I'm in the office presenting": where the writer is may come between.
const WRITER_PRESENTS_EN = /\b(?:i|i'm|i’m|im)\b[^,.;!?]{0,30}?\b(?:presenting|the\s+presenter|a\s+presenter|one\s+of\s+the\s+presenters)\b|\bi\s+(?:will\s+|'ll\s+|’ll\s+)?present\b/i;
const WRITER_PRESENTS_ZH = /我(?![們们])(?:要|會|会|來|来|負責|负责|是)*(?:主講人|主讲人|簡報者|简报者|講者|讲者|上台|主講|主讲|做簡報|做简报|簡報|简报)/u;

/** "I'm presenting", 「我負責簡報」: the writer presents. */
export const writerPresents = (text: string): boolean => WRITER_PRESENTS_EN.test(text) || WRITER_PRESENTS_ZH.test(text);

const PRESENTER_WORD = /\bpresenter\b|簡報者|简报者|主講人|主讲人|講者|讲者/i;
/** The writer or the user named: then the place is theirs, not the presenter's. */
const WRITER_WORD = /\b(?:i|i'm|i’m|im|me|my|user)\b|我|使用者/i;

/**
 * The place or homing a message says of "the presenter", in a meeting whose user is the writer and not said to
 * present: those facts, which change nothing of the answer; otherwise undefined.
 */
export function presenterFacts(text: string, slots: PartialScenario, scenario: PartialScenario, writerIsUser: boolean, presenterIsUser: boolean): PartialScenario | undefined {
  if (scenario.callType !== 'conference' || !writerIsUser || presenterIsUser || !PRESENTER_WORD.test(text) || WRITER_WORD.test(text)) return undefined;
  const said: PartialScenario = { ...(slots.location && { location: slots.location }), ...(slots.homing && { homing: slots.homing }) };
  return Object.keys(said).length > 0 && Object.keys(slots).length === Object.keys(said).length ? said : undefined;
}
