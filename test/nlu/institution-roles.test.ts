// Staff of schools and other institutions named by title are people of ours: "the vice principal organized a meeting",
// "the librarian is on campus", 「教官召開的會議」, 「導師在家」. Unknown as person words, the host of the meeting and
// the one called had no one to be said of, and the advisor asked. Near misses: "principal" as an adjective ("the
// principal reason") is nobody; a meeting nobody is said to host is still asked about.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string, locale: 'en' | 'zh-TW') => recognizer.recognize(text, locale).slots;

describe('a meeting hosted by a titled member of staff is ours', () => {
  it.each([
    ["Everyone is on Skype Online. The vice principal organized a meeting and I'll join from home.", 'en', 'internet'],
    ['All on Skype Online. The headteacher is hosting the staff briefing; I join from the staff room.', 'en', 'customerNetwork'],
    ['全部 Online。我從辦公室加入教官召開的會議。', 'zh-TW', 'customerNetwork'],
    ['我們全部都在 Online。園長排了一個會議，我在家加入。', 'zh-TW', 'internet'],
  ] as const)('%s', (text, locale, location) => {
    expect(slots(text, locale)).toMatchObject({ location, organizer: 'online', callType: 'conference' });
  });
});

describe('a titled member of staff called is where they are said to be', () => {
  it.each([
    ['All Online. The librarian is on campus and calls me at home.', 'en', 'internet', 'customerNetwork'],
    ['All Online. I am in the office and call a lecturer who is at a hotel.', 'en', 'customerNetwork', 'internet'],
    ['全部 Online。導師在家打給在辦公室的我。', 'zh-TW', 'customerNetwork', 'internet'],
    ['全部 Online。館長在飯店，我在辦公室打給他。', 'zh-TW', 'customerNetwork', 'internet'],
  ] as const)('%s', (text, locale, location, peer) => {
    expect(slots(text, locale)).toMatchObject({ location, peer, callType: 'peerToPeer' });
  });
});

describe('near misses', () => {
  it('"principal" as an adjective is nobody', () => {
    expect(slots('All Online. The principal reason I ask: I am at home calling a colleague in the office.', 'en')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });

  it('a meeting with nobody said to host it is still asked', () => {
    expect(slots('All Online. I join a meeting from the office; the principal will be there too.', 'en').organizer).toBeUndefined();
  });
});
