// English grid of the organizer named beside the word for them (invented; no blind text): "The organiser of the 10am
// meeting (our team lead, ...)", "the organizer of tomorrow's meeting, Greta, ...", "the organizer of the Skype meeting
// is our team lead". Named so, the host is one of ours, and "we're all on Skype for Business Online" is theirs too;
// someone who is not named there (a customer, an aside about something else) leaves the host unknown.

/** The word for the organizer and the meeting after it, before who they are. */
export const ORGANIZER_WORDS = ['The organiser of the 10am Skype meeting', 'The organizer of the Skype meeting', "The organizer of tomorrow's meeting", 'The organiser of the meeting', 'The organizer of the 9:30 meeting'];

/** Who the organizer is, said right after ({W}: the words above), and what is then said of them. */
export const NAMED = [
  '{W} (our team lead, we are all SfB Online) is working from home today.',
  '{W} (my manager) is at home today. We are all on Skype for Business Online.',
  '{W}, Greta, will be at home today. We are all on SfB Online.',
  '{W}, our PM, is on leave. We are all on Skype for Business Online.',
  '{W} is our team lead. We are all SfB Online.',
  '{W} is my boss, who is at home. We are all on SfB Online.',
];

/** Said beside the organizer word, but naming nobody of ours: the host stays unknown. */
export const NOT_NAMED = [
  '{W} (a customer) is at home. We are all on Skype for Business Online.',
  '{W} is at home today. We are all on Skype for Business Online.',
  '{W}, I think, is at home today. We are all on SfB Online.',
  '{W} (not sure who) is at home. We are all SfB Online.',
];

/** What the writer says of themselves and asks. */
export const WRITER = [
  { said: "I'm in the office on the wired network. What path does my media take?", location: 'customerNetwork' },
  { said: "I'm joining from home. ExpressRoute or internet for me?", location: 'internet' },
] as const;

export interface NamedProbe {
  text: string;
  location: string;
}

const probes = (frames: readonly string[]): NamedProbe[] =>
  frames.flatMap((frame) => ORGANIZER_WORDS.flatMap((words) => WRITER.map(({ said, location }) => ({ text: `${frame.replace('{W}', words)} ${said}`, location }))));

export const namedOrganizerGrid = (): NamedProbe[] => probes(NAMED);
export const unnamedOrganizerGrid = (): NamedProbe[] => probes(NOT_NAMED);
