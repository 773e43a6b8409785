// "我們的 VPN 是分割通道，Skype 的流量不進 VPN … Monica 在家連著 VPN", "our VPN is split tunnel ... at home on the
// VPN": a split tunnel sends Skype's traffic straight out of where the client is, so the VPN said of anyone puts no
// one in our network and the room decides (splitTunnel.ts). Before, the VPN connection outweighed the home and the
// answer was ExpressRoute. A VPN with no split tunnel said, or one said not to be split, still is our network.
// Chinese only: the English lexicon's writers label "on split tunnel VPN" as the VPN (test/nlu/lex-places-en.test.ts).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const location = (text: string) => recognizer.recognize(text).slots.location;

describe('a split tunnel: the VPN carries no Skype traffic', () => {
  it.each([
    ['公司的 VPN 是分割通道，Skype 的流量不走 VPN。小芬在家連著 VPN 加入主管開的會，全公司 Online，她的媒體走哪？'],
    ['我們 VPN 有做分流。阿德在家有連公司 VPN，打給在辦公室的同事，全公司 Online，阿德的訊號走哪？'],
    ['VPN 設定是分離通道，Office 365 流量不進 VPN。我在家掛著 VPN 撥外線給客戶，公司全 Online，走 ER 嗎？'],
  ])('%s', (text) => {
    expect(location(text)).toBe('internet');
  });

  it.each([
    ['我們的 VPN 不是分割通道，是全通道。小芬在家連著 VPN 加入主管開的會，全公司 Online，她的媒體走哪？'],
    ['小芬在家連著公司 VPN 加入主管開的會，全公司 Online，她的媒體走哪？'],
  ])('no split tunnel: the VPN is our network: %s', (text) => {
    expect(location(text)).toBe('customerNetwork');
  });
});
