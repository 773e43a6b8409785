// "我們都是 Online 帳號" in a meeting of ours is everyone in it, the host included (issue 15, nlu59): it was read as the
// writer and one other party, so the host's homing and the deployment stayed unsaid and the advisor asked.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const HOSTS = ['同事開的 Skype 會議', '經理開的會', '老闆約的會議', '課長召集的會議', '處長主持的會', '公司同事發起的線上會議'];
const WHERE: readonly [string, string][] = [
  ['在家', 'internet'],
  ['在公司', 'customerNetwork'],
];
const ONLINE = ['我們都是 Online 帳號', '我們都是雲端帳號', '我們都已經上雲了', '我們全都是 Online'];
const ON_PREMISES = ['我們都是地端帳號', '我們都還在地端', '我們都在地端 pool'];

describe('everyone of us Online, in a meeting one of us hosts', () => {
  const grid = HOSTS.flatMap((host) => WHERE.flatMap(([where, location]) => ONLINE.map((homing) => [`我${where}加入${host}，${homing}，這樣會走 ER 嗎？`, location] as const)));
  it.each(grid)('%s -> %s', (text, location) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', organizer: 'online', location, callType: 'conference' });
  });
});

describe('everyone of us on-premises, in a hybrid meeting one of us hosts', () => {
  const grid = HOSTS.flatMap((host) => ON_PREMISES.map((homing) => `混合部署，我在公司加入${host}，${homing}，走哪？`));
  it.each(grid)('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'hybrid', organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork' });
  });
});

describe('no host of ours, or a call: nothing more is read', () => {
  it.each(['混合部署，我在公司加入客戶開的會，我們都是地端帳號，走哪？', '混合部署，我在公司加入會議，我們都是地端帳號，走哪？'])('%s', (text) => {
    expect(slots(text)).not.toHaveProperty('organizer');
  });
  it('a call between the writer and a colleague stays both of them', () => {
    expect(slots('混合部署，我在公司打給經理，我們都是地端帳號，他在家，走哪？')).toMatchObject({ homing: 'onPremises', peerHoming: 'onPremises', peer: 'internet' });
  });
});
