// A homing that describes the host, in a call set on a day ahead: 「我明天要加入 Online 使用者開的會議」 (zh43-5). Words
// of a day ahead made any homing in their clause a move planned (「我的帳號明天會搬到 Online」 is one), so the host's
// homing was dropped and asked. A homing right before the person it describes says who they are, whatever the day.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const AHEAD = ['明天', '下週', '之後'];
const HOSTS: readonly (readonly [string, string])[] = [
  ['Online 使用者', 'online'],
  ['地端主管', 'onPremises'],
  ['地端帳號的經理', 'onPremises'],
];

describe('the host described by a homing, on a day ahead', () => {
  it.each(AHEAD.flatMap((day) => HOSTS.map(([host, organizer]) => [`混合部署。我${day}在辦公室要加入${host}開的會議，走哪條路？`, organizer] as const)))('%s -> %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, location: 'customerNetwork', deployment: 'hybrid', callType: 'conference' });
  });

  it('reads the same in English', () => {
    expect(slots("Hybrid. Tomorrow I'm joining a meeting hosted by an Online user, from the office. Path?")).toMatchObject({ organizer: 'online', location: 'customerNetwork' });
  });
});

describe('near misses: a move planned is still no homing', () => {
  it.each([
    ['混合部署。我的帳號明天會搬到 Online，我在公司打外線，走哪？'],
    ['混合部署。下個月我會搬到 Online，我在公司打外線，走哪？'],
    ["Hybrid. My account moves to Online tomorrow. I'm in the office dialing out. Path?"],
  ])('%s -> no homing', (text) => {
    expect(slots(text)).not.toHaveProperty('homing');
  });
});
