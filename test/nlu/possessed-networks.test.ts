// A network named by the possessive of a place of ours is ours, as "the church network" is: "on the clinic's wired
// network", "the branch's network"; and the staff LAN is ours like the staff Wi-Fi. dev36 (en55-1, en55-37) asked
// back where the caller was. Near misses: a network another party owns ("the client's network", "the hotel's
// network", a company's by name, "the library's network") stays theirs.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("a network named by whose it is, one of ours", () => {
  it.each([
    "We're Skype for Business Online only. I'm on the clinic's wired network, joining the weekly meeting our practice manager runs. Path?",
    "SfB Online tenant. The receptionist is on the branch's network and calls the caretaker, who is at home on his own broadband. Receptionist's path?",
    "We're SfB Online with CCE for the lines. Our concierge at the Bergen property is on the property's staff LAN and takes a call from a landline. Path for the concierge?",
  ])('%s', (text) => {
    expect(slots(text).location).toBe('customerNetwork');
  });
});

describe("near misses: someone else's network", () => {
  it.each([
    "SfB Online. I'm on the client's network at their site, joining our weekly meeting Sam runs. Path?",
    "SfB Online. I'm on the hotel's network tonight, joining our weekly meeting Sam runs. Path?",
    "SfB Online. I'm on Contoso's network at their office, joining our weekly meeting Sam runs. Path?",
    "SfB Online. I'm on the library's network today, joining our weekly meeting Sam runs. Path?",
  ])('%s', (text) => {
    expect(slots(text).location).not.toBe('customerNetwork');
  });
});
