// Wrong answers of the organizer and peer set (og1en): "I'm at the front desk in the office and I'm calling someone on
// the guest Wi-Fi in the lobby. The guest Wi-Fi goes straight out to the internet, it's not on our LAN" put the writer
// on the Internet (the guest Wi-Fi said again was read as the writer's network); "calling my contact at Proseware —
// they federate with us, she's an Online user, on their corporate network" put her in our network ("federate" was read
// as a room of theirs, and "they" was dropped with it). A place said again as the subject of its clause tells about the
// place, and so does an "it" right after; a word that makes people another organization is said of them.
import { createRecognizer } from '../../src/nlu';
import { product } from './grids/grid';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const MINE = ["I'm at the front desk in the office", "I'm at my desk at HQ", "I'm plugged into the office LAN"];
const THEIRS = ['someone on the guest Wi-Fi in the lobby', 'a visitor on the guest network downstairs', 'Tom, who is on the hotel wifi'];
/** What is then said of the other party's network, as its clause's subject. */
const RETOLD: Record<string, readonly string[]> = {
  'guest wi-fi': ['The guest Wi-Fi goes straight out to the internet, it\'s not on our LAN', 'The guest Wi-Fi is not part of our network', 'That guest Wi-Fi breaks out directly to the internet'],
  'guest network': ['The guest network goes straight to the internet', "The guest network isn't on the corporate LAN, it goes out on its own line"],
  'hotel wifi': ['The hotel wifi is not part of our network', 'That hotel wifi goes out to the internet, it is nothing of ours'],
};
const retold = (theirs: string): readonly string[] => Object.entries(RETOLD).find(([place]) => theirs.toLowerCase().includes(place))?.[1] ?? [];
const GRID = product<string>([MINE, THEIRS]).flatMap(([mine, theirs]) => retold(theirs).map((said) => [mine, theirs, said] as const));

describe('a place said again as its clause’s subject places nobody', () => {
  it.each(GRID)('%s calling %s. %s.', (mine, theirs, said) => {
    expect(slots(`${mine} and I'm calling ${theirs}. ${said}. We're all SfB Online. What path does my side take?`)).toEqual({
      location: 'customerNetwork',
      peer: 'internet',
      deployment: 'online',
      callType: 'peerToPeer',
    });
  });

  it('in Chinese, a place said again with 那個', () => {
    expect(slots('我在辦公室，打給在大廳連訪客 wifi 的客人，那個訪客 wifi 是直接出去 internet 的。全公司 SfB Online，我這端的路徑？')).toEqual({
      location: 'customerNetwork',
      peer: 'internet',
      deployment: 'online',
      callType: 'peerToPeer',
    });
  });
});

describe('what still places someone', () => {
  it('a place said first as a subject is the writer’s', () => {
    expect(slots('The hotel wifi is all I have. Joining a meeting an Online user organized; we are SfB Online. Path?')).toMatchObject({ location: 'internet' });
  });

  it('a place said again of the same person', () => {
    expect(slots("I'm at the hotel on the hotel wifi. The hotel wifi keeps dropping. Joining a meeting an Online user organized; we are SfB Online. Path?")).toMatchObject({ location: 'internet' });
  });

  it('a place said again that names the kind of what follows ("the hotel firewall")', () => {
    expect(slots("Today I'm at a hotel with no VPN. The hotel firewall blocks the direct path. Joining a meeting an Online user organized; we are SfB Online. Path?")).toMatchObject({ location: 'internet' });
  });

  it('a place said again after a preposition', () => {
    expect(slots('Dan was at the Cardiff branch yesterday. Jess is homed Online and sits in the Cardiff branch all week. Jess calls Dan, who is at home today. SfB Online. Path for Jess?')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

const FEDERATE = ['they federate with us', "they're federated with us", 'they have federation with us'];
const PLACES: readonly [string, 'customerNetwork' | 'internet'][] = [
  ["I'm on our office LAN", 'customerNetwork'],
  ["I'm at home, no VPN", 'internet'],
];

describe('a word that makes people another organization is said of them', () => {
  it.each(product<string>([FEDERATE, PLACES.map(([place]) => place)]))('calling my contact at Proseware — %s … %s', (federate, mine) => {
    const location = PLACES.find(([place]) => place === mine)?.[1];
    expect(slots(`calling my contact at Proseware — ${federate}, she's an Online user, on their corporate network. ${mine}. We're SfB Online. How does the traffic go?`)).toEqual({
      location,
      peer: 'federated',
      deployment: 'online',
      callType: 'peerToPeer',
    });
  });

  it('in Chinese', () => {
    expect(slots('打給 Proseware 的窗口，他們跟我們有 federation，她是 Online 使用者，在他們公司網路上。我在公司 LAN。我們是 SfB Online。路徑？')).toEqual({
      location: 'customerNetwork',
      peer: 'federated',
      deployment: 'online',
      callType: 'peerToPeer',
    });
  });

  it('a room of theirs stays nobody’s of ours', () => {
    expect(slots("calling my contact at Proseware, she's in their office. I'm on our office LAN. We're SfB Online. Path?")).toMatchObject({ location: 'customerNetwork' });
    expect(slots("calling my contact at Proseware, she's in their office. I'm on our office LAN. We're SfB Online. Path?")).not.toHaveProperty('peer', 'customerNetwork');
  });
});
