// "I used to be on the on-prem pool": "used to" puts the homing in the past, so it says nothing of where someone is
// homed now (the recognizer asks); a homing said after it as now ("now I'm Online", "still") is read.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const pasts = [
  'I used to be on the on-prem pool',
  'my account used to live on the old Lync pool',
  'I used to be homed on-prem',
  'I used to be on our own Skype servers',
  'I used to be an Online user',
  'my account used to be homed in the cloud',
];
const calls = ["I'm in the office calling Priya (on-prem, at home)", "I'm at my desk and dial a landline"];

describe('a homing said with "used to" is the past', () => {
  it.each(pasts.flatMap((past) => calls.map((call) => `Hybrid. ${past}. ${call}. My signaling?`)))('%s', (text) => {
    expect(slots(text)).not.toHaveProperty('homing');
  });
});

describe('what is said as now still counts', () => {
  it.each([
    ['I used to be on the on-prem pool, now I am Online', 'online'],
    ['I used to be an Online user but now I am on the on-prem pool', 'onPremises'],
    ['Priya used to be on-prem; I am on the on-prem pool', 'onPremises'],
  ])('%s', (said, homing) => {
    expect(slots(`Hybrid. ${said}. I'm at my desk and dial a landline. My signaling?`)).toMatchObject({ homing });
  });
});
