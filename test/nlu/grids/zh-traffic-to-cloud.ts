// Whether traffic goes to the cloud, asked right after it ("P2P 的 signaling 還會上雲嗎", "會不會出去 cloud？"): the cloud
// there is where the traffic would go, not where anyone is homed; read as both parties' homing, it cancelled the
// accounts the question states ("我跟對方都是地端帳號"). Accounts x traffic x ways of asking; the accounts said are read.
import type { GridItem } from './grid';
import { product } from './en-grid';

const ACCOUNTS = [
  { said: '我跟對方都是地端帳號', homing: 'onPremises' },
  { said: '我跟同事的帳號都還在地端', homing: 'onPremises' },
  { said: '我跟對方都已經搬到 Online', homing: 'online' },
] as const;
const TRAFFIC = ['signaling', '媒體', '訊號', '信令', 'media'];
const ASKINGS = ['還會上雲嗎？', '會不會上雲？', '會不會出去 cloud？', '也會跑到雲端嗎？', '會上雲嗎', '會不會跑去雲端？'];

export function trafficToCloudGrid(): GridItem[] {
  return product({ accounts: ACCOUNTS, traffic: TRAFFIC, asking: ASKINGS }).map(({ accounts, traffic, asking }) => ({
    text: `Hybrid，${accounts.said}，兩個人都在公司，一對一通話的 ${traffic}${asking}`,
    slots: { location: 'customerNetwork', peer: 'customerNetwork', homing: accounts.homing, peerHoming: accounts.homing },
    tags: [`asking:${asking}`],
  }));
}
