// A site of ours as what the set-up is said of (issue 15, session 54): "總部是 Skype Online", "工作室是用 Skype Online
// 的", "所裡是 Cloud Connector", "行裡是純雲端的 Skype Online" name the organization by its place, nobody's place. Read
// as where the writer is, it stood against the phone's 4G or the hotspot they said they join on, and the place was
// asked again.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const sites: [string, string][] = [
  ['總部是 Skype Online', 'online'],
  ['工作室是用 Skype Online 的', 'online'],
  ['所裡是 Cloud Connector 那套', 'cloudConnector'],
  ['行裡是純雲端的 Skype Online', 'online'],
  ['辦公室那邊是 SfB Online', 'online'],
  ['分公司都是 Skype Online', 'online'],
];
const away = ['用手機4G', '開手機熱點', '用手機網路', '在路上用行動網路'];

describe('a site opening a clause of what the organization runs names the organization: the writer is where they join from', () => {
  it.each(sites.flatMap(([site, deployment], k) => [0, 1].map((d) => [`${away[(k + d) % away.length]}加入老闆開的 Skype 會議，${site}。會走 ER 嗎`, deployment])))('%s', (text, deployment) => {
    expect(slots(text)).toMatchObject({ location: 'internet', deployment, callType: 'conference' });
  });

  it.each(sites.slice(0, 3).map(([site, deployment]) => [`${site}。我在家打 Skype 給同事，他在公司，我這端走哪？`, deployment]))('the set-up first: %s', (text, deployment) => {
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'customerNetwork', deployment, callType: 'peerToPeer' });
  });
});

describe('negatives: a site someone is at stays theirs', () => {
  it.each([
    ['全部 Online。總部是我現在的位置，要加入主管開的會議，訊號走哪？', 'customerNetwork'],
    ['全部 Online。我在總部，是用有線網路，要加入主管開的會議，訊號走哪？', 'customerNetwork'],
    ['我們是 Skype Online。人在分公司，要加入主管開的會議，訊號走哪？', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});
