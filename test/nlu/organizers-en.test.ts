// Organizers named by everyday titles and relative clauses: "the meetings their own MD organises", "her EA, who set
// up today's meeting", "my manager, who set up the weekly sync, is homed Online".
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('an organizer in a relative clause set off by commas', () => {
  it.each(['set up', 'organised', 'scheduled', 'booked'])('my manager, who %s the weekly sync, is homed Online', (verb) => {
    expect(slots(`Hybrid. My manager, who ${verb} the weekly sync, is homed online. I'm on-prem, in the office. media?`)).toEqual({
      deployment: 'hybrid',
      callType: 'conference',
      homing: 'onPremises',
      location: 'customerNetwork',
      organizer: 'online',
    });
  });
});

describe('titles in shorthand', () => {
  it.each(['MD', 'EA', 'GM'])('the meeting our %s organises, in an Online-only tenant, is hosted Online', (title) => {
    expect(slots(`SfB Online only. Staff join the Skype meetings our ${title} organises from the office. Which paths?`)).toEqual({
      deployment: 'online',
      callType: 'conference',
      location: 'customerNetwork',
      organizer: 'online',
    });
  });
});

describe('where one joins from, said after the host', () => {
  it.each([
    'User joined a Skype meeting organised by his manager Fiona from his desk at the Birmingham office (wired).',
    'She joined the review organized by her team lead Raj from her desk in the Pune office.',
    'Joined a meeting set up by the CFO from the Leeds office, on the LAN.',
  ])('%s', (text) => {
    expect(slots(`${text} Tenant is SfB Online only. Where should media go?`)).toEqual({
      deployment: 'online',
      callType: 'conference',
      location: 'customerNetwork',
      organizer: 'online',
    });
  });

  it("leaves the host's own place the host's when nobody joins in that clause", () => {
    expect(slots('I am at home, off VPN. The meeting was organised by a manager from the Leeds office; SfB Online only. Media path?')).toMatchObject({ location: 'internet' });
  });
});
