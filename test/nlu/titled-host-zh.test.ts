// "今天的 APAC call 召集人是新加坡同事 Wei Ming，他已經 move 到 O365 了" (og1zh-22, asked for the other party): the title
// and the name after it are one host, so "他" is that host and their homing is where the meeting is hosted; words the
// vocabulary reads as nothing (新 加 坡) may describe the title after "是". "我是問同事" still asks a colleague.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const MEETINGS = ['今天的 APAC call 召集人是', '今天的會議召集人是', '這場會的召集人是', '週會主持人是'];
const HOSTS = ['新加坡同事 Wei Ming', '同事 Wei Ming', '經理 Amy', '台中廠經理 Kevin'];
const HOMINGS: [string, 'online' | 'onPremises'][] = [
  ['他已經搬到 O365 了', 'online'],
  ['他還在地端 pool', 'onPremises'],
];

describe('a host named by title and name, then a pronoun', () => {
  const grid = MEETINGS.flatMap((meeting, m) =>
    HOSTS.map((host, h) => {
      const [homing, organizer] = HOMINGS[(m + h) % 2];
      return [`我們是 hybrid，我是還在 on-prem 的 user，在台北辦公室。${meeting}${host}，${homing}。請問我加入時訊號跟媒體會怎麼走？`, organizer] as const;
    }),
  );
  it.each(grid)('%s -> %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, homing: 'onPremises', deployment: 'hybrid', location: 'customerNetwork', callType: 'conference' });
  });
});

describe('negatives', () => {
  it('"我是問同事" does not make the colleague the writer', () => {
    expect(slots('我們是 hybrid，我是 Online 帳號，在公司。我是問同事：他在地端，我打給他，走哪？')).toMatchObject({ homing: 'online', peerHoming: 'onPremises', callType: 'peerToPeer' });
  });
  it('a colleague called, named by title and name, is the other party', () => {
    expect(slots('我們是 hybrid，我是 Online 帳號，在公司打給新加坡同事 Wei Ming，他還在地端，在家，我這端走哪？')).toMatchObject({ peerHoming: 'onPremises', peer: 'internet', callType: 'peerToPeer' });
  });
});
