// Call types, a machine's place and chat breaks (issue 15, nlu89): a place right after Cloud Connector in English is
// where the box stands, not the caller's ("PSTN goes out through Cloud Connector at HQ ... she was in a hotel");
// "calls out" is a PSTN call as "dials out" is; and in Chinese chat without punctuation a Latin word glued onto Chinese,
// then a space and a pronoun, ends the clause ("都在onprem 我人在公司"). Look-alikes stay as they were: a Chinese
// place after CCE is the writer's, a single letter naming someone keeps its place, "Skype 會議" stays one meeting.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

/** Where the Cloud Connector stands, said right after it. */
const BOX_PLACES = ['at HQ', 'at the head office', 'at our main site', 'in the main office'];
/** Where the caller was, said in another sentence, with the location it gives. */
const CALLER_PLACES: readonly [string, string][] = [
  ['in a hotel', 'internet'],
  ['at home', 'internet'],
  ['at an airport lounge', 'internet'],
  ['at her desk in the office', 'customerNetwork'],
];

describe('a place right after Cloud Connector is the box\'s', () => {
  const grid = BOX_PLACES.flatMap((box) => CALLER_PLACES.map(([where, location]) => [box, where, location] as const));
  it.each(grid)('Cloud Connector %s, caller %s -> %s', (box, where, location) => {
    const text = `Outbound PSTN calls go through Cloud Connector ${box}; everyone is homed Online. Priya was ${where} and rang a supplier's landline on Skype. Which path did her call take?`;
    expect(slots(text)).toMatchObject({ location, deployment: 'cloudConnector', callType: 'pstn' });
  });
  it('with no place of the caller, nothing is guessed from the box\'s', () => {
    expect(slots('Our PSTN goes out via Cloud Connector at HQ. Priya rang a supplier\'s landline on Skype. Which path?').location).toBeUndefined();
  });
  it.each(['a PSTN call with Cloud Connector from the office', 'we have CCE, calling a landline from the office'])('"from" a place is the caller\'s: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', deployment: 'cloudConnector', callType: 'pstn' });
  });
  it.each(['CCE 在公司 撥外線 走哪', '我們用CCE 在辦公室打市話 走哪'])('Chinese chat keeps the place the writer\'s: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', deployment: 'cloudConnector', callType: 'pstn' });
  });
});

describe('"calls out" is a PSTN call', () => {
  it.each([
    'our tenant uses cloud connector. what route does audio take when a user calls out',
    'We run CCE. When Omar called out from the office, how was it routed?',
    'We are on CCE; is ExpressRoute used when staff are calling out?',
    'cce here. if someone at the office wants to call out, which way does it go',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn' });
  });
});

describe('a glued Latin word, a space and a pronoun end a Chinese clause', () => {
  it.each([
    ['混合部署 我跟主辦人都在onprem 我在辦公室 加入他開的meeting 會走ER嗎', 'onPremises'],
    ['混合部署 主管跟我都是onprem 我在辦公室 join他的會議 走哪', 'onPremises'],
    ['hybrid 我跟主持人帳號都在online 我人在公司 join他的meeting 走哪', 'online'],
  ])('%s -> organizer %s', (text, homing) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', homing, organizer: homing, deployment: 'hybrid', callType: 'conference' });
  });
  it('a Latin word before other Chinese stays joined to it ("Skype 會議")', () => {
    expect(slots('我在公司要參加經理的Skype 會議，全部都是 Online 帳號，會走ER嗎')).toMatchObject({ location: 'customerNetwork', organizer: 'online', callType: 'conference' });
  });
  it('a single letter naming someone keeps the place after it', () => {
    expect(slots('業務A 他在總部 業務B 在家 全部 Online，A 直接打給 B，A 那端走哪？')).not.toMatchObject({ location: 'internet' });
  });
});
