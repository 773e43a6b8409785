// Round 63's English dev questions (dev51): someone in rented rooms ("the digs") on the wifi of whoever lets them
// ("the landlady's wifi") was left unplaced. Rooms one lodges in and a landlord's or landlady's network are no
// network of ours: the Internet, like a hotel or a neighbour's wifi. ("lodgings" is left out: its stem is that of
// "the gate lodge", a room of ours; the test below keeps that lodge ours.)
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('lodgings and a landlady\'s wifi are the Internet', () => {
  it.each([
    'We are all on Skype Online. The lighting designer joined the tech meeting from his digs, set up by the producer. What path?',
    'Skype Online here. The violinist joins the rehearsal meeting on the landlady\'s wifi. Which way does the media go?',
    'Our stagehand is back in the digs on the landlord\'s wifi and joins the Skype meeting. Signaling and media?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', callType: 'conference' });
  });

  it.each([
    'The landlady of the building rang our front desk; I am at my desk on the office LAN and join a Skype meeting. Path?',
    'The porter is in the gate lodge on the site LAN and joins a Skype meeting. Which path?',
  ])('a room of ours stays ours: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork' });
  });
});
