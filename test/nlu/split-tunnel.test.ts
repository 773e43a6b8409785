// "我們的 VPN 是分割通道，Skype 的流量不進 VPN … Monica 在家連著 VPN", "our VPN is split tunnel ... at home on the
// VPN": a split tunnel sends Skype's traffic straight out of where the client is, so the VPN said of anyone puts no
// one in our network and the room decides (splitTunnel.ts). Before, the VPN connection outweighed the home and the
// answer was ExpressRoute. A VPN with no split tunnel said, or one said not to be split, still is our network.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const location = (text: string) => recognizer.recognize(text).slots.location;

describe('a split tunnel: the VPN carries no Skype traffic', () => {
  it.each([
    ['公司的 VPN 是分割通道，Skype 的流量不走 VPN。小芬在家連著 VPN 加入主管開的會，全公司 Online，她的媒體走哪？'],
    ['我們 VPN 有做分流。阿德在家有連公司 VPN，打給在辦公室的同事，全公司 Online，阿德的訊號走哪？'],
    ['VPN 設定是 split tunnel，Office 365 流量不進 VPN。我在家掛著 VPN 撥外線給客戶，公司全 Online，走 ER 嗎？'],
    ['Our VPN is split tunnel. Priya is at home on the VPN and joins her manager\'s meeting; all Online. Where does her media go?'],
    ['We use split tunneling, Skype bypasses the VPN. I\'m at home connected to the VPN calling a supplier\'s landline, all Online. Does it use ER?'],
  ])('%s', (text) => {
    expect(location(text)).toBe('internet');
  });

  it.each([
    ['我們的 VPN 不是分割通道，是全通道。小芬在家連著 VPN 加入主管開的會，全公司 Online，她的媒體走哪？'],
    ['小芬在家連著公司 VPN 加入主管開的會，全公司 Online，她的媒體走哪？'],
    ['Our VPN is not split tunnel, it is full tunnel. Priya is at home on the VPN and joins her manager\'s meeting; all Online. Where does her media go?'],
  ])('no split tunnel: the VPN is our network: %s', (text) => {
    expect(location(text)).toBe('customerNetwork');
  });
});
