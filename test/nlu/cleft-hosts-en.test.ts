// Asked back in the organizer sets (dev24 en43, dev26 og1en): "our CEO has been moved to Skype Online and she's the one
// who scheduled Friday's all-hands", "I'm the one hosting tomorrow's all-hands prep; my account got moved to Online".
// A cleft ("is the one who", "was the one that", "am the one") names who does what follows: with a hosting verb whose
// object is a meeting, that person hosts it, and where they are homed is where it is hosted. Other verbs after the
// cleft (joins, presents) and hosting verbs without a meeting (set up the VPN) name no host.
import { createRecognizer } from '../../src/nlu';
import { product } from './grids/grid';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const CLEFTS = ["he's the one who", 'he was the one that', 'he is the one who', "he's the one"];
const HOSTING = ['scheduled', 'organized', 'set up'];
const MEETINGS = ['the weekly meeting', "Friday's all-hands", 'the Monday standup'];
const HOMINGS: readonly [string, 'online' | 'onPremises'][] = [
  ['has been moved to Skype Online', 'online'],
  ['is still on the on-prem pool', 'onPremises'],
];

describe('the one who hosts a meeting is its organizer', () => {
  it.each(product<string>([CLEFTS, HOSTING, MEETINGS]))('Ken … %s %s %s', (cleft, hosting, meeting) => {
    for (const [homing, organizer] of HOMINGS) {
      expect(slots(`Hybrid. I'm homed on-prem and at my desk in the office. Ken ${homing} and ${cleft} ${hosting} ${meeting}. Path for me when I join?`)).toEqual({
        location: 'customerNetwork',
        homing: 'onPremises',
        organizer,
        deployment: 'hybrid',
        callType: 'conference',
      });
    }
  });

  it.each(["I'm the one hosting tomorrow's all-hands prep", "I'm the one who scheduled Friday's all-hands", 'I was the one that organized the weekly meeting'])('%s; my account got moved to Online', (cleft) => {
    expect(slots(`${cleft}; my account got moved to Online in the spring wave. Hybrid shop. I'll be in Building C on the corporate network. Path?`)).toEqual({
      location: 'customerNetwork',
      homing: 'online',
      organizer: 'online',
      deployment: 'hybrid',
      callType: 'conference',
    });
  });

  it('in Chinese, 就是他開的', () => {
    expect(slots('混合式部署。我在地端，在公司座位上。Ken 已經搬到 Online 了，週會就是他開的。我加入時路徑？')).toMatchObject({ organizer: 'online' });
  });
});

// A name opening a sentence is a person's when what follows says something of a person, past helping verbs too.
const HELPED = ['got moved to Skype Online', 'has been moved to Online', 'has already been migrated to SfB Online', 'just got moved to Online'];

describe('a name before helping verbs and a homing is a person', () => {
  it.each(HELPED)('Priya %s. She set up the weekly meeting.', (homing) => {
    expect(slots(`Hybrid. I'm homed on-prem and in the office. Priya ${homing}. She set up the weekly meeting. Path for me when I join?`)).toEqual({
      location: 'customerNetwork',
      homing: 'onPremises',
      organizer: 'online',
      deployment: 'hybrid',
      callType: 'conference',
    });
  });

  it('a homing said of the whole setup stays everyone’s', () => {
    expect(slots("We've already been moved to Skype Online. I'm at home, joining a colleague's meeting. Path?")).toMatchObject({ deployment: 'online', location: 'internet' });
  });
});

describe('a cleft that names no host', () => {
  it.each(['joins the weekly meeting late', 'is presenting at the weekly meeting', 'asked about the weekly meeting'])("Ken is homed Online; he's the one who %s", (doing) => {
    expect(slots(`Hybrid. I'm homed on-prem and at my desk in the office. Ken is homed Online; he's the one who ${doing}. Path for me when I join?`)).not.toHaveProperty('organizer');
  });

  it('a hosting verb with no meeting after it', () => {
    expect(slots("Hybrid. I'm homed on-prem, in the office. Ken is homed Online; he's the one who set up the VPN. I join a meeting. Path?")).not.toHaveProperty('organizer');
  });
});
