// "本次會議係以共用帳號 meeting-room01 召集，該帳號駐留於內部部署", "set up from the shared account room01; that account is
// homed on-prem": "that account" after an account that sets the meeting up is the host's account, so where it is
// homed is where the meeting is hosted (hostingAccount.ts). Before, the homing went to nobody and the organizer was
// asked. "That account" after one only joined with is still the writer's.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("the hosting account's homing is the meeting's", () => {
  it.each([
    ['混合式部署。本次會議以共用帳號 meeting-room01 召集，該帳號駐留於內部部署 Skype Server。張專員是地端帳號，在總部辦公室加入，他的媒體路徑？'],
    ['混合式部署。本次會議以共用帳號 meeting-room01 召集，該帳號在地端。張專員是地端帳號，在總部辦公室加入，他的媒體路徑？'],
    ['Hybrid. The meeting was set up from the shared account room01; that account is homed on-prem. Zhang (on-prem account) joins from the HQ office. His media path?'],
  ])('%s', (text) => {
    expect(slots(text).organizer).toBe('onPremises');
  });

  it('that account, after one only joined with, is the writer\'s', () => {
    const got = slots('混合式部署。我用我的帳號加入會議，該帳號在地端，人在總部辦公室，媒體路徑？');
    expect(got.organizer).toBeUndefined();
    expect(got.homing).toBe('onPremises');
  });
});
