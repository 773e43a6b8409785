// A place shared by both ("same building as usual", 「同一棟大樓」) and the network the writer is on, said in one
// breath: the network says where the client is ("Same building as usual but I'm on the guest wifi" is the Internet),
// as it does beside the writer's own room. Shared place x contrast x network x call, both languages; negatives: our
// own network in the same breath stays ours, and another person's network leaves the writer's room as it is.
import type { GridItem } from './grid';
import { product } from './en-grid';

const EN_SHARED = ['Same building as usual', 'Same office as always', 'Same floor as usual', 'Same site as every day'];
const EN_CONTRASTS = [' but', ' though', ', but', ' - but'];
const EN_NETWORKS = [
  { network: "I'm on the guest wifi", location: 'internet' },
  { network: "I'm on the visitor Wi-Fi", location: 'internet' },
  { network: "I'm on my phone's hotspot", location: 'internet' },
  { network: "I'm on the corporate wifi", location: 'customerNetwork' },
] as const;
const EN_CALLS = ['Joining a meeting', 'Calling a landline'];

const ZH_SHARED = ['同一棟大樓沒錯', '同一個辦公室', '同一層樓', '同一個據點'];
const ZH_CONTRASTS = ['，但', '，不過', '，但是', '可是'];
const ZH_NETWORKS = [
  { network: '我連的是訪客 wifi', location: 'internet' },
  { network: '我用手機熱點', location: 'internet' },
  { network: '我連 guest 網路', location: 'internet' },
  { network: '我連公司 wifi', location: 'customerNetwork' },
] as const;
const ZH_CALLS = ['加入會議', '撥市話'];

/** English: the writer's network beside a shared place. */
export function sharedRoomGridEn(): GridItem[] {
  return product({ shared: EN_SHARED, contrast: EN_CONTRASTS, said: EN_NETWORKS, call: EN_CALLS }).map(({ shared, contrast, said, call }) => ({
    text: `${shared}${contrast} ${said.network}. We're SfB Online. ${call}. Path?`,
    slots: { location: said.location },
    tags: [`network:${said.network}`],
  }));
}

/** Chinese: the writer's network beside a shared place. */
export function sharedRoomGridZh(): GridItem[] {
  return product({ shared: ZH_SHARED, contrast: ZH_CONTRASTS, said: ZH_NETWORKS, call: ZH_CALLS }).map(({ shared, contrast, said, call }) => ({
    text: `${shared}${contrast}${said.network}。我們是 SfB Online，${call}，路徑？`,
    slots: { location: said.location },
    tags: [`network:${said.network}`],
  }));
}

/** Another person's network beside the shared place: the writer stays in our network, the one called is not. */
export function othersNetworkGrid(): GridItem[] {
  return product({ shared: EN_SHARED, contrast: [' but', ', but'] }).map(({ shared, contrast }) => ({
    text: `${shared}${contrast} she's on the guest wifi. We're SfB Online and I call her. Where does my media go?`,
    slots: { location: 'customerNetwork', peer: 'internet' },
    tags: ['others'],
  }));
}
