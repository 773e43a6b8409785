// Words that looked like facts and were not (round 6's wrong answer and vague question answered, in our own words):
// a sign-off typo corrected into a place, another language's "op" read as on-premises, a VPN's thing read as being on
// it, the software's client read as a person, and a meeting "of" someone.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'en').slots;

describe('words that are no facts', () => {
  it('reads no place from a sign-off ("Regds" is no coworking space), so the VPN decides', () => {
    expect(slots('SfB Online only. Employee is on VPN from her hometown, joining the all-hands of our COO, who is an Online user. Path please.\nRegds, IT desk')).toMatchObject({ location: 'customerNetwork', organizer: 'online' });
    expect(slots('Online only. User dials a landline from the office.\nRegds, Helpdesk').location).toBe('customerNetwork');
  });

  it('reads no homing from "op" in other words ("1-op-1", "welke kant op")', () => {
    const read = slots('Hybride. Vanuit kantoor: I call a contact at a partner company (federated), 1-op-1. Media welke kant op?');
    expect(read.homing).toBeUndefined();
    expect(read.peerHoming).toBeUndefined();
    // "OP" about someone still is on-premises.
    expect(slots('hybrid, OP user at the plant calls a landline').homing).toBe('onPremises');
    expect(slots('hybrid; OP user in the office joins an OP-organised meeting').organizer).toBe('onPremises');
  });

  it('reads a VPN\'s thing ("VPN token expired") as no VPN connection', () => {
    expect(slots('Hybrid. The user is working from home without VPN (VPN certificate expired, ticket raised), calling a colleague at HQ.')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });

  it('reads "the Skype client" as software, not a second person', () => {
    expect(slots('Online with Calling Plans. A field tech on a bus, tethered to his phone, rings a client\'s landline from the Skype client.').location).toBe('internet');
  });

  it('reads the host of "the meeting of our CFO"', () => {
    expect(slots('Hybrid. I am on the on-prem pool, in the office, joining the weekly meeting of our CFO, who is Online-homed.')).toMatchObject({ location: 'customerNetwork', homing: 'onPremises', organizer: 'online' });
  });

  it('reads "at front desk" without "the" as our network', () => {
    expect(slots('SfBO + calling plan; our receptionist at front desk dials a mobile number.').location).toBe('customerNetwork');
  });
});
