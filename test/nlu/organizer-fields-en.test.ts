// Who hosts a meeting and who is who in pasted forms (issue 15, nlu79): a department that set up the meeting named
// right after it, an "Organizer:" line naming the host with their homing, "Caller:"/"Callee:" lines whose person is
// named with a title after the name, and a label that says the writer asks about its person ("Attendee I care about:").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text.replace(/ \/ /g, '\n')).slots;

describe('a department right after the meeting it set up hosts it', () => {
  it.each(['the training session HR set up', 'a meeting Finance set up', 'the review meeting legal booked', 'the budget meeting Procurement organised'])(
    'joining %s, all Online: hosted Online',
    (meeting) => {
      expect(slots(`We're all on Skype for Business Online. I'm at my desk at HQ and joining ${meeting}. ER?`)).toEqual({
        deployment: 'online',
        callType: 'conference',
        location: 'customerNetwork',
        organizer: 'online',
      });
    },
  );

  it('in a hybrid deployment the department hosts, homed we do not know where: asked', () => {
    expect(slots("We're hybrid. I'm at my desk at HQ and joining the training session HR set up. ER?").organizer).toBeUndefined();
  });

  it('a meeting with a department is not hosted by it', () => {
    expect(slots("We're all on Skype for Business Online. I'm at my desk at HQ and joining a meeting with HR. ER?").organizer).toBeUndefined();
  });
});

describe("an organizer's line names the host", () => {
  it.each([
    ['- Organizer: our COO (homed on the on-prem pool)', 'onPremises'],
    ['- Organizer: our COO, homed on the on-prem pool', 'onPremises'],
    ['* Organizer: our COO (Online)', 'online'],
    ['- Organizer: the plant director (homed online)', 'online'],
  ])('%s', (line, organizer) => {
    expect(slots(`Notes for the quarterly review / ${line} / - Me: in the Leeds office, homed on-prem / - Hybrid / Does my media go over ER?`)).toEqual({
      deployment: 'hybrid',
      callType: 'conference',
      location: 'customerNetwork',
      homing: 'onPremises',
      organizer,
    });
  });

  it('an organizer named mid-sentence after a comma is no line of a form', () => {
    expect(slots("Re: organizer: I don't know who. I'm on-prem at HQ, hybrid. Path?").organizer).toBeUndefined();
  });
});

describe('the attendee a label says the writer asks about', () => {
  it.each(['Attendee I care about', "Attendee I'm asking about", 'Attendee'])('%s: the field names the user', (label) => {
    expect(
      slots(
        `Notes for Tuesday's budget call / - Organizer: our COO (homed on the on-prem SfB Server pool) / - ${label}: Lise Berg, buyer, also on the on-prem pool, attending from her desk in HQ / - Also joining: the CTO from a hotel / - Hybrid deployment, ER in place / Question: does Lise's traffic for this meeting hit ER?`,
      ),
    ).toEqual({ deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', homing: 'onPremises', organizer: 'onPremises' });
  });

  it("another company's attendee beside the organizer leaves who hosts to be asked, never read as theirs", () => {
    const read = slots(
      "Notes for Tuesday's budget call / - Organizer: our COO (homed on the on-prem pool) / - Attendee: Lise Berg, on the on-prem pool, at her desk in HQ / - Also joining: a consultant from an external firm / - Hybrid / Path for Lise?",
    );
    expect(read.organizer).not.toBe('otherCompany');
  });

  it('another company named as the host is still the organizer', () => {
    expect(slots("Organizer: Ken from Contoso (their own on-prem Skype). I'm Online at HQ. Path?").organizer).toBe('otherCompany');
  });
});

describe('caller and callee lines with a title after the name', () => {
  it.each([
    ['Ms. Duarte, shift supervisor', 'Mr. Berg, forklift trainer', 'Duarte'],
    ['Rita Duarte, shift supervisor', 'Jon Berg, forklift trainer', 'Duarte'],
    ['Dana Ruiz, receptionist', 'Omar Aziz, field engineer', 'Dana'],
  ])('- Caller: %s / - Callee: %s', (caller, callee, asked) => {
    expect(
      slots(`Setup: / - Hybrid deployment / - Caller: ${caller}, on the warehouse LAN, homed on the on-prem pool / - Callee: ${callee}, at home, Online / Q: for ${asked}'s side of a 1:1 call, does anything cross ER?`),
    ).toEqual({ deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', homing: 'onPremises', peer: 'internet', peerHoming: 'online' });
  });
});
