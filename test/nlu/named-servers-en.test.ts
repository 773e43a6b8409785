// "running on Tailspin's infrastructure", "hosted on Fabrikam's servers": a company's own servers named by its name,
// said as where its meeting runs, make the meeting another company's (src/nlu/namedServers.ts).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const companies = ['Tailspin', 'Fabrikam', 'Northwind'];
const servers = [
  (name: string) => `running on ${name}'s infrastructure, not ours`,
  (name: string) => `hosted on ${name}'s servers`,
  (name: string) => `which runs on ${name}'s Skype pool`,
];
const me = "I'm Online-homed in a hybrid setup, on the LAN at my desk. Which path do signaling and media take?";

describe("a company's servers by its name, where its meeting runs", () => {
  const cases = companies.flatMap((name) => servers.map((said) => `${name}'s Skype meeting, ${said(name)}. ${me}`));
  it.each(cases)('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'otherCompany', location: 'customerNetwork', callType: 'conference' });
  });
});

describe('near misses: servers not said as where the meeting runs', () => {
  it.each([
    `Tailspin's Skype meeting. ${me}`,
    `Tailspin's Skype meeting. Tailspin's servers are old. ${me}`,
    "Tom's meeting, I'm in the office, we're all Online. Tom's servers are old. Media path?",
  ])('%s', (text) => {
    expect(slots(text).organizer).not.toBe('otherCompany');
  });
});
