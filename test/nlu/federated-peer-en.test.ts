// The other party at another organization, said as people write it: "a call between our user (office, corp LAN) and
// a user at a federated partner", "an engineer at a customer company", "a buyer at Fabrikam, which runs its own Office
// 365 tenant". Of two people described, one another organization's, the other is ours and the one asked about.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const OURS: readonly [string, 'customerNetwork' | 'internet'][] = [
  ['our user (office, corp LAN)', 'customerNetwork'],
  ['our engineer, wired in the NOC,', 'customerNetwork'],
  ['a member of staff at headquarters (corporate network)', 'customerNetwork'],
  ['our rep, at home with no VPN,', 'internet'],
  ['the buyer at the Leeds branch office', 'customerNetwork'],
];
const THEIRS = [
  'a user at a federated partner',
  'an engineer at a customer company',
  'a contact at a client firm',
  'a counterpart in a separate organisation federated with ours',
  'someone at our audit firm (federated, they run their own tenant)',
  'a buyer at Fabrikam, which runs its own Office 365 tenant',
];
const FRAMES: readonly ((ours: string, theirs: string) => string)[] = [
  (ours, theirs) => `Online only. A 1:1 call between ${ours} and ${theirs}. Signaling path?`,
  (ours, theirs) => `All-Online tenant. ${capitalize(ours)} has one-to-one Skype calls with ${theirs}. Which path for our side?`,
  (ours, theirs) => `We're on SfB Online. ${capitalize(ours)} gets a direct Skype call from ${theirs}. Path for our user?`,
];
const GRID = OURS.flatMap(([ours, location]) => THEIRS.flatMap((theirs) => FRAMES.map((frame) => [frame(ours, theirs), location] as const)));

describe('one of ours and someone at another organization', () => {
  it.each(GRID)('%s', (text, location) => {
    expect(slots(text)).toEqual({ deployment: 'online', callType: 'peerToPeer', location, peer: 'federated' });
  });

  it('reads "our network guy" as a person, not as where anyone is', () => {
    expect(slots("Online only. Our network guy swears it's the internet. I'm in the office on a 1:1 with a supplier's account manager. Path?")).toEqual({
      deployment: 'online',
      callType: 'peerToPeer',
      location: 'customerNetwork',
      peer: 'federated',
    });
  });
});

describe('what does not make one of ours the one asked about', () => {
  it('a question about someone named and described nowhere', () => {
    expect(slots("Online only. Our VP, Jennifer, and Mike (Denver office) were on a Skype call with someone at a federated partner. What route did Jennifer's audio take?")).not.toHaveProperty('location');
  });

  it('a question about someone by a pronoun', () => {
    expect(slots('Online only. A 1:1 call between our user (office) and a user at a federated partner. What about his side?')).not.toHaveProperty('location');
  });

  it('a customer alone (who may be phoned)', () => {
    expect(slots('Online only. Priya, in the office, had a call with a customer. What path did her audio take?')).not.toHaveProperty('callType');
  });

  it('a client company whose office the user visits is where the user is', () => {
    expect(slots("Online only. I'm at a customer company's office today on their guest wifi, calling my colleague at HQ. Path?")).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

// A company dialled is its phone number: "I phone a supplier" is a PSTN call; "I call a customer", with nothing said of
// federation, a tenant or Skype at their end, could be either (asked, with no other party read).
describe('another company called or dialled without federation said', () => {
  const WHO = ['a supplier', 'a vendor', 'the supplier', 'a customer', 'the other company', 'another company'];
  const DIAL = ['phone', 'dial', 'ring', 'phoned', 'rang'];
  it.each(DIAL.flatMap((verb) => WHO.map((who) => [verb, who])))('I %s %s: a phone call', (verb, who) => {
    expect(slots(`We're Online only. From my desk in the office I ${verb} ${who}. Which path?`)).toEqual({ deployment: 'online', location: 'customerNetwork', callType: 'pstn' });
  });

  it.each(['a customer', 'a client'])('I call %s: neither a phone call nor a federated party is read', (who) => {
    expect(slots(`We're Online only. From my desk in the office I call ${who}. Which path?`)).toEqual({ deployment: 'online', location: 'customerNetwork' });
  });

  it.each([
    'I call our federated partner',
    "I Skype a vendor contact (they're on their own O365 tenant)",
    "I ring a supplier's account manager on Skype; we're federated with them",
    "I call a vendor on Skype, they're federated",
    'I call a supplier who is federated with us',
  ])('%s: federated', (said) => {
    expect(slots(`We're Online only. From my desk in the office ${said}. Which path?`)).toEqual({ deployment: 'online', location: 'customerNetwork', callType: 'peerToPeer', peer: 'federated' });
  });

  it.each(['撥電話給廠商', '打電話給供應商'])('我在公司用 Skype %s: a phone call', (said) => {
    expect(slots(`我們是 SfB Online。我在公司用 Skype ${said}，路徑？`)).toEqual({ deployment: 'online', location: 'customerNetwork', callType: 'pstn' });
  });
});
