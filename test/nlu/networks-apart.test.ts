// A network someone is on in our own building, said apart from the room or beside the network it is kept apart from
// (session 44, lane places): "我在台北辦公室，連的是訪客 Wi-Fi" is the guest network, as "在總部連訪客 Wi-Fi" said in one
// breath already was; "the guest Wi-Fi, isolated from the corporate network" and 「訪客 Wi-Fi（跟公司網路是分開的）」 do
// not put anyone on the corporate network. Near misses: the corporate network said as what the guest network is apart
// from while the user is on the corporate one, someone else's network, a VPN from home.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the network connected to, in the clause after the room', () => {
  it.each([
    '我在台中分公司，連的是訪客網路。撥客戶市話會走哪？',
    '人在總部，筆電連手機熱點，要加入經理開的會議，走哪條路？',
    '我現在在新竹辦公室，接上的是來賓 Wi-Fi，撥外線路徑？',
  ])('outweighs the room, as said in one breath: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet' });
  });

  it.each([
    ['我在台中分公司，連的是公司內網。撥客戶市話會走哪？', 'customerNetwork'],
    ['我在家，連的是公司 VPN，撥客戶市話會走哪？', 'customerNetwork'],
  ])('keeps a network that is ours: %s', (text, location) => {
    expect(slots(text)).toMatchObject({ location });
  });

  it('leaves another person on the guest network out of the user\'s place', () => {
    expect(slots('我在公司座位上，阿明連的是訪客 Wi-Fi。我撥外線的路徑？')).toMatchObject({ location: 'customerNetwork' });
  });
});

describe('a network said as what another is kept apart from', () => {
  it.each([
    '我在總公司，但筆電連的是訪客 Wi-Fi（跟公司內網是分開的），撥市話走哪？',
    '我在高雄廠，用的是訪客網路，和公司網路完全隔離，要加入會議，路徑？',
    '人在辦公室，連來賓 Wi-Fi，與內網隔開，直接上網。撥外線走哪？',
    "I'm at HQ on the visitor Wi-Fi (segregated from the corp LAN). Calling a landline, path?",
    "I'm in our Leeds office, but on the guest SSID, which is isolated from the internal network. Joining a meeting, path?",
    "At the branch today on the guest wifi - it's kept apart from the corporate network. Calling a mobile, which path?",
  ])('puts nobody on it: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet' });
  });

  it.each([
    '我在廠區，連的是廠內網路，跟訪客網路是分開的。撥外線走哪？',
    "I'm at the branch on the corporate LAN, which is isolated from the guest wifi. Calling a landline, path?",
  ])('keeps the network someone is on, apart from the guest one: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork' });
  });

  it('still reads a network said beside another, not kept apart ("跟總部內網是同一個")', () => {
    expect(slots('我在分公司，連的網路跟總部內網是同一個，撥外線走哪？')).toMatchObject({ location: 'customerNetwork' });
  });
});
