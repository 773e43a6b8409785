// "這場會是同樣在我們 Lync 2013 伺服器上的阿嬌排的": where a person is homed, said before "的" and them, describes them even
// when the homing phrase leaves a word out ("lync 2013" + "伺服器") and a filler follows it ("上"); og1zh-24 asked for the
// organizer it had said. The person described is the host here, and the same reading places anyone described so.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const SERVERS: [string, 'online' | 'onPremises'][] = [
  ['在我們 Lync 2013 伺服器上', 'onPremises'],
  ['同樣在我們商務用 Skype 2015 伺服器上', 'onPremises'],
  ['在地端 Lync 2013 pool 裡', 'onPremises'],
];
const HOSTS = ['阿嬌', '陳經理', '課長'];

describe('a host described by the server they are homed on', () => {
  const grid = SERVERS.flatMap(([server, organizer]) => HOSTS.map((host) => [`我們公司 Hybrid，我是 Online 帳號。這場會是${server}的${host}排的。我在公司用內網，走哪？`, organizer] as const));
  it.each(grid)('%s -> %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, homing: 'online', deployment: 'hybrid', location: 'customerNetwork', callType: 'conference' });
  });
});

describe('the other party described so', () => {
  it.each(['在我們 Lync 2013 伺服器上的阿嬌', '還在地端 2015 伺服器上的阿嬌'])('我打給%s', (peer) => {
    expect(slots(`我們公司 Hybrid，我是 Online 帳號，在公司打給${peer}，她在家，我這端走哪？`)).toMatchObject({ peerHoming: 'onPremises', homing: 'online', peer: 'internet' });
  });
});

describe('negatives', () => {
  it('a homing said of the writer before another clause stays the writer\'s', () => {
    expect(slots('我們公司 Hybrid，我在地端 Lync 2013 伺服器上，在公司打給阿嬌，她是 Online 帳號，在家，我這端走哪？')).toMatchObject({ homing: 'onPremises', peerHoming: 'online' });
  });
});
