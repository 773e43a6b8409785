// English messages naming several people (issue 15, nlu76): a place said after a relative clause set off by commas is
// the subject's, not the one named inside the clause ("the CFO, who pinged me, is at the airport"); someone's own
// manager or assistant who neither calls nor joins is beside the call; and a capitalized name ending in a word of an
// organization's name ("Orsay Logistics", "Brandt GmbH") is a company, so its people are the federated party and "in
// Brandt's office" is their own room, not a person's. Each grid crosses the shape with the words; the look-alikes keep
// the reading they had.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'en').slots;

describe('a place after a relative clause set off by commas is the subject\'s', () => {
  const ONLINE_P2P = "We're all on SfB Online.";
  it.each([
    ['Paola, who messaged me earlier,', 'at the airport on the free wifi'],
    ["Dimitri's deputy, who emailed me,", 'in a hotel lobby'],
    ['the head of sales, who asked us,', 'working from home'],
  ])('%s is %s', (subject, place) => {
    // The caller and the one called are placed; the third person's place says nothing of either.
    const text = `Rahim sits at his desk in the Oslo office and calls Mette, who is at her desk in the Bergen office. ${subject} is ${place}. ${ONLINE_P2P} Path for Rahim?`;
    expect(slots(text)).toEqual({ location: 'customerNetwork', peer: 'customerNetwork', deployment: 'online', callType: 'peerToPeer' });
  });
  it('without the clause, the sentence still says where its subject is', () => {
    expect(slots(`Rahim is at home and calls Mette, who is in the office. ${ONLINE_P2P}`)).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe("someone's own manager or assistant beside a call is nobody in it", () => {
  it.each(["Rahim's boss", "Rahim's manager", "Rahim's EA", "the caller's supervisor"])('%s', (relation) => {
    const text = `Rahim is in the Oslo office and calls Mette at the Bergen branch. ${relation} is on the train with a hotspot. We are on SfB Online. Which way for Rahim?`;
    expect(slots(text)).toEqual({ location: 'customerNetwork', peer: 'customerNetwork', deployment: 'online', callType: 'peerToPeer' });
  });
  it('one who calls is the caller, relation or not', () => {
    const text = "Our CEO's secretary is at home; she calls the CEO, who is in the office. We're SfB Online. Which path for the secretary?";
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe("an organization's name is no person: its people are federated, its office their own", () => {
  const NAMES = ['Orsay Logistics', 'Brandt GmbH', 'Velaro Industries', 'Nakamura Trading', 'Quill Pharma'];
  it.each(NAMES)('%s', (company) => {
    const short = company.split(' ')[0];
    // Read as a person, the company took the vendor's word and Sofie's room became one of ours.
    const texts = [
      `I am at my desk in our Lyon office. I call Sofie at our vendor ${company}, which is federated with us; Sofie works in ${short}'s office. We are SfB Online. Route for me?`,
      `I am at my desk in our Lyon office. I call Sofie at our supplier ${company}. Sofie is an Online user working in ${short}'s office. We are SfB Online. Route for me?`,
    ];
    for (const text of texts) expect(slots(text)).toEqual({ location: 'customerNetwork', peer: 'federated', deployment: 'online', callType: 'peerToPeer' });
  });
  it('a person named like that without an ending stays a person', () => {
    // "Brandt" alone after "our vendor" may be the vendor's contact: still their person, still federated.
    const text = 'I am in our Lyon office and call our vendor Brandt, who is federated with us. We are SfB Online.';
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'federated' });
  });
});

describe("a federated party's room or network said as their own is their company's, not ours", () => {
  const PLACES = ['on their corporate network', 'in her company network', "in Velaro Industries' own office", 'at her own desk at their HQ'];
  it.each(PLACES)('%s', (place) => {
    const text = `I'm on the LAN at our Porto office. I call Ines from Velaro Industries (a federated partner); she is an Online user ${place}. We are SfB Online. Path for me?`;
    expect(slots(text)).toEqual({ location: 'customerNetwork', peer: 'federated', deployment: 'online', callType: 'peerToPeer' });
  });
  it('a federated person said to be at home is never put in our network', () => {
    const text = "I'm on the LAN at our Porto office. I call Ines from Velaro Industries (a federated partner); she is at home today. We are SfB Online.";
    expect(slots(text).peer).not.toBe('customerNetwork');
  });
});
