// Who-is-who by role (issue 15, session 52). School, college and parish roles (superintendent, principal, deputy, dean,
// bursar, librarian...) are people like "director" already was: unread, a homing said of the one asked about went to
// the person they call ("the principal moved to Online, his deputy is still on-prem": a wrong answer with the two
// homings swapped), and the place of the one called went to the writer. And a role said with "here" where a sentence
// opens ("nurse here, ...") is the writer introducing themselves: their place is the user's, not a third person's.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a school role keeps its own homing', () => {
  it.each([
    "Hybrid here. The principal was migrated to Skype Online over the summer; his deputy is still homed on the on-prem pool. Both are in the admin building. When the principal rings his deputy, what's the principal's media path?",
    'We run hybrid. The superintendent moved to Online last month and her deputy stayed on our on-premises server. Both are at the district office. The superintendent calls her deputy: her signaling and media?',
    "Hybrid deployment. The dean is homed Online; the dean's secretary is still on-prem. Both on the campus LAN. The dean calls the secretary. Which way does the dean's media go?",
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ callType: 'peerToPeer', homing: 'online', peerHoming: 'onPremises', location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

describe('the place of a school role called is theirs, not the writer\'s', () => {
  it.each([
    ['The bursar is working from home today and I ring him from the office LAN. We are Skype Online. My media path?', 'customerNetwork', 'internet'],
    ["We're all Online. The headteacher is in a hotel this week; I Skype her from my desk at school. Where does my side go?", 'customerNetwork', 'internet'],
    ['Online tenant. The librarian at home calls me, I am on the office network. What is the librarian\'s path?', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ callType: 'peerToPeer', location, peer });
  });
});

describe('a role with "here" opening a sentence is the writer', () => {
  it.each([
    ['porter here, my desk is in the main hall. When I ring a mobile number from Skype (SfB Online, Phone System), where does the signaling go?', 'customerNetwork'],
    ['Hi all, night shift nurse here - on the hospital LAN at the nurses station. I call a customer landline from Skype. We are Online with calling plans. Path?', 'customerNetwork'],
    ['site foreman here, sitting in the hotel lobby on its wifi. I dial a supplier mobile from S4B. Skype Online with calling plans. Does it use ER?', 'internet'],
    // Where the writer is may follow "here" at once, with no pause.
    ['Receptionist here on the clinic LAN. I ring a patient landline from Skype. We are Online with calling plans. Path?', 'customerNetwork'],
    ['Hi, field surveyor here at the hotel on its guest wifi. I dial a contractor mobile from Skype. All Online, calling plans. Route?', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ callType: 'pstn', location });
  });

  it.each([
    // Not an introduction: the role is someone at the writer's place, placed in the rest of the sentence.
    'Our nurse here is on the ward LAN. She calls a doctor at home. We are Online. Her path?',
    // A role with an article before "here" and a place is someone there, not the writer.
    'The nurse here on the ward LAN calls a doctor at home. We are Online. Her path?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' });
  });
});
