// The one called named by their side after "跟", with an aside before the call word (issue 15, nlu44): "我在上海辦公室，
// 跟客戶那邊（他們也用 Skype for Business，是另一個租戶）點對點通話". The aside says who they are; the side is still
// theirs, not the caller's place (which then had two places and was asked back).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const CALLERS: readonly [string, string][] = [
  ['我在上海辦公室，', 'customerNetwork'],
  ['我在公司座位上，', 'customerNetwork'],
  ['我在家沒開 VPN，', 'internet'],
];
const SIDES = ['客戶那邊', '供應商那邊', '合作夥伴那邊', '客戶'];
const ASIDES = ['（他們是另一個租戶）', '（他們也用 Skype for Business，是另一個租戶）', '（對方是同盟公司）', '（他們有自己的 tenant，有同盟）'];
const CALLS = ['點對點通話', '一對一視訊', 'P2P'];

describe('a side called with an aside between it and the call', () => {
  const grid = CALLERS.flatMap(([caller, location]) =>
    SIDES.flatMap((side) => ASIDES.map((aside, n) => [`全 Online，${caller}跟${side}${aside}${CALLS[n % CALLS.length]}，我這端走哪？`, location] as const)),
  );
  it.each(grid)('%s -> %s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, peer: 'federated', callType: 'peerToPeer', deployment: 'online' });
  });
  it('in Simplified', () => {
    expect(slots('我们全是 Online 用户，我在上海办公室，跟客户那边（他们也用 Skype for Business，是另一个租户）点对点通话，媒体和信令分别走哪里？')).toMatchObject({
      location: 'customerNetwork',
      peer: 'federated',
    });
  });
  it('an aside with no call after it leaves the side as it was', () => {
    expect(slots('全 Online，我在公司，客戶那邊（他們是另一個租戶）的人在家，我打給他，我這端走哪？')).not.toHaveProperty('location', 'internet');
  });
});
