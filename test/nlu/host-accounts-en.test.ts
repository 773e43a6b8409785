// Where a meeting's host is homed, said in English shapes that were not read (studied en5-137, en20-54/56/72/77/80/108,
// en18-59): the account the host sets the meeting up with ("the COO organised from his on-prem account", "set up
// tomorrow's meeting with her Online account"); a field label's name with an apposition ("Organizer: Prakash Menon —
// account on our on-prem pool") or a product aside ("Organiser: Greta (our Skype Online user)"); another company's
// servers by its name ("on Litware's on-premises Skype server") or a cloud it does not use; a field label before each
// name ("Participant: Aminata ... Participant: Foday" are two people); "which path does Min-jun take?" asks about her.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const HOMINGS = [
  ['on-prem', 'onPremises', 'Online', 'online'],
  ['Online', 'online', 'on-prem', 'onPremises'],
  ['cloud', 'online', 'on-premises', 'onPremises'],
  ['on-premises', 'onPremises', 'cloud-homed', 'online'],
] as const;
const HOSTS = [
  ['The COO', 'her'],
  ['My manager', 'his'],
  ['The team lead', 'her'],
  ['Our CFO', 'his'],
] as const;
const VERBS = ['organised', 'set up', 'scheduled', 'booked'];
const MEETINGS = ['the meeting', "tomorrow's Skype meeting", "next week's sync", 'the weekly review'];
const PREPOSITIONS = ['from', 'with', 'on'];

describe('the account a host sets the meeting up with is the host\'s', () => {
  const rows = HOMINGS.flatMap(([said, value, mine, myValue]) =>
    HOSTS.flatMap(([host, their]) => VERBS.flatMap((verb) => MEETINGS.flatMap((meeting) => PREPOSITIONS.map((on) => [`Hybrid. ${host} ${verb} ${meeting} ${on} ${their} ${said} account. I'm ${mine}, in the office. Path?`, value, myValue])))),
  );
  it.each(rows)('%s', (text, organizer, homing) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', organizer, homing });
  });
  it.each(HOMINGS.flatMap(([said, value]) => VERBS.map((verb) => [`Mr. Okafor (${said === 'on-prem' ? 'Online' : 'on-prem'} homed, we are hybrid) is joining the weekly meeting which the COO ${verb} from his ${said} account. Mr. Okafor is at his desk in the Lagos office. What path should his media take?`, value])))(
    'with someone else named before: %s',
    (text, organizer) => {
      expect(slots(text)).toMatchObject({ organizer, callType: 'conference', location: 'customerNetwork' });
    },
  );
});

describe('negatives: an account of someone else, a move planned', () => {
  it.each(HOMINGS.map(([said, value]) => [`Hybrid. Priya set up the meeting and Tom joined from his ${said} account in the office. Path for Tom?`, value]))('%s', (text, homing) => {
    const got = slots(text);
    expect(got).toMatchObject({ homing, location: 'customerNetwork', callType: 'conference' });
    expect(got).not.toHaveProperty('organizer');
  });
  it.each(['tomorrow', 'next week', 'next month'])('The COO is moving to Online %s', (when) => {
    expect(slots(`Hybrid. The COO is moving to Online ${when}; I'm still on-prem, in the office, joining her meeting. Path?`)).not.toHaveProperty('organizer', 'online');
  });
});

const NAMES = ['Prakash Menon', 'Greta Novak', 'Ibrahim Sesay', 'Ana Souza'];
const LABELS = ['Organizer', 'Organiser', 'Host'];

describe('a field label\'s name and what follows it', () => {
  const asides = [
    ['— account on our on-prem Skype Server pool', 'onPremises'],
    ['— account on-prem', 'onPremises'],
    [', account on our on-prem pool', 'onPremises'],
    ['(our Skype Online user)', 'online'],
    ['(a SfB Online user)', 'online'],
  ] as const;
  const rows = asides.flatMap(([aside, value]) => NAMES.flatMap((name) => LABELS.map((label) => [`Skype meeting\n${label}: ${name} ${aside}\nAttendee: Divya, on-prem homed, Bengaluru office\nDeployment: hybrid\nQ: Divya's signaling and media?`, value])));
  it.each(rows)('%s', (text, organizer) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', homing: 'onPremises', organizer });
  });
  it.each(['Participant', 'Attendee'].flatMap((label) => HOMINGS.map(([, value, mine, other]) => [label, value, mine, other])))(
    '%s: each label before a name is someone new',
    (label, value, mine, other) => {
      const text = `Organizer: Ibrahim Sesay — homed on-premises\n${label}: Aminata Kamara — ${mine} — home, not on VPN\n${label}: Foday Koroma — ${value === 'online' ? 'Online' : 'on-prem'} — Freetown office\nDeployment: Hybrid\nWhich path for Aminata (signaling + media)?`;
      expect(slots(text)).toMatchObject({ location: 'internet', homing: other, organizer: 'onPremises' });
    },
  );
});

describe('which path does someone take', () => {
  const questions = ['Which path does Min-jun take?', 'What route will Min-jun use?', 'Which route does Min-jun take? (sig+media)'];
  it.each(questions)('%s', (question) => {
    const text = `Kickoff (Skype meeting) organised by Hye-jin, who is homed on the on-prem pool. Hybrid.\n- Hye-jin: Seoul office\n- Min-jun: Online-homed, Seoul office\n- Seo-yeon: on-prem homed, working from a café (no VPN)\n${question}`;
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', homing: 'online', organizer: 'onPremises' });
  });
});

describe('another company\'s servers', () => {
  const companies = ['Litware', 'Northwind', 'Fabrikam', 'Tailspin'];
  it.each(companies.flatMap((company) => ['on-premises Skype server', 'on-prem Skype servers', 'Skype server'].map((servers) => `Hybrid. Joining a meeting hosted by ${company} on ${company}'s ${servers}, I'm on-prem in the office. Path?`)))('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'otherCompany', location: 'customerNetwork' });
  });
  it.each(['not using cloud', "doesn't use the cloud", 'not using Skype Online'])('organized by external company on their own Skype server (that company %s)', (denied) => {
    expect(slots(`We have hybrid deployment. My user is on-prem homed, in the Bangalore office LAN. He is joining a meeting organized by an external company on their own Skype server (that company ${denied}). Path?`)).toMatchObject({ organizer: 'otherCompany' });
  });
  it.each(['Tom', 'Priya'])("negative: %s's on-prem account is where a person of ours is homed", (name) => {
    expect(slots(`Hybrid. Joining a meeting hosted by ${name} on ${name}'s on-prem account, I'm in the office, Online. Path?`)).toMatchObject({ organizer: 'onPremises' });
  });
});
