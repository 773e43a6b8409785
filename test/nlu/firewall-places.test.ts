// Held-out English: a colleague "at home, off-VPN" was read on our network when the same sentence said where the
// firewall is ("the firewall on our network blocks ..."). Where a firewall stands places nobody; and someone "not
// behind our firewall" is off our network, which says nothing of what the firewall allows.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('where the firewall is places nobody', () => {
  it.each([
    'Online tenant. A user in HQ calls a coworker at home, off-VPN, the firewall on our network blocks direct traffic.',
    'SfB Online. I am at my desk in the office and call Noor, who is at home off VPN; the firewall in our datacenter blocks direct media.',
    'Online tenant, 1:1 call: Chen in the Taipei office calls me, I am at home without VPN, and the firewall at HQ blocks direct connections.',
  ])('%s', (text) => {
    const found = slots(text);
    expect(found.firewall).toBe('blocksDirect');
    expect([found.location, found.peer].sort()).toEqual(['customerNetwork', 'internet']);
  });
});

describe('someone behind the firewall or not says nothing of what it allows', () => {
  it.each([
    "Online. I'm in the office; Ivo works from home off VPN, not behind our firewall. 1:1 call.",
    'Online tenant. Gita is at home and not behind the corporate firewall; I am at HQ. P2P call path?',
    "SfB Online. My colleague isn't behind our firewall today, she is at home; I call her from the office.",
  ])('%s', (text) => {
    expect(slots(text).firewall).toBeUndefined();
  });
});

describe("what a firewall is said to do, with places in it, places nobody", () => {
  it.each([
    'Our perimeter firewall drops direct UDP from internal clients to outside hosts. SfB Online. A user in the Lyon office calls a teammate at home, not on the VPN. Where does the user media go?',
    'SfB Online tenant; the firewall blocks direct connections between the office LAN and the internet. I am at my desk and call Tomás, who is in a hotel without VPN. My path?',
    'Firewall policy: no direct media between corporate clients and home users. Online only. Our receptionist at HQ calls a sales rep working from home off-VPN. Receptionist media?',
  ])('%s', (text) => {
    const found = slots(text);
    expect(found.firewall).toBe('blocksDirect');
    expect(found.location).toBe('customerNetwork');
    expect(found.peer).toBe('internet');
  });
});

// "port" names a harbour as well as a firewall's port: a terminal operator "in the port admin building on the LAN"
// was read as a firewall standing on the LAN, and the user had no place. A port number stays the firewall's.
describe('a harbour port is a place, a numbered port the firewall', () => {
  it.each([
    'Hybrid, my account is on the on-prem pool. I am in the port authority building on the wired LAN and join the berth planning call my supervisor set up.',
    'We run Skype Online. I sit at the port office on the office wifi and ring a haulier on his mobile.',
    'Online tenant: I work from the port operations building on our network and call a shipping agent at home.',
  ])('%s', (text) => {
    expect(slots(text).location).toBe('customerNetwork');
  });
  it.each([
    'SfB Online. The firewall allows UDP on port 3478 at HQ; I call Noor from the office.',
  ])('%s', (text) => {
    const found = slots(text);
    expect(found.firewall).toBe('allowsDirect');
    expect(found.location).toBe('customerNetwork');
  });
});
