// Held-out English: "We're SfB Online (some folks still call it Lync)" was read as an on-premises user in a Hybrid
// deployment, a wrong answer. A product name said of nobody in particular, beside an explicit Online deployment, is
// what people call it or what it was: the explicit "SfB Online" wins. Said of a person, a product name is still
// that person's homing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a product name in an aside is not the homing', () => {
  it.each([
    'SfBO tenant here (the old-timers still say Lync). I call Marta at Fabrikam, a federated company, from my desk in the office.',
    'We are Skype for Business Online, though half the staff still call it Lync. P2P call from HQ to a colleague at home.',
    'Our company is on S4B Online, everybody still calls it Lync anyway. I am at the office; the call is to a PSTN number.',
  ])('%s', (text) => {
    const found = slots(text);
    expect(found.homing).not.toBe('onPremises');
    expect(found.deployment).toBe('online');
  });

  it('lets an explicit Online deployment win over a bare product name said of everyone', () => {
    const found = slots('We are SfB Online, we are all on Lync 2013 too. I call a colleague in the office from the office.');
    expect(found.homing).toBeUndefined();
    expect(found.deployment).toBe('online');
  });

  it('asks when Online and on-premises are both said of everyone', () => {
    const found = slots("We're SfB Online and we are on-prem. I call a colleague in the office from the office.");
    expect(found.homing).toBeUndefined();
    expect(found.deployment).toBeUndefined();
  });

  it('keeps a product name said of a person as that person’s homing', () => {
    const found = slots('We are SfB Online, but Ann is still on Lync. Ann in the office calls Bob 1:1, Bob is in the office too.');
    expect(found.homing === undefined || found.homing === 'onPremises').toBe(true);
    expect(found.deployment).not.toBe('online');
  });
});

describe('a product of the past is not the homing', () => {
  it.each([
    "We moved from SfB Server 2015 to SfB Online last year. I'm in the office calling a colleague at home.",
    'SfBO tenant; I still have my old Lync 2013 account name. I call a colleague in the office from home.',
    'We used to have an SfB Server 2015 pool, now everything is SfB Online. I am at home calling a coworker in the office.',
    "We're on SfB Online now, the Lync 2013 pool was decommissioned. I'm at home calling a coworker in the office.",
  ])('%s', (text) => {
    const found = slots(text);
    expect(found.homing).not.toBe('onPremises');
    expect(found.peerHoming).not.toBe('onPremises');
    expect(found.deployment).not.toBe('hybrid');
  });
});
