// A team or crew said whole, and one of its people named with the team's words: in a job right before the person, in
// brackets or between commas after their name ("Oleg (logistics shift lead)", "Mei (payroll, at home)"), or after "in"
// ("Noor in facilities (on-prem)"); a department's business partner is one of ours; a given name that sends the
// invite hosts the meeting, and so does a team named again ("Procurement runs the weekly meeting").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("a team's homing is its member's", () => {
  it.each([
    ['The logistics crew is still homed on the on-prem pool, everyone else is Online.', 'Oleg from logistics'],
    ['The whole logistics crew is still homed on the on-prem pool, everyone else is Online.', 'Oleg from logistics'],
    ['The entire warehouse crew is still homed on the on-prem pool, the rest of us are Online.', 'Oleg from the warehouse'],
    ['The logistics crew is still homed on the on-prem pool, everyone else is Online.', 'Oleg (logistics shift lead)'],
    ['The whole warehouse crew is still homed on the on-prem pool; the rest of us are Online.', 'Oleg (warehouse supervisor)'],
  ])('%s %s joins', (team, member) => {
    expect(slots(`${team} ${member} joins a meeting from the office. Which path does Oleg's media take?`)).toMatchObject({
      homing: 'onPremises',
      deployment: 'hybrid',
      callType: 'conference',
    });
  });

  it("someone of another team, named in brackets, does not take the crew's homing", () => {
    expect(slots("The logistics crew is still homed on the on-prem pool, everyone else is Online. Oleg (marketing lead) joins a meeting from the office. Which path does Oleg's media take?")).not.toHaveProperty('homing');
  });

  it("a team's plural people word is no part of its name; the job in brackets ends at a comma", () => {
    expect(slots("We're hybrid. Our payroll clerks are all homed on-prem. Mei (payroll, working from home today) calls Tom at the head office, who is Online. Mei's media path?")).toEqual({
      deployment: 'hybrid',
      callType: 'peerToPeer',
      location: 'internet',
      homing: 'onPremises',
      peer: 'customerNetwork',
      peerHoming: 'online',
    });
  });

  it('a name followed by its department, then its own homing in brackets, is a person', () => {
    expect(slots("We are hybrid: legal moved to Online, the warehouse stayed on-prem. Lena in logistics (on-prem) calls Ravi in legal (Online); both are in the office. Lena's signaling path?")).toMatchObject({
      homing: 'onPremises',
      peerHoming: 'online',
    });
  });
});

describe('a team named again hosts as one', () => {
  it.each([
    "We're hybrid: the procurement team is still on the on-prem pool, everyone else is Online. Procurement runs the weekly meeting, and I join it from my desk at HQ. I'm Online. My path?",
    'In our hybrid setup the procurement team is still on our own servers, everyone else moved to Office 365. Procurement runs the weekly meeting, and I join it from my desk at HQ. I am Online. My path?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'onPremises', homing: 'online' });
  });
});

describe('who sends the invite', () => {
  it.each([
    'Priya set up the meeting; she is homed Online.',
    'Priya in HR sent the invite and she is one of the Online people.',
  ])('%s', (host) => {
    expect(slots(`We are hybrid. Oleg joins a meeting from the office. ${host} Which path does Oleg's media take?`)).toMatchObject({ organizer: 'online' });
  });

  it('a company that sends the invite is still a company', () => {
    expect(slots("We are hybrid. Oleg joins a meeting from the office. Contoso sent the invite and they host it on their own servers. Which path does Oleg's media take?")).toMatchObject({ organizer: 'otherCompany' });
  });
});

describe("a department's business partner is one of ours", () => {
  it.each(['HR business partner', 'finance business partner', 'HRBP'])('%s', (job) => {
    expect(slots(`All Online. Ravi (${job}) is at head office and calls Mia, who is at home on her own broadband. Ravi's media path?`)).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
    });
  });

  it('a contact at a business partner is still federated', () => {
    expect(slots("We're Online. I'm at the office and call a contact at a business partner. Media path?")).toMatchObject({ peer: 'federated' });
  });
});
