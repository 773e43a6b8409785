// Who is who when names are ordinary words or lose themselves to stemming (round 32): "Will organizes the sync",
// "Caller: Bill", "calls Hope" are people, "Will the media ...", "in May", "Hope this helps" are not; "Ines" is no
// "in"; "Priya sits in the office" places Priya; "they moved me up to Skype Online" homes the writer; a roster of three
// named people is no call between two.
import { createRecognizer } from '../../src/nlu';
import { wordKey } from '../../src/nlu/english';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;
const NO_FORMS = { aliases: new Map<string, string>(), contractions: new Map<string, readonly string[]>() };

describe('a given name that is also a word is a person where a name stands', () => {
  it.each([
    ["Will organizes the weekly sync, he's homed in Skype Online. I'm still on-prem homed (we're hybrid) and I join from my desk in the office. path for me?", { location: 'customerNetwork', homing: 'onPremises', organizer: 'online', deployment: 'hybrid', callType: 'conference' }],
    ["Caller: Bill (hotel in Lyon, hotel wifi) / Callee: June (HQ, 3rd floor, wired) / Deployment: all users on Skype for Business Online / Type: Skype-to-Skype video / Q: which path does the CALLER's traffic take?", { location: 'internet', peer: 'customerNetwork', deployment: 'online', callType: 'peerToPeer' }],
    ["Faith is in the office and calls Hope, who is at home. All Online. What's Faith's media path?", { location: 'customerNetwork', peer: 'internet', deployment: 'online', callType: 'peerToPeer' }],
    ["May is at home and calls Grace in the office. We're all Online. May's path?", { location: 'internet', peer: 'customerNetwork', deployment: 'online', callType: 'peerToPeer' }],
    ['Bill is on-prem and Will is Online, both at HQ. We\'re hybrid. Bill calls Will. Bill\'s path?', { location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'online', deployment: 'hybrid', callType: 'peerToPeer' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toEqual(want);
  });
});

describe('the same words as words stay words', () => {
  it.each([
    // The modal, a month, "hope" and "mark" as verbs: nobody whose place the writer's could be.
    ["Will the media go over ExpressRoute if I'm at home? We're online.", { location: 'internet', deployment: 'online' }],
    ["May I ask: I'm at home calling a colleague in the office, all Online. My path?", { location: 'internet', peer: 'customerNetwork', deployment: 'online', callType: 'peerToPeer' }],
    ["Hope this is the right place. I'm at home calling a colleague in the office, we're all Online.", { location: 'internet', peer: 'customerNetwork', deployment: 'online', callType: 'peerToPeer' }],
    ["Mark the ticket as urgent: I'm in the office calling a colleague at home, all Online. My path?", { location: 'customerNetwork', peer: 'internet', deployment: 'online', callType: 'peerToPeer' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toEqual(want);
  });
  it('"in May" is a month', () => {
    expect(slots("In May we moved to Skype Online. I'm at home calling a colleague in the office.")).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('a name is not stemmed into a function word', () => {
  it('"Ines" keeps its own key; a longer stem is still taken ("homes" is "home")', () => {
    expect(wordKey('ines', NO_FORMS)).toBe('ines');
    expect(wordKey('homes', NO_FORMS)).toBe('home');
  });
  it.each([
    // en48-19: she calls him, and the question asks of him (Rob).
    ["Ines is on-prem homed. Rob moved to Online in March. Both are at HQ on wired connections. We're hybrid. When she calls him, what path does his signaling take?", { location: 'customerNetwork', peer: 'customerNetwork', homing: 'online', peerHoming: 'onPremises', deployment: 'hybrid', callType: 'peerToPeer' }],
    ['Ines is at home and calls Tom, who is in the office. All Online. Her path?', { location: 'internet', peer: 'customerNetwork', deployment: 'online', callType: 'peerToPeer' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toEqual(want);
  });
});

describe('a name before what someone does at a place is the person there', () => {
  it.each([
    ["Tom is at home. Priya sits in the office and calls Tom. All Online. Priya's media?", { location: 'customerNetwork', peer: 'internet' }],
    ["Flip side of the last one: Sunita works from home on her broadband and calls Mark (her manager), who's at his desk in the office. Company-wide Skype for Business Online. What does Mark's media take?", { location: 'customerNetwork', peer: 'internet' }],
    // A proper name before a facility is still the facility's.
    ['I work from the Madrid office and call a colleague at home. All Online.', { location: 'customerNetwork', peer: 'internet' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
  it('"Priya stays at home" leaves the one she calls in the office', () => {
    expect(slots("Tom is in the office. Priya stays at home and calls Tom. All Online. Tom's media?")).toMatchObject({ location: 'customerNetwork' });
  });
});

describe('an account moved to the product is homed there', () => {
  it.each([
    ["So my account used to live on the old Lync pool, but they moved me up to Skype Online last spring. We're still hybrid. I'm in the office calling Tom (still on-prem, also in the office). Where does my signaling go now?", { homing: 'online', peerHoming: 'onPremises' }],
    ["IT migrated me to Skype Online last week. We're hybrid. I'm in the office calling Tom (on-prem, in the office). My path?", { homing: 'online', peerHoming: 'onPremises' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
  it('the company moving says the deployment, nobody\'s homing', () => {
    expect(slots("We moved to Skype Online last year. I'm at home calling a colleague in the office. My path?")).not.toHaveProperty('homing');
  });
});

describe('three named people placed are no call between two', () => {
  it('a roster headed "Attendees" is a meeting', () => {
    expect(slots("Attendees: / Ana (home, Online) / Raj (HQ, Online) / Li (HQ, Online) <- organizer / We have no on-prem Skype servers. Route for Ana's media and signaling?")).toMatchObject({ location: 'internet', deployment: 'online', callType: 'conference' });
  });
  it.each([
    ["Ana is at home, Raj at HQ and Li at HQ. We're all Online. What's Raj's route?"],
    ['Ana 在家、Raj 在總部、Li 也在總部。全部 Online。Raj 的路徑？'],
  ])('unheaded, the call type is asked: %s', (text) => {
    expect(slots(text)).not.toHaveProperty('callType');
  });
  it.each([
    ["Ana is at home and Raj is at HQ. We're all Online. What's Raj's route?", { location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' }],
    ['Ana 在家，Raj 在總部。全部 Online。Ana 打給 Raj，Raj 的路徑？', { location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' }],
  ])('two people placed still are: %s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});
