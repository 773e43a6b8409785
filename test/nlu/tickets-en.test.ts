// Vague questions of pasted tickets and chat must carry exactly what they state: "Env: Online + Cloud Connector" is
// the deployment's name (nobody's homing), "I was in conf room B" is a place of ours, and "users we've moved to
// Online" are those users, not "we".
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("Online as part of the deployment's name", () => {
  it.each(['Online + Cloud Connector', 'Online with CCE', 'CCE + Online', 'Online and Cloud Connector Edition'])('Env: %s', (env) => {
    expect(slots(`INC0123 | Caller: Dana P. (Payroll) | Issue: outbound calls to suppliers fail | Env: ${env} | Q: path for her outbound calls?`)).toEqual({
      deployment: 'cloudConnector',
      callType: 'pstn',
    });
  });

  it('still reads an Online user named beside the deployment', () => {
    expect(slots('Hybrid and online user at home calls an on-prem colleague in the office. paths?')).toMatchObject({ homing: 'online', peerHoming: 'onPremises' });
  });
});

describe('a meeting room in shorthand', () => {
  it.each(['in conf room B', 'from the conf room on 3', 'in a conf room'])('%s', (room) => {
    expect(slots(`hybrid shop. I joined the weekly meeting ${room} and the audio was awful. what path does meeting traffic take?`)).toEqual({
      deployment: 'hybrid',
      callType: 'conference',
      location: 'customerNetwork',
    });
  });
});

describe('people described by what we did to them', () => {
  it.each(["users we've moved to online", 'the people we migrated to Online', 'staff we already moved to SfB Online'])('for %s', (who) => {
    expect(slots(`for ${who}, when they join meetings what path does it take? we're still hybrid`)).toEqual({
      deployment: 'hybrid',
      callType: 'conference',
      homing: 'online',
    });
  });
});

describe("a ticket's steps tried do not make its question out of scope", () => {
  it.each(['swapped headset, re-signed in', 'reset password, new headset', 'rebooted, checked the printer cable'])('Tried: %s', (steps) => {
    const r = recognizer.recognize(`Ticket 4471 | Opened 09:12 | Caller: Mo (Finance) | Issue: calls to the bank's landline have echo | Tried: ${steps} | Q: what path should those calls take?`);
    expect(r.intent).toBe('ask');
    expect(r.slots).toEqual({ callType: 'pstn' });
  });

  it('keeps a ticket about something else out of scope', () => {
    const r = recognizer.recognize('INC0061123 | Caller: Priya S. (HR) | Issue: Outlook keeps asking for her password after the update | Tried: cleared credential manager, rebooted | Q: next steps?');
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});

// A mail's signature names the writer's desk or office ("L2 Desk Manila", "Network Operations, Singapore office"): it is
// no place of the call. Before: the user's location read as our network from it, a wrong answer when the question
// placed the user at home or said nothing of where they are.
describe('a signature after a sign-off line', () => {
  const closings = ['Regards,', 'Thanks & Regards,', 'Best regards,', 'Kind regards', 'Thanks and regards,', 'Cheers,', 'Rgds,', 'Thank you.', 'Sincerely,'];
  const signatures = ['L2 Desk Manila', 'Network Operations, Singapore office', 'Service Desk\nPune branch, 3rd floor', 'Raj | IT support | HQ'];
  const questions: readonly [string, Record<string, string>][] = [
    ['Dear team,\nOnline only. My user calls a landline. Kindly advise the path.', { deployment: 'online', callType: 'pstn' }],
    ['Hi,\nOnline only. My user is at home without VPN and calls a landline. Path?', { deployment: 'online', callType: 'pstn', location: 'internet' }],
    ['Online only. User joins a meeting organised by an Online colleague. Which way does media go?', { deployment: 'online', callType: 'conference', organizer: 'online' }],
  ];
  const cases = closings.flatMap((closing) => signatures.flatMap((signature) => questions.map(([question, stated]) => [`${question}\n${closing}\n${signature}`, stated] as const)));

  it.each(cases)('%s', (text, stated) => {
    expect(slots(text)).toEqual(stated);
  });

  // What follows a sign-off and goes on with the message is read.
  // A sentence with a subject and a verb, or one with a question mark, is no line of a signature either.
  const goesOn = [
    'PS: she is at home today, not on the VPN',
    'P.S. she is at home today, not on the VPN',
    'EDIT: she is at home today, not on the VPN',
    'she is at home today, not on the VPN',
    "She's at home today, not on the VPN",
    'Also, she is at home today, not on the VPN',
    'Oh and she is at home today, not on the VPN',
    'Forgot to say: she is at home today, not on the VPN',
    'my user is at home today, not on the VPN',
    'The user works from home today, not on the VPN',
    'She is at home today, not on the VPN. Does that change anything?',
  ];
  it.each(goesOn)('Regards, then "%s"', (line) => {
    expect(slots(`Online only. My user calls a landline. Path?\nRegards,\nRaj\n${line}`)).toEqual({ deployment: 'online', callType: 'pstn', location: 'internet' });
  });
  it.each(goesOn.slice(3))('Thanks, then "%s" on the next line', (line) => {
    expect(slots(`Online only. My user calls a landline. Path?\nThanks\n${line}`)).toEqual({ deployment: 'online', callType: 'pstn', location: 'internet' });
  });
  it('"I am in the office today" after "Thanks" is the writer\'s place', () => {
    expect(slots('Online only. I call a landline. Path?\nThanks\nI am in the office today')).toEqual({ deployment: 'online', callType: 'pstn', location: 'customerNetwork' });
  });
  // The initials of a desk ("I.T. Service Desk") are no sentence: still a signature.
  it('"Regards,\nI.T. Service Desk, Manila office" is a signature', () => {
    expect(slots('Online only. My user calls a landline. Path?\nRegards,\nI.T. Service Desk, Manila office')).toEqual({ deployment: 'online', callType: 'pstn' });
  });
});
