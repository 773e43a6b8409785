// Calls in general ("will my Skype calls go over ER?", "one-way audio on Skype calls", "I make some calls from the
// Singapore office"): any kind of call, with nobody said to be in it, states no call type and no other party; the
// same calls with someone in them ("my calls with a colleague at home") are calls between two. Invented (issue 15).
import { fill, part, product, type GridItem, type Part } from './grid';

const IN = { location: 'customerNetwork' } as const;
const OUT = { location: 'internet' } as const;

/** Calls in general, with where the one who makes them is ({0}): the speaker's, or the one named's ({1}). */
const GENERAL_EN: readonly string[] = [
  'Will my Skype calls go over ER? {0}.',
  'Do my calls use the internet or the ExpressRoute? {0}.',
  'Our CFO asks whether his Skype calls go over ExpressRoute. {1}.',
  'Audio drops during calls. {0}.',
  'I make some calls next week. {0}. Will they use ER?',
  'One-way audio on Skype calls. {0}. Should the media go over ER?',
  'Are all calls routed over ER? {0}.',
  'Many calls freeze lately. {0}. Path?',
  'The new director wonders if her video calls are private. {1}. Do they take the ExpressRoute?',
  'The new CFO keeps asking whether his Skype calls are secure. {1}. What do I tell him?',
  'My boss asks me: do her Skype calls go over ER? {1}.',
];
const PLACES_EN: readonly (readonly [Part, Part])[] = [
  [part("I'm at home", OUT), part("He's at home", OUT)],
  [part("I'm in the office", IN), part('She is mostly in the office', IN)],
  [part("I'm on the hotel wifi this week", OUT), part('He works from a hotel this week', OUT)],
  [part("I'm at the Leeds branch", IN), part("She's at the Leeds branch", IN)],
];
const HEADERS_EN: readonly Part[] = [part('SfB Online only.', { deployment: 'online' }), part('Hybrid SfB.', { deployment: 'hybrid' }), part('')];

export function callsInGeneralGrid(): GridItem[] {
  return product<unknown>([GENERAL_EN, PLACES_EN, HEADERS_EN]).map(([text, places, header]) => {
    const template = text as string;
    // Only the place the template says states a slot.
    const said = (places as readonly [Part, Part]).map((p, i) => (template.includes(`{${i}}`) ? p : { text: p.text }));
    return fill(`{2} ${template}`, [...said, header as Part]);
  });
}

/** The same calls with someone in them: calls between two. */
const WITH_SOMEONE_EN: readonly Part[] = [
  part('my calls with a colleague at home drop', { peer: 'internet' }),
  part('my Skype calls to Tom, who is at a hotel, break up', { peer: 'internet' }),
  part('our Skype calls drop although we are both in the office', { peer: 'customerNetwork' }),
  part('my video calls with my teammate on the corporate LAN freeze', { peer: 'customerNetwork' }),
];
const SPEAKERS_EN: readonly Part[] = [part("I'm in the office and", IN), part("I'm at home and", OUT)];

export function callsWithSomeoneGrid(): GridItem[] {
  return product<unknown>([WITH_SOMEONE_EN, SPEAKERS_EN, HEADERS_EN.slice(0, 2)]).flatMap(([call, speaker, header]) => {
    const both = (call as Part).text.includes('both');
    // "we are both in the office" says where the speaker is too: only with a speaker in the office.
    if (both && (speaker as Part).slots?.location !== 'customerNetwork') return [];
    return [fill('{2} {1} {0}. Path?', [call as Part, speaker as Part, header as Part], { callType: 'peerToPeer' })];
  });
}
