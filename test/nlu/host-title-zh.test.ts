// A host named with their unit or title before them ("資訊室主任召集的會議", "業務部經理開的會"): the unit word is the
// host, not a second person, so the place said before it in a clause without a subject ("今天在院內加入…") is the
// writer's, as it is before a host named by the title alone (issue 15, round 10: zh19, zh21). A place said of the host
// ("加入總部的資訊室主任開的會") stays nobody's, and a unit named alone ("打給資訊室") is still someone.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const places: [string, 'customerNetwork' | 'internet'][] = [
  ['院內', 'customerNetwork'],
  ['總行辦公室', 'customerNetwork'],
  ['公司', 'customerNetwork'],
  ['廠區會議室', 'customerNetwork'],
  ['家', 'internet'],
  ['飯店', 'internet'],
];
const hosts = ['資訊室主任', '資訊處處長', '業務部經理', '品保課課長', '人資處協理', '總務組組長'];
const hostings = ['召集的會議', '開的會', '主持的會議', '發起的 Skype 會議'];
const openings = ['今天', '明天要', '等一下', ''];

describe('a place before a host named with their unit, in a clause without a subject', () => {
  const cases = places.flatMap(([place, location], p) =>
    hosts.map((host, h) => {
      const hosting = hostings[(p + h) % hostings.length];
      const opening = openings[(p * 2 + h) % openings.length];
      return [`我們是混合式，我帳號已經搬到 Online，主任跟處長都還在地端。${opening}在${place}加入${host}${hosting}，我的訊號跟媒體走哪？`, location] as const;
    }),
  );
  it.each(cases)('%s -> %s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, homing: 'online', deployment: 'hybrid', callType: 'conference' });
  });
});

describe('the same host named by the title alone', () => {
  it.each(places.map(([place, location]) => [`我們是混合式，我帳號在 Online。今天在${place}加入主任召集的會議，主任在地端，走哪？`, location] as const))(
    '%s -> %s',
    (text, location) => expect(slots(text)).toMatchObject({ location, organizer: 'onPremises' }),
  );
});

describe('negatives: the host\'s place, and a unit word that is the person called', () => {
  it('a place said right before the host is nobody\'s', () => {
    expect(slots('我們是混合式，我帳號在 Online，要加入在總部的資訊室主任開的會，主任在地端，走哪？')).not.toHaveProperty('location');
  });
  it('a unit called is the other party, and the place stays the caller\'s', () => {
    expect(slots('全部 Online。我在家打給資訊室，對方在公司，我這端走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});
