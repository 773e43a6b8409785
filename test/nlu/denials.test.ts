// Held-out English gave wrong answers where a denial was read as a statement: "not working from home" placed the
// user at home, "no servers on-prem" made the user on-premises. A wrong answer is worse than asking back: a denied
// place or homing must never be stated, and must not cancel what else is said.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a denied place places nobody there', () => {
  it.each([
    'Mia and I sat in the Leeds office this morning, not working from home, for a p2p call. Does audio use ER?',
    'Not working from home today: I was at my desk in HQ when I rang Priya on Skype.',
    'I am not at home, I am in the Lyon branch office, calling a coworker who is also in the office.',
    'Ravi is in the Pune office, not working at home, and has a 1:1 Skype call with me. I am in the office too.',
  ])('%s', (text) => {
    const { location } = slots(text);
    expect(location).not.toBe('internet');
    expect(location).toBe('customerNetwork');
  });
});

// "not connected to our network" was one phrase with "isn't part of" and two more, commas inside its quotes, so it
// never matched: "connected to" read as a question word and "our network" as the user's place, a wrong answer when
// nothing else placed the user ("I'm not connected to our network") and no place at all beside "at home".
describe('a network said not connected to ours is outside', () => {
  it.each([
    "I'm not connected to the company network today. We're on Skype Online; I'm joining a meeting my manager set up.",
    'Working from my flat, not connected to our network. Online tenant; I ring a supplier on his mobile.',
    'Our field engineer is on a 4G dongle (not connected to the corporate LAN) and calls a customer landline. We run SfB Online.',
    "I'm at a hotel, isn't part of our network obviously, joining the weekly sync my boss organizes. We're all Online.",
  ])('%s', (text) => {
    expect(slots(text).location).toBe('internet');
  });
});

describe('a denied on-premises is never on-premises', () => {
  it.each([
    'Our tenant is Skype for Business Online with Calling Plans, no on-prem servers. PSTN call from my desk in the office.',
    'SfB Online shop, no servers on-premises at all. I dial an outside number from the office.',
    'We run Skype Online and have no Lync servers on prem; a user in the office calls a mobile number.',
    'Online tenant with no servers on-prem; I call a mobile from the office.',
    'Skype for Business Online with calling plans and no servers on premises. Outbound PSTN call from HQ.',
  ])('%s', (text) => {
    const found = slots(text);
    expect(found.homing).not.toBe('onPremises');
    expect(found.location).toBe('customerNetwork');
    expect(found.deployment).not.toBe('hybrid');
  });
});

describe('a denied on-premises server of the product, said in Chinese, is never on-premises', () => {
  it.each([
    '我們公司沒有 Skype 的地端伺服器，我在辦公室打外線給客戶，訊號走哪？',
    '我們沒有商務用 Skype 的內部部署伺服器，我在辦公室打給在家的同事，訊號走哪？',
    '公司已經沒有 Skype 的地端伺服器了，大家都在 Online。我在總部撥手機給廠商，媒體怎麼走？',
  ])('%s', (text) => {
    const found = slots(text);
    expect(found.homing).not.toBe('onPremises');
    expect(found.deployment).not.toBe('hybrid');
    expect(found.location).toBe('customerNetwork');
  });
});
