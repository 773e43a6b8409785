// Where a person the writer asks for is, said in the third person (session 53, lane relayed): "our store manager
// joins the call the area director set up. She'll be on the train, on her hotspot" asked back where she was, "she"
// being unclear between the manager and the director; but a host has no place in the call, so a place said by a
// pronoun that could be only the host or the one joining is the joiner's (what else it says, her homing, stays
// unclear). "my boss Dr Reyes ... he's at home": the title and the name past the honorific are one person, and so
// are "the Chief Executive" and "the Chief Exec". "She is not meant to use the company VPN": a negation
// reaches the VPN of the verb it passes over, past the words between. Inputs written for this test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a place said by a pronoun that is the host or the one joining is the joiner\'s', () => {
  it.each([
    ["Our store manager wants to join the sales review the area director scheduled. She'll be on the train on her phone's hotspot. We're all on Skype Online. Does her audio use ExpressRoute?", 'internet'],
    ['The site supervisor joins the safety briefing the project manager runs. He will be at the depot, on the corporate LAN. We are Skype for Business Online. Path for him?', 'customerNetwork'],
    ["Our regional buyer is joining the stand-up the category lead organises. She's working from a hotel lobby on the guest wifi, no VPN. Skype Online only. Where does her media go?", 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, callType: 'conference' });
  });

  it('leaves a homing so said unclear (it may be the host\'s, which decides the meeting)', () => {
    const read = slots('We are hybrid. The store manager joins the review the regional director set up. She is homed on-prem. What path does it take?');
    expect(read.homing).toBeUndefined();
    expect(read.organizer).toBeUndefined();
  });
});

describe('near misses: who the pronoun stands for is said', () => {
  it.each([
    // The host named by a gendered name: "she" is the manager.
    ["Our store manager joins the sales review Tom scheduled. She'll be at the airport on her hotspot. We're all on Skype Online. Path?", 'internet'],
    // The one joining named last: she is the one the pronoun goes on about.
    ['Kim set up the review and our store manager joins it. She is at home on her own broadband. We are Skype Online. Path?', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });

  it('two people besides the host leave the place unclear', () => {
    const read = slots("Ana and Li join the review the director set up. She'll be on the train on her hotspot. We're Skype Online. Path?");
    expect(read.location).toBeUndefined();
  });
});

describe('a title and a name past an honorific are one person', () => {
  it.each([
    ["Asking for my boss Dr Reyes - he's at home tonight and joins the morning huddle. We are Skype for Business Online. Is his audio on ExpressRoute?", 'internet'],
    ['For my manager Ms Okoye: she is at the Leeds office on the wired LAN and joins the board meeting. We are Skype Online. Path?', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, callType: 'conference' });
  });
});

describe('a title said in full and shortened is one person', () => {
  it('the Chief Executive and the Chief Exec', () => {
    const read = slots("Hybrid. Our Chief Executive (homed Online) is at a hotel in Rome on the hotel wifi, joining the board meeting that the company secretary arranged; the secretary's account is Online too. Where do the Chief Exec's signaling and media go?");
    expect(read).toMatchObject({ location: 'internet', homing: 'online', organizer: 'online' });
  });
});

describe('a negation reaches its VPN past fillers', () => {
  it.each([
    ['Priya is at a hotel. She is not meant to use the company VPN. She joins the weekly meeting. We are Skype Online.', 'internet'],
    ['Our engineer works from home and is not supposed to use the VPN. He joins a meeting. We are Skype Online.', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});
