// "我：公司。對方：在家", "我: online, 公司": "公司" alone is the company ("我們公司是 Hybrid"), but written as the whole
// value of a labelled field it is where that person is, ours (places.zh-TW.json fieldValues). Studied tr-zh-57 and
// own-zh-81 asked back for the writer's place.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const peers: [string, string][] = [['在家', 'internet'], ['家裡', 'internet'], ['機場', 'internet'], ['總部', 'customerNetwork']];
const layouts: ((me: string, peer: string) => string)[] = [
  (me, peer) => `我：${me}。對方：${peer}。我們：SfB Online。P2P。我的訊號？`,
  (me, peer) => `Online\n我：${me}\n對方：${peer}\np2p\n我的路徑`,
  (me, peer) => `hybrid / 我: online, ${me} / 對方: on-prem, ${peer} / p2p / 我的路徑`,
  (me, peer) => `Online。A=${me}，B=${peer}。A 打給 B。A 的路徑？`,
];

describe('公司 as a field\'s value is ours', () => {
  it.each(layouts.flatMap((layout) => peers.map(([peer, value]): [string, string] => [layout('公司', peer), value])))('%s', (text, peer) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer, callType: 'peerToPeer' });
  });
  it.each(layouts.map((layout) => [layout('家裡', '公司')]))('the other side: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
  it('a place field', () => {
    expect(slots('位置：公司。SfB Online。打外線。訊號？')).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
});

describe('negatives: 公司 not alone as a value', () => {
  it.each([
    ['部署：我們公司是 Hybrid。我在家打外線，路徑？', { location: 'internet', deployment: 'hybrid' }],
    ['客戶：○○公司（全員 SfBO）。使用者在家打外線，路徑？', { location: 'internet' }],
    ['我們公司，全 Online，我在家打給同事，我的路徑？', { location: 'internet' }],
  ] as [string, Record<string, string>][])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});
