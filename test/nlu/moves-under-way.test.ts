// A trap of the blind sets: "We were on Lync on-prem forever and started moving people to Skype Online in the spring.
// I'm in the office calling a landline", 「我們一直都是地端 Lync，今年春天開始把人陸續搬到 Skype Online」 was answered
// as if the writer were homed on-premises. While a move of the organization's people is under way, where the
// organization was and where its people go say the deployment is Hybrid, not where the writer is homed: it is asked.
// A move done, planned, or said of a person keeps its homing.
import { createRecognizer } from '../../src/nlu';
import { product } from './grids/grid';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const WERE_EN = ['We were on Lync on-prem forever', 'We have always been on the on-prem Skype pool', "We're on-premises Skype for Business"];
const MOVING_EN = ['started moving people to Skype Online', 'began migrating users to SfB Online', 'are gradually moving staff to Online', 'are in the middle of migrating folks to Skype Online'];
const WERE_ZH = ['我們一直都是地端 Lync', '我們本來全部在地端', '公司原本都是地端 Skype'];
const MOVING_ZH = ['今年春天開始把人陸續搬到 Skype Online', '現在正在分批把人遷移到雲端', '最近開始把大家逐步搬到 Online'];

describe('a move of people under way says Hybrid, not the writer’s homing', () => {
  it.each(product<string>([WERE_EN, MOVING_EN]))('%s and %s. I am in the office calling a landline. Over ExpressRoute?', (were, moving) => {
    expect(slots(`${were} and ${moving}. I'm in the office calling a landline. Does it go over ExpressRoute?`)).toEqual({
      location: 'customerNetwork',
      deployment: 'hybrid',
      callType: 'pstn',
    });
  });

  it.each(product<string>([WERE_ZH, MOVING_ZH]))('%s，%s。我在公司撥市話，會走 ExpressRoute 嗎？', (were, moving) => {
    expect(slots(`${were}，${moving}。我在公司撥市話，會走 ExpressRoute 嗎？`)).toEqual({
      location: 'customerNetwork',
      deployment: 'hybrid',
      callType: 'pstn',
    });
  });
});

describe('a move done, planned or said of a person keeps its homing', () => {
  it.each([
    ["We were on Lync on-prem and started moving people to Online. I'm still on-prem, in the office calling a landline. Path?", 'onPremises'],
    ['We started moving people to Skype Online; I got moved to Online last month. In the office calling a landline, path?', 'online'],
    ['My user was moved to Online in the last migration wave, we are hybrid. She is in the office calling a landline. Path?', 'online'],
    ['我們開始把人陸續搬到 Online，我是地端帳號，在公司撥市話，路徑？', 'onPremises'],
  ])('%s', (text, homing) => {
    expect(slots(text).homing).toBe(homing);
  });

  it('a person named beside a move under way keeps their homing', () => {
    const text = 'I was moved to Skype Online last month, but Dr. Osei is still on the old Lync server (hybrid migration in progress). We sit in the same office. When I call him, what path does my audio take?';
    expect(slots(text)).toMatchObject({ homing: 'online', peerHoming: 'onPremises', deployment: 'hybrid' });
  });

  it('a move planned leaves everyone where they are', () => {
    expect(slots("We're all on-prem Skype and plan to start moving people to Online next year. I'm in the office calling a landline. Path?")).toEqual({
      location: 'customerNetwork',
      homing: 'onPremises',
      deployment: 'hybrid',
      callType: 'pstn',
    });
  });
});
