// Two wrong answers of a blind set of traps: "we considered Cloud Connector ... management can't decide" was read as a
// Cloud Connector deployment, and "our network guy says calls go through ExpressRoute no matter where you are. I'm on
// mobile data" put the writer in our network. A set-up only weighed (considered, evaluated, thought about, planned) is
// not the set-up there is; "our network" before a person word names who, not where. Written for the grid: ways of
// weighing x set-ups x languages, with set-ups said as deployed beside them.
import { createRecognizer } from '../../src/nlu';
import { product } from './grids/grid';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const WEIGHING_EN = ['We considered', "We've considered", 'We evaluated', 'Last year we evaluated', "We're thinking about", 'We looked into', 'We plan to deploy'];
const SETUPS_EN = ['Cloud Connector', 'CCE', 'the Cloud Connector Edition'];
const WEIGHING_ZH = ['我們評估過', '公司有考慮過', '老闆打算導入', '明年規劃導入', '我们评估过'];
const SETUPS_ZH = ['Cloud Connector', 'CCE', '雲端連接器'];

describe('a set-up only weighed is not the deployment', () => {
  it.each(product<string>([WEIGHING_EN, SETUPS_EN]))('%s %s, undecided. I am at the office calling a mobile from Skype. Path?', (weighing, setup) => {
    expect(slots(`${weighing} ${setup}, still undecided. I am at the office calling a mobile from Skype. Path?`)).toEqual({ location: 'customerNetwork', callType: 'pstn' });
  });

  it.each(product<string>([WEIGHING_ZH, SETUPS_ZH]))('%s%s，還沒決定。我在公司用 Skype 打手機，會走哪？', (weighing, setup) => {
    expect(slots(`${weighing}${setup}，還沒決定。我在公司用 Skype 打手機，會走哪？`)).toEqual({ location: 'customerNetwork', callType: 'pstn' });
  });

  it.each([
    'We run Cloud Connector for PSTN. I am at the office calling a mobile. Path?',
    'We deployed CCE after we evaluated Direct Routing. I am at the office calling a mobile. Path?',
    '我們已經導入 CCE 了。我在公司用 Skype 打手機，會走哪？',
  ])('a set-up said as there stays: %s', (text) => {
    expect(slots(text)).toEqual({ deployment: 'cloudConnector', location: 'customerNetwork', callType: 'pstn' });
  });

  it.each(['is a branch office considered our network?', 'is a VPN user considered internal?'])('"considered" still asks what a term covers: %s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('explain');
  });
});

describe('our network staff are people, not a place', () => {
  it.each(product<string>([
    ['Our network guy', 'Our network team', 'My network admin', 'Our networking team', 'Our network engineers'],
    ['on mobile data at a train station', 'at home without VPN', 'on hotel Wi-Fi'],
  ]))('%s says calls always use ExpressRoute. I am %s. SfB Online, calling a landline. Is that right?', (who, place) => {
    expect(slots(`${who} says calls always use ExpressRoute. I am ${place}. SfB Online, calling a landline. Is that right?`)).toEqual({
      deployment: 'online',
      callType: 'pstn',
      location: 'internet',
    });
  });

  it('our network is still a place', () => {
    expect(slots('I am on our network at HQ, SfB Online, calling a landline. Path?').location).toBe('customerNetwork');
  });
});
