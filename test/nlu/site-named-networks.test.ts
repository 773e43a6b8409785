// A LAN, WAN or intranet named by one word for our site, as "the church network" is, is ours: "on the zoo LAN",
// "the aquarium intranet", and terse notes that drop the article say the same ("on depot network"). dev46 (en79-22,
// en79-16) asked back where the keeper and the dispatcher were, a room of theirs said beside the network. Near
// misses: a network someone else runs or anyone's ("hotel network", "home network", "mobile network", "public
// network") stays the Internet, and a partner's network, or one said by whose it is ("on their network"), is not ours.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a network named by our site, one of ours', () => {
  it.each([
    "SfB Online. I'm in the ticket booth on the aquarium LAN, calling a landline. Path?",
    "Hybrid, meeting hosted on our own servers and I'm homed on-prem too. I join from the bird house laptop on the sanctuary LAN. Does it touch ExpressRoute?",
    "SfB Online. I'm joining our weekly meeting from the back room on the pharmacy intranet. Path?",
    "SfB Online tenant. From the control room on quarry network I dial a haulier's landline. Path?",
    "We're SfB Online. I'm on depot network, calling a supplier's mobile. Path?",
  ])('%s', (text) => {
    expect(slots(text).location).toBe('customerNetwork');
  });

  it("places both parties when both are on it", () => {
    const s = slots('SfB Online. The groom calls the head trainer, both on stable network. Path for the groom?');
    expect([s.location, s.peer]).toEqual(['customerNetwork', 'customerNetwork']);
  });
});

describe("near misses: a network that is not ours", () => {
  it.each([
    "SfB Online. I'm on hotel network tonight, calling a landline. Path?",
    "SfB Online. I'm on home network, calling a landline. Path?",
    "SfB Online. I'm on mobile network in the car, calling a landline. Path?",
    "SfB Online. I'm at the cafe on public network, calling a landline. Path?",
    "SfB Online. I'm on the guest LAN in the lobby today, calling a landline. Path?",
  ])('%s', (text) => {
    expect(slots(text).location).toBe('internet');
  });

  it.each([
    "SfB Online. I'm on partner network at their site, calling a landline. Path?",
    "SfB Online. I'm on the client's LAN at their office, calling a landline. Path?",
    "SfB Online. I'm visiting a supplier, on their network, calling a landline. Path?",
  ])('%s', (text) => {
    expect(slots(text).location).not.toBe('customerNetwork');
  });
});
